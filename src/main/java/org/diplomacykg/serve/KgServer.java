package org.diplomacykg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.diplomacykg.serve.limits.BoundedQueryService;
import org.diplomacykg.serve.limits.QuerySizeFilter;
import org.diplomacykg.serve.limits.QueryWorkers;
import org.diplomacykg.serve.limits.ResultCaps;
import org.diplomacykg.serve.limits.ServiceAllowList;
import org.diplomacykg.serve.limits.UrlRoom;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Embedded Fuseki serving the store as dataset {@code /kg}: SPARQL query at {@code /kg/sparql}
 * (and {@code /kg/query}), Graph Store Protocol reads at {@code /kg/data} (and {@code /kg/get}),
 * linked-data pages at {@code /id/…}, label search, saved queries, the Fuseki query editor at
 * {@code /ui/} and a start page at {@code /}. With {@code allowUpdate}, SPARQL Update at
 * {@code /kg/update} and Graph Store writes at {@code /kg/write}, both behind HTTP Basic (with live builds at {@code POST /kg/build} when
 * given a {@link BuildTrigger}), as are
 * Fuseki's admin pages under {@code /$/} (not served at all without it). Every request first passes
 * the {@link RequestGuards}: security headers, failed-login throttle, no cross-site writes, CORS for reads.
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/kg";

    private final FusekiServer server;
    private final String host;
    private final QueryWorkers workers;

    private KgServer(FusekiServer server, String host, QueryWorkers workers) {
        this.server = server;
        this.host = host;
        this.workers = workers;
    }

    /** Read-only server with the default base and caps (kept for callers that need nothing else). */
    public static KgServer start(DatasetGraph dsg, String host, int port, long queryTimeoutSeconds) {
        return start(dsg, ServerOptions.of(host, port, queryTimeoutSeconds));
    }

    public static KgServer start(DatasetGraph dsg, ServerOptions o) {
        return start(dsg, o, ResultCaps.DEFAULT, null);
    }

    /** As {@link #start(DatasetGraph, ServerOptions)}, with {@code caps} on each answer of the query endpoints. */
    public static KgServer start(DatasetGraph dsg, ServerOptions o, ResultCaps caps) {
        return start(dsg, o, caps, null);
    }

    /**
     * As {@link #start(DatasetGraph, ServerOptions, ResultCaps)}; with {@code allowUpdate}, {@code POST /kg/build}
     * runs {@code build} (new and changed articles into the served store) behind the same login as
     * the other writes. A null {@code build} offers no such endpoint.
     */
    public static KgServer start(DatasetGraph dsg, ServerOptions o, ResultCaps caps, BuildTrigger build) {
        checkPortFree(o.host(), o.port());
        checkCredentials(o);
        KgSite site = new KgSite(dsg, o);
        boolean loopback = isLoopback(o.host());
        VersionedCache<String> startPage = new VersionedCache<>();
        QueryWorkers workers = new QueryWorkers();
        DataService kg = withBuild(dataService(dsg, o, new BoundedQueryService(o.timeoutSeconds(), caps, workers)), o, build);
        FusekiServer.Builder b = FusekiServer.create()
                .port(o.port())
                .loopback(loopback)
                .add(DATASET, kg)
                .addFilter("/*", new QuerySizeFilter(o.maxQueryBytes()))
                .enablePing(true)
                // the server's own pages are for the administrator: without a login there is none
                .enableStats(o.allowUpdate())
                .addServlet("", new StartPageServlet(site, startPage))
                .addServlet("/index.html", new StartPageServlet(site, startPage))
                .addServlet("/id/*", new LinkedDataServlet(site))
                .addServlet("/search", new SearchServlet(site))
                .addServlet("/queries", new QueriesServlet(site))
                .addServlet("/queries/*", new QueriesServlet(site))
                .addServlet("/ui/*", new FusekiUiServlet())
                .addServlet("/dumps/*", new DumpServlet(dsg))
                .addServlet("/.well-known/void", new VoidServlet(dsg))
                .addServlet("/ontology", new OntologyServlet())
                .addServlet(ScriptServlet.PATH + "*", new ScriptServlet())
                .addServlet(EditorDescriptionServlet.SERVER, new EditorDescriptionServlet(DATASET, kg))
                .addServlet(EditorDescriptionServlet.STATS + "/*", new EditorDescriptionServlet(DATASET, kg));
        if (o.allowUpdate()) {
            b.addServlet("/$/server", new ActionServerStatus()).securityHandler(AdminLogin.of(o.passwordFile()));
        }
        if (o.allowUpdate() && build != null) {
            b.registerOperation(BuildAction.BUILD, new BuildAction(build));
        }
        FusekiServer server = b.build();
        Server jetty = server.getJettyServer();
        RequestGuards.install(jetty, LoginThrottle.perMinute(o.authFailuresPerMinute()));
        jetty.addBean(new NetworkConnectionLimit(o.maxConnections(), jetty));
        UrlRoom.fit(jetty, o.maxQueryBytes());
        if (!loopback) {
            for (Connector c : jetty.getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(o.host());
                }
            }
        }
        server.start();
        return new KgServer(server, o.host(), workers);
    }

    /**
     * Reads are anonymous on their own endpoints; writes get endpoints of their own because Fuseki
     * guards a whole endpoint path with the login, so sharing a path would put reads behind it too.
     */
    private static DataService dataService(DatasetGraph dsg, ServerOptions o, BoundedQueryService queries) {
        Context timeout = new Context();
        timeout.set(ARQ.queryTimeout, Long.toString(o.timeoutSeconds() * 1000));
        // SERVICE off, or limited to the operator's list (--allow-service)
        ServiceAllowList.configure(timeout, o.serviceAllowed(), o.timeoutSeconds() * 1000);
        DataService.Builder ds = DataService.newBuilder(dsg)
                .addEndpoint(query("sparql", timeout, queries))
                .addEndpoint(query("query", timeout, queries))
                .addEndpoint(query("", timeout, queries))
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R, "get");
        if (o.allowUpdate()) {
            ds.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
              .addEndpoint(Operation.GSP_RW, "write", Auth.ANY_USER);
        }
        return ds.build();
    }

    /**
     * Adds {@code /kg/build} when writes are allowed and there is a build to run: a dataset operation
     * rather than a servlet, so Fuseki's login, and whatever guards the dataset, covers it.
     */
    private static DataService withBuild(DataService service, ServerOptions o, BuildTrigger build) {
        if (!o.allowUpdate() || build == null) {
            return service;
        }
        return DataService.newBuilder(service).addEndpoint(BuildAction.BUILD, "build", Auth.ANY_USER).build();
    }

    private static Endpoint query(String name, Context context, BoundedQueryService queries) {
        return Endpoint.create().operation(Operation.Query).endpointName(name).context(context).processor(queries).build();
    }

    /** Refuses options that would enable writes without a usable password file. */
    public static void checkCredentials(ServerOptions o) {
        if (o.allowUpdate()) {
            PasswordFile.check(o.passwordFile());
        }
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'");
        }
    }

    static void checkPortFree(String host, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range (0-65535)");
        }
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalArgumentException("port " + port + " on " + host + " is in use (" + e.getMessage() + ")");
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port();
    }

    public void join() {
        server.join();
    }

    /** Stops every running query (its read transaction ends), then the server. */
    @Override
    public void close() {
        workers.close();
        server.stop();
    }
}
