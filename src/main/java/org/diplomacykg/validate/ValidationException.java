package org.diplomacykg.validate;

import java.util.List;

/** The built graph breaks the SHACL shapes; carries every violation so the user sees them all at once. */
public final class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> vs) {
        StringBuilder b = new StringBuilder()
                .append(vs.size()).append(" SHACL violation(s); the store was left as it was:");
        vs.stream().limit(SHOWN).forEach(v -> b.append("\n  ").append(v));
        if (vs.size() > SHOWN) {
            b.append("\n  … and ").append(vs.size() - SHOWN).append(" more (run kg validate on a store built without them)");
        }
        return b.toString();
    }
}
