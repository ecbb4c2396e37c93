package org.diplomacykg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Embedded Fuseki serving the store read-only as dataset {@code /kg}: SPARQL query at
 * {@code /kg/sparql} (and {@code /kg/query}), Graph Store Protocol reads at {@code /kg/data}
 * (and {@code /kg/get}), and a start page at {@code /}.
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/kg";

    private final FusekiServer server;
    private final String host;

    private KgServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    public static KgServer start(DatasetGraph dsg, String host, int port, long queryTimeoutSeconds) {
        checkPortFree(host, port);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeoutSeconds * 1000));
        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        boolean loopback = isLoopback(host);
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .add(DATASET, service)
                .enableCors(true, null)
                .enablePing(true)
                .addServlet("", new StartPageServlet(DATASET))
                .addServlet("/index.html", new StartPageServlet(DATASET))
                .build();
        if (!loopback) {
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
        }
        server.start();
        return new KgServer(server, host);
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

    @Override
    public void close() {
        server.stop();
    }
}
