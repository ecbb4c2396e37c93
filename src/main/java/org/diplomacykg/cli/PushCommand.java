package org.diplomacykg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplomacykg.push.GraphStorePusher;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Sends every named graph of the store, streamed, to a SPARQL 1.1 Graph Store Protocol endpoint (PUT ?graph=IRI).")
final class PushCommand implements Callable<Integer> {
    @Option(names = "--endpoint", required = true, paramLabel = "URL", description = "the remote Graph Store endpoint, e.g. http://host:3030/ds/data")
    String endpoint;

    @Option(names = "--user", paramLabel = "U", description = "user for HTTP Basic authentication")
    String user;

    @Option(names = "--password-file", paramLabel = "F", description = "file whose first line is the password")
    Path passwordFile;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        if ((user == null) != (passwordFile == null)) {
            throw new IllegalArgumentException("--user and --password-file go together");
        }
        String password = null;
        if (passwordFile != null) {
            if (!Files.isReadable(passwordFile)) {
                throw new IllegalArgumentException(passwordFile + ": cannot read the password file");
            }
            password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        }
        Path dir = store.store();
        if (!KgStore.exists(dir)) {
            throw new StoreException(dir + ": no store here (run kg build first)");
        }
        try (KgStore s = KgStore.open(dir)) {
            long total = 0;
            var pushed = new GraphStorePusher(endpoint, user, password).push(s.dataset());
            for (var p : pushed) {
                total += p.triples();
            }
            System.out.println("pushed " + pushed.size() + " graphs, " + total + " triples to " + endpoint);
        }
        return 0;
    }
}
