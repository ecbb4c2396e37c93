package org.diplomacykg.cli;

/** Turns an exception into the one-line (or short) message a user sees. */
final class Errors {
    private Errors() {
    }

    static String message(Throwable e) {
        Throwable t = e;
        String msg = t.getMessage();
        while ((msg == null || msg.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            msg = t.getMessage();
        }
        return msg == null ? t.getClass().getSimpleName() : msg;
    }
}
