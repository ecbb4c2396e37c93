package org.diplomacykg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.diplomacykg.dump.DumpFormat;
import org.diplomacykg.dump.RdfDumper;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Writes the whole graph (or one named graph) with an RDF4J Rio writer, streamed from the store "
                + "(N-Quads, TriG and JSON-LD keep the named graphs; JSON-LD is written in bounded chunks).")
final class DumpCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FMT", description = "nq, trig, nt, ttl, jsonld or rdfxml")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: stdout); a name ending in .gz is gzip-compressed")
    Path out;

    @Option(names = "--gzip", description = "gzip-compress the output (implied by an --out name ending in .gz)")
    boolean gzip;

    @Option(names = "--graph", paramLabel = "IRI", description = "dump only this named graph")
    String graph;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        DumpFormat fmt = DumpFormat.parse(format);
        Path dir = store.store();
        if (!KgStore.exists(dir)) {
            throw new StoreException(dir + ": no store here (run kg build first)");
        }
        try (KgStore s = KgStore.open(dir)) {
            if (out == null) {
                OutputStream o = gzip ? new GZIPOutputStream(System.out, 1 << 16) : new BufferedOutputStream(System.out, 1 << 16);
                new RdfDumper().dump(s.dataset(), fmt, graph, o);
                if (o instanceof GZIPOutputStream z) {
                    z.finish();
                }
                o.flush();
                return 0;
            }
            // write beside the target and move into place, so a failed dump never leaves a truncated file
            Path target = out.toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent(), ".kg-dump", ".part");
            try {
                try (OutputStream raw = Files.newOutputStream(tmp);
                     OutputStream o = gzip || target.toString().endsWith(".gz")
                             ? new GZIPOutputStream(raw, 1 << 16) : new BufferedOutputStream(raw, 1 << 16)) {
                    long n = new RdfDumper().dump(s.dataset(), fmt, graph, o);
                    System.err.println("wrote " + n + " statements to " + target);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return 0;
    }
}
