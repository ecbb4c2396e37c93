package org.diplomacykg.serve;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpStream;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows password guessing: a request that carries credentials from a client that has used up its
 * failed logins ({@link LoginThrottle}) is answered 429 with {@code Retry-After} before its
 * password is looked at; a request with credentials that is answered 401 counts as a failure, and
 * its connection is closed (so every failure looks alike, and each guess costs a new connection).
 * It sits in front of the login check, so a refused guess costs no password hashing and tells nothing.
 * Clients are told apart by address, an IPv6 client by its /64 network (one host owns a whole /64).
 */
final class LoginThrottleHandler extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleHandler.class);

    private final LoginThrottle throttle;

    LoginThrottleHandler(LoginThrottle throttle, Handler next) {
        super(next);
        this.throttle = throttle;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!request.getHeaders().contains(HttpHeader.AUTHORIZATION)) {
            return super.handle(request, response, callback);
        }
        String client = client(request.getConnectionMetaData().getRemoteSocketAddress());
        Duration wait = throttle.waitFor(client);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS_429);
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(seconds));
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            Content.Sink.write(response, true, "Too many failed logins from this address: try again in " + seconds + " s.\n", callback);
            return true;
        }
        String path = printable(request.getHttpURI().getPath());
        // the status is read as the response is committed, before the client can see it and try again
        request.addHttpStreamWrapper(stream -> new HttpStream.Wrapper(stream) {
            @Override
            public void prepareResponse(HttpFields.Mutable headers) {
                if (response.getStatus() == HttpStatus.UNAUTHORIZED_401) {
                    recordFailure(client, path);
                    // whether Jetty keeps the connection depends on whether the unread body has arrived,
                    // which a quick refusal of an unknown user makes less likely: close after every failure
                    headers.put(HttpHeader.CONNECTION, "close");
                }
                super.prepareResponse(headers);
            }
        });
        return super.handle(request, response, callback);
    }

    private void recordFailure(String client, String path) {
        int n = throttle.failed(client);
        LOG.warn("failed login from {} on {} ({} of {} allowed in a minute)", client, path, n, throttle.limit());
        if (n >= throttle.limit()) {
            LOG.warn("refusing logins from {} until a minute after its oldest recent failure", client);
        }
    }

    /** The address a client is counted under. */
    static String client(SocketAddress remote) {
        if (!(remote instanceof InetSocketAddress isa) || isa.getAddress() == null) {
            return String.valueOf(remote);
        }
        InetAddress a = isa.getAddress();
        if (a instanceof Inet6Address) {
            byte[] b = a.getAddress();
            String hex = HexFormat.of().formatHex(b, 0, 8);
            return hex.substring(0, 4) + ":" + hex.substring(4, 8) + ":" + hex.substring(8, 12) + ":" + hex.substring(12, 16) + "::/64";
        }
        return a.getHostAddress();
    }

    /** A request path as it may go into a log line: no control characters, not too long. */
    private static String printable(String s) {
        String p = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return p.length() > 200 ? p.substring(0, 200) + "…" : p;
    }
}
