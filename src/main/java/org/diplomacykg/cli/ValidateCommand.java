package org.diplomacykg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreException;
import org.diplomacykg.validate.GraphValidator;
import org.diplomacykg.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the stored graph (the union of its named graphs) against the SHACL shapes in ontology/shapes.ttl;"
                + " prints one violation per line and exits 1 when there are any.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        Path dir = store.store();
        if (!KgStore.exists(dir)) {
            throw new StoreException(dir + ": no store here (run kg build first)");
        }
        List<Violation> violations;
        try (KgStore s = KgStore.open(dir)) {
            violations = GraphValidator.shipped().validate(s.dataset());
        }
        violations.forEach(System.out::println);
        System.out.println(violations.size() + (violations.size() == 1 ? " violation" : " violations"));
        return violations.isEmpty() ? 0 : 1;
    }
}
