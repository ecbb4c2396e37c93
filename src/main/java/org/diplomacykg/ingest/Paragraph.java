package org.diplomacykg.ingest;

/** A paragraph's span [start, end) in the cleaned text, and whether it is story or caption. */
public record Paragraph(int start, int end, Kind kind) {
    public enum Kind { BODY, CAPTION }
}
