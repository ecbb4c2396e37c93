package org.diplomacykg.extract;

import java.util.List;

/** A name given to switch a component off that is not the name of one; the message lists the valid names. */
public final class UnknownComponentException extends IllegalArgumentException {
    private final List<String> names;

    UnknownComponentException(List<String> unknown, List<String> names) {
        super((unknown.size() == 1 ? "unknown extraction component '" + unknown.get(0) + "'"
                : "unknown extraction components '" + String.join("', '", unknown) + "'")
                + " (the components are: " + String.join(", ", names) + ")");
        this.names = List.copyOf(names);
    }

    /** The names of all components, in pipeline order. */
    public List<String> names() {
        return names;
    }
}
