package org.diplomacykg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.diplomacykg.ingest.BadInputException;
import org.diplomacykg.live.LiveBuilder;
import org.diplomacykg.pipeline.BuildDigest;
import org.diplomacykg.pipeline.BuildReport;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.pipeline.InputSet;
import org.diplomacykg.serve.KgServer;
import org.diplomacykg.serve.ServerOptions;
import org.diplomacykg.serve.limits.ResultCaps;
import org.diplomacykg.serve.limits.ServiceAllowList;
import org.diplomacykg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

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

    @Option(names = "--auth-failures-per-minute", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_AUTH_FAILURES_PER_MINUTE,
            description = "failed logins one client address may make in a minute; further attempts get 429 until the oldest is a minute old (default: ${DEFAULT-VALUE})")
    int authFailuresPerMinute;
    @Option(names = "--watch", paramLabel = "DIR",
            description = "folder of new articles to build into the served graph while serving: looked at every 2 s; a file is taken once"
                    + " it stops changing, each change is built in one transaction while readers keep the previous version, bad files are"
                    + " named and left out, removed files leave the graph (with --allow-update, POST /kg/build builds on request)")
    Path watch;

    @Option(names = "--max-query-bytes", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_MAX_QUERY_BYTES,
            description = "longest query or update text accepted, in bytes; longer ones are refused with 413 (414 in a URL) (default: ${DEFAULT-VALUE})")
    int maxQueryBytes;

    @Option(names = "--max-result-rows", paramLabel = "N", defaultValue = "" + ResultCaps.DEFAULT_ROWS,
            description = "most rows (or triples) in one answer of the SPARQL endpoint; a longer answer ends there, marked X-KG-Truncated (default: ${DEFAULT-VALUE})")
    long maxResultRows;

    @Option(names = "--max-result-bytes", paramLabel = "N", defaultValue = "" + ResultCaps.DEFAULT_BYTES,
            description = "most bytes in one answer of the SPARQL endpoint; a larger answer ends at the first row past it, marked X-KG-Truncated (default: ${DEFAULT-VALUE})")
    long maxResultBytes;

    @Option(names = "--allow-service", paramLabel = "PREFIX",
            description = "let SERVICE call endpoints whose IRI starts with PREFIX (an http(s) IRI; repeatable); without it SERVICE is off")
    List<String> allowService = new ArrayList<>();

    @Mixin
    StoreOptions store;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Path dir = store.store();
        ServerOptions options = ServerOptions.of(host, port, timeout).withBase(store.iris().base()).withQueries(Home.queries())
                .withUpdate(allowUpdate, passwordFile == null ? null : passwordFile.toAbsolutePath())
                .withCaps(maxConnections, maxRows).withAuthFailuresPerMinute(authFailuresPerMinute)
                .withWatch(watch == null ? null : watch.toAbsolutePath().normalize())
                .withMaxQueryBytes(maxQueryBytes).withServiceAllowed(ServiceAllowList.check(allowService));
        ResultCaps caps = new ResultCaps(maxResultRows, maxResultBytes);
        if (allowUpdate) {
            // refuse before building or opening anything: writes without credentials are never served
            KgServer.checkCredentials(options);
        }
        List<Path> liveInputs = liveInputs(options.watch());
        KgStore s = KgStore.open(dir);
        KgServer server;
        LiveBuilder live = null;
        try {
            try {
                if (liveInputs != null) {
                    live = new LiveBuilder(new GraphBuilder(store.iris()), s, liveInputs, options.watch(), System.out, System.err);
                    live.catchUp();
                } else {
                    rebuildIfNeeded(s);
                }
            } catch (RuntimeException | InternalError e) {
                throw BuildCommand.storageFailure(dir, e);
            }
            server = KgServer.start(s.dataset(), options, caps, live == null ? null : live::onRequest);
        } catch (RuntimeException e) {
            if (live != null) {
                live.stop();
            }
            try {
                s.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        LiveBuilder liveBuilder = live;
        if (options.watch() != null) {
            liveBuilder.watch(LiveBuilder.POLL);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping");
            boolean idle = liveBuilder == null || liveBuilder.stop();
            server.close();
            if (idle) {
                s.close();
            } else {
                // closing the store under a write would break it; unclosed, the uncommitted build is simply not kept
                System.out.println("a live build was still running: it is not committed, and the store keeps its previous version");
            }
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
        System.out.println("  limits         queries up to " + options.maxQueryBytes() + " bytes, " + timeout + " s a request, answers up to "
                + caps.rows() + " rows or " + caps.bytes() + " bytes");
        options.serviceAllowed().forEach(p -> System.out.println("  SERVICE to     " + p + "…"));
        if (allowUpdate) {
            System.out.println("  SPARQL update  " + url + KgServer.DATASET + "/update (HTTP Basic)");
            System.out.println("  graph writes   " + url + KgServer.DATASET + "/write (HTTP Basic)");
        }
        if (allowUpdate && liveBuilder != null) {
            System.out.println("  live build     " + url + KgServer.DATASET + "/build (POST, HTTP Basic)");
        }
        if (options.watch() != null) {
            System.out.println("  watching       " + options.watch() + " (every " + LiveBuilder.POLL.toSeconds() + " s)");
        }
        System.out.flush();
        server.join();
        stopped.await();
        return 0;
    }

    /**
     * The folders live builds read (the build input, to which the watched folder is added), or null
     * when there are no live builds: no --watch and no --allow-update, or a --store of unknown input.
     */
    private List<Path> liveInputs(Path watched) {
        if (watched != null && !Files.isDirectory(watched)) {
            throw new BadInputException(watched, Files.exists(watched) ? "--watch needs a folder, not a file" : "watched folder does not exist");
        }
        if (watched == null && !allowUpdate) {
            return null;
        }
        if (store.storeGiven() && input == null) {
            if (watched != null) {
                throw new ParameterException(spec.commandLine(), "--watch with --store needs --input too: the folder the store was built from,"
                        + " which every live build reads along with the watched folder");
            }
            return null;
        }
        return List.of(input != null ? input.toAbsolutePath().normalize() : Home.seeds());
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
