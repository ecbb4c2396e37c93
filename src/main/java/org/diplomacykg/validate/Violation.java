package org.diplomacykg.validate;

/**
 * One SHACL result, made readable: the resource it is about, the node shape and rule
 * (constraint component) that failed, the property path, the shape's message and the offending
 * value. All parts are already shortened with the usual prefixes.
 */
public record Violation(String focus, String shape, String rule, String path, String message, String value) {
    /** One line: {@code <focus> shape/rule path: message (value: …)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(focus).append("  ").append(shape).append(" / ").append(rule);
        if (!path.isEmpty()) {
            b.append("  ").append(path);
        }
        b.append(": ").append(message);
        if (!value.isEmpty()) {
            b.append(" (value: ").append(value).append(')');
        }
        return b.toString();
    }
}
