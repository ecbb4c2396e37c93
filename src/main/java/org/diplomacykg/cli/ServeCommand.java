package org.diplomacykg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.diplomacykg.pipeline.BuildDigest;
import org.diplomacykg.pipeline.BuildReport;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.pipeline.InputSet;
import org.diplomacykg.serve.KgServer;
import org.diplomacykg.serve.ServerOptions;
import org.diplomacykg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store with Fuseki; first builds it from the input folder when the store is missing or the input changed since it was built.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "DIR",
            description = "folder to build from when needed (default: seeds/ for the default store; a custom --store is only built when empty)")
    Path input;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "query timeout (default: ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--allow-update", description = "enable SPARQL Update (/kg/update) and Graph Store writes (/kg/write), behind HTTP Basic; needs --password-file")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "users allowed to write, one 'user: password' line each (Jetty realm format)")
    Path passwordFile;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_MAX_CONNECTIONS,
            description = "most simultaneous connections (default: ${DEFAULT-VALUE})")
    int maxConnections;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_MAX_ROWS,
            description = "most rows shown in an HTML page (downloads are complete; default: ${DEFAULT-VALUE})")
    int maxRows;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws InterruptedException {
        Path dir = store.store();
        ServerOptions options = ServerOptions.of(host, port, timeout).withBase(store.iris().base()).withQueries(Home.queries())
                .withUpdate(allowUpdate, passwordFile == null ? null : passwordFile.toAbsolutePath())
                .withCaps(maxConnections, maxRows);
        if (allowUpdate) {
            // refuse before building or opening anything: writes without credentials are never served
            KgServer.checkCredentials(options);
        }
        KgStore s = KgStore.open(dir);
        KgServer server;
        try {
            try {
                rebuildIfNeeded(s);
            } catch (RuntimeException | InternalError e) {
                throw BuildCommand.storageFailure(dir, e);
            }
            server = KgServer.start(s.dataset(), options);
        } catch (RuntimeException e) {
            try {
                s.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping");
            server.close();
            s.close();
            stopped.countDown();
        }));
        String url = server.baseUrl();
        org.diplomacykg.store.StoreSpace.adviceFor(s, CompactCommand.commandFor(store))
                .ifPresent(a -> System.out.println("note: " + a + " (with the server stopped)"));
        System.out.println("serving " + dir + " (Ctrl-C to stop)");
        System.out.println("  start page     " + url + "/");
        System.out.println("  SPARQL query   " + url + KgServer.DATASET + "/sparql");
        System.out.println("  graph store    " + url + KgServer.DATASET + "/data");
        System.out.println("  query editor   " + url + "/ui/");
        System.out.println("  saved queries  " + url + "/queries");
        System.out.println("  resources      " + url + "/id/… (for " + options.base() + "…)");
        if (allowUpdate) {
            System.out.println("  SPARQL update  " + url + KgServer.DATASET + "/update (HTTP Basic)");
            System.out.println("  graph writes   " + url + KgServer.DATASET + "/write (HTTP Basic)");
        }
        System.out.flush();
        server.join();
        stopped.await();
        return 0;
    }

    private void rebuildIfNeeded(KgStore s) {
        boolean empty = s.size() == 0;
        Path in = input != null ? input.toAbsolutePath().normalize() : Home.seeds();
        if (!empty && store.storeGiven() && input == null) {
            return;
        }
        GraphBuilder builder = new GraphBuilder(store.iris());
        String digest = BuildDigest.of(InputSet.list(in));
        String built = s.inputDigest(store.iris().metaGraph(), store.iris().build());
        if (!empty && digest.equals(built)) {
            return;
        }
        System.out.println((empty ? "building the graph from " : "input changed; rebuilding from ") + in);
        BuildReport r = builder.build(in, s);
        System.out.println(BuildCommand.summary(r));
    }
}
