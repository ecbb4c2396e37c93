package org.diplomacykg.serve.limits;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * Makes room in the request line for a query up to the size cap, so that the cap and not Jetty's
 * header limit decides (with a message that says so). A query percent-encoded in a URL can take
 * three times its size; the room never goes past 8 MB, so a very high cap is for POSTed queries.
 */
public final class UrlRoom {
    static final int MOST = 8 * 1024 * 1024;

    private UrlRoom() {
    }

    public static void fit(Server jetty, int maxQueryBytes) {
        int wanted = (int) Math.min(MOST, QuerySizeFilter.encodedLimit(maxQueryBytes) + 8 * 1024);
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null && http.getHttpConfiguration().getRequestHeaderSize() < wanted) {
                http.getHttpConfiguration().setRequestHeaderSize(wanted);
            }
        }
    }
}
