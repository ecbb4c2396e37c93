package org.diplomacykg.live;

/** A file's size and modification time: two polls that see the same state take the file as written. */
record FileState(long size, long modifiedMillis) {
}
