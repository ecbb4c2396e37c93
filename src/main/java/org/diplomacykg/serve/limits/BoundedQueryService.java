package org.diplomacykg.serve.limits;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.engine.Timeouts;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * The SPARQL query operation of the public endpoints, with every query bounded: the whole request
 * (parse, plan, execution and writing the answer) ends by the timeout, counted from the request's
 * arrival; the answer is complete before its status is sent, so a timeout is a 503 and never a
 * 200 with a cut body; and an answer over a {@link ResultCaps cap} ends at it, well-formed, with
 * the {@link ResultCaps#HEADER} header saying which cap. Fuseki's request handling (methods,
 * parameters, reading the query) is kept; only the execution is replaced.
 */
public final class BoundedQueryService extends SPARQL_QueryDataset {
    private static final int LOGGED_CHARS = 2000;

    private final long timeoutSeconds;
    private final ResultCaps caps;
    private final QueryWorkers workers;

    public BoundedQueryService(long timeoutSeconds, ResultCaps caps, QueryWorkers workers) {
        this.timeoutSeconds = timeoutSeconds;
        this.caps = caps;
        this.workers = workers;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) {
            ServletOps.errorBadRequest("empty query");
        }
        action.log.info(String.format("[%d] Query = %s", action.id, ServletOps.formatForLog(abbreviated(queryString))));
        long millis = timeoutMillis(action);
        QueryJob job = new QueryJob(queryString, action.getDataset(), SPARQLProtocol.getProtocolDatasetDescription(action),
                action.getContext(), caps, AnswerFormat.of(action.getRequest()));
        if (!workers.start(job)) {
            ServletOps.error(503, "the server is stopping");
        }
        Outcome outcome = job.await(arrival(action) + TimeUnit.MILLISECONDS.toNanos(millis));
        if (outcome == null) {
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            ServletOps.error(503, "the query did not finish within the time limit of " + seconds(millis)
                    + " and was stopped; no part of its answer is sent (a narrower query or a LIMIT may fit)");
        }
        if (outcome instanceof Outcome.Refusal r) {
            ServletOps.error(r.status(), r.message());
        }
        send((Outcome.Answer) outcome, action);
    }

    private static void send(Outcome.Answer answer, HttpAction action) {
        try {
            action.setResponseStatus(200);
            ServletOps.setNoCache(action);
            action.setResponseContentType(answer.contentType());
            if (answer.truncation() != null) {
                action.setResponseHeader(ResultCaps.HEADER, answer.truncation());
            }
            action.setResponseContentLengthLong(answer.body().size());
            OutputStream out = action.getResponseOutputStream();
            answer.body().writeTo(out);
            out.flush();
        } catch (IOException e) {
            // the client left; the answer was complete, nothing else to stop
            action.log.info(String.format("[%d] client gone before the answer was sent: %s", action.id, e.getMessage()));
        } finally {
            answer.discard();
        }
    }

    /** The server's timeout, or the client's {@code ?timeout=} (seconds) when that is shorter. */
    private long timeoutMillis(HttpAction action) {
        long server = TimeUnit.SECONDS.toMillis(timeoutSeconds);
        String asked = action.getRequestParameter(HttpNames.paramTimeout);
        if (asked == null || asked.isBlank()) {
            return server;
        }
        Pair<Long, Long> t;
        try {
            t = Timeouts.parseTimeoutStr(asked, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            t = null;
        }
        if (t == null) {
            ServletOps.errorBadRequest("timeout= must be a number of seconds");
        }
        long millis = t.getRight() > 0 ? t.getRight() : t.getLeft();
        return millis > 0 ? Math.min(server, millis) : server;
    }

    /** The start of a long query, for the log: a query up to the size cap would make a line of 256 KB. */
    private static String abbreviated(String query) {
        return query.length() <= LOGGED_CHARS ? query : query.substring(0, LOGGED_CHARS) + "… (" + query.length() + " characters)";
    }

    /** When the request began to arrive: reading a long URL or body counts against the timeout too. */
    private static long arrival(HttpAction action) {
        ServletContextRequest r = ServletContextRequest.getServletContextRequest(action.getRequest());
        return r == null ? action.getStartTime() : r.getBeginNanoTime();
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
