package org.diplomacykg.serve.limits;

import java.util.function.LongSupplier;

/**
 * Counts what goes into one answer and says when it must stop: after {@code caps.rows()} items,
 * or once the serialised answer has reached {@code caps.bytes()}. The reason it stopped is what
 * the truncation header carries.
 */
final class CapCounter {
    private final ResultCaps caps;
    private final LongSupplier bytesWritten;
    private long items;
    private String truncation;

    CapCounter(ResultCaps caps, LongSupplier bytesWritten) {
        this.caps = caps;
        this.bytesWritten = bytesWritten;
    }

    /** Whether one more item may go into the answer; counts it when it may. */
    boolean admit() {
        if (truncation != null) {
            return false;
        }
        if (items >= caps.rows()) {
            truncation = "rows=" + caps.rows();
            return false;
        }
        if (bytesWritten.getAsLong() >= caps.bytes()) {
            truncation = "bytes=" + caps.bytes();
            return false;
        }
        items++;
        return true;
    }

    /** {@code rows=N} or {@code bytes=N} when the answer was cut, else null. */
    String truncation() {
        return truncation;
    }
}
