package org.diplomacykg.serve.limits;

import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One query from the public endpoint, run to completion on a worker thread: parse, plan, execute
 * and write the whole answer (up to the caps) into a buffer, inside one read transaction. The
 * request thread waits for it until the deadline ({@link #await}); past that it gives up and
 * raises the cancel flag, which the optimizer checks between passes and every query iterator
 * checks as it goes, so the work stops, the transaction ends and the thread is free.
 */
final class QueryJob implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(QueryJob.class);
    /** An answer up to this size stays in memory; a larger one goes to a temporary file. */
    private static final int IN_MEMORY = 1024 * 1024;

    private final String text;
    private final DatasetGraph dataset;
    private final DatasetDescription protocolDataset;
    private final Context context;
    private final ResultCaps caps;
    private final AnswerFormat format;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private Outcome outcome;
    private boolean abandoned;

    /**
     * @param protocolDataset the dataset named by {@code default-graph-uri}/{@code named-graph-uri}, or null
     * @param context         the endpoint's context (SERVICE policy and the like)
     */
    QueryJob(String text, DatasetGraph dataset, DatasetDescription protocolDataset, Context context, ResultCaps caps, AnswerFormat format) {
        this.text = text;
        this.dataset = dataset;
        this.protocolDataset = protocolDataset;
        this.context = context;
        this.caps = caps;
        this.format = format;
    }

    @Override
    public void run() {
        Outcome o;
        try {
            o = answer();
        } catch (QueryCancelledException e) {
            o = new Outcome.Refusal(503, "the query was stopped");
        } catch (QueryParseException e) {
            o = new Outcome.Refusal(400, SPARQLProtocol.messageForParseException(e));
        } catch (AnswerFormat.UnsupportedAnswer e) {
            o = new Outcome.Refusal(e.status, e.getMessage());
        } catch (QueryDeniedException e) {
            o = new Outcome.Refusal(403, e.getMessage());
        } catch (QueryExceptionHTTP e) {
            // a SERVICE call the operator allowed, failing at the other end
            o = new Outcome.Refusal(502, "a SERVICE endpoint failed: " + e.getStatusCode() + " " + e.getMessage());
        } catch (QueryException e) {
            o = new Outcome.Refusal(400, SPARQLProtocol.messageForException(e));
        } catch (StackOverflowError e) {
            // Jena's algebra and optimizer recurse once per nesting level or per UNION, OPTIONAL, MINUS or BIND
            o = new Outcome.Refusal(400, "the query is nested too deeply (or chains too many UNION, OPTIONAL, MINUS or BIND) to be run");
        } catch (RuntimeException e) {
            LOG.warn("query failed: {}", e.toString(), e);
            o = new Outcome.Refusal(500, "the query failed: " + e.getMessage());
        } catch (Error e) {
            // out of memory, say: the client still gets its answer now, not at the timeout
            deliver(new Outcome.Refusal(500, "the query failed: " + e));
            throw e;
        }
        deliver(o);
    }

    /**
     * The outcome, or null when {@code deadlineNanos} ({@link System#nanoTime()}) passes first; the
     * query is then cancelled and whatever it still produces is thrown away.
     */
    synchronized Outcome await(long deadlineNanos) {
        try {
            while (outcome == null) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    abandon();
                    return null;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return outcome;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            return null;
        }
    }

    /** Stops the query because the server is closing; a request still waiting for it gets a 503 at once. */
    synchronized void stop() {
        if (outcome == null) {
            abandon();
            outcome = new Outcome.Refusal(503, "the server is stopping; the query was stopped");
            notifyAll();
        }
    }

    /** Called with the lock held: nobody will take the outcome, so the query can stop. */
    private void abandon() {
        abandoned = true;
        cancel.set(true);
    }

    private synchronized void deliver(Outcome o) {
        if (abandoned) {
            o.discard();
            return;
        }
        outcome = o;
        notifyAll();
    }

    private Outcome answer() {
        Query query = QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        checkCancelled();
        DatasetDescription described = protocolDataset != null ? protocolDataset : DatasetDescription.create(query);
        DatasetGraph target = dataset;
        if (described != null) {
            target = DynamicDatasets.dynamicDataset(described, dataset, false);
            if (query.hasDatasetDescription()) {
                query = query.cloneQuery();
                query.getGraphURIs().clear();
                query.getNamedGraphURIs().clear();
            }
        }
        Context cxt = context.copy();
        // the deadline is the request's, enforced by the cancel flag; Jena's own timer would also
        // start only after parsing and block its shared alarm thread while a plan is being optimized
        cxt.remove(ARQ.queryTimeout);
        cxt.set(ARQConstants.symCancelQuery, cancel);
        cxt.set(ARQConstants.sysOptimizerFactory, CancellableOptimizer.FACTORY);
        AnswerBuffer body = new AnswerBuffer(IN_MEMORY);
        Query q = query;
        DatasetGraph on = target;
        try {
            Written w = Txn.calculateRead(dataset, () -> {
                try (QueryExec qe = QueryExec.newBuilder().dataset(on).query(q).context(cxt).build()) {
                    return write(qe, q, body);
                }
            });
            checkCancelled();
            return new Outcome.Answer(w.contentType(), w.truncation(), body);
        } catch (RuntimeException | Error e) {
            body.close();
            throw e;
        }
    }

    private record Written(String contentType, String truncation) {
    }

    private Written write(QueryExec qe, Query query, AnswerBuffer body) {
        if (query.isSelectType()) {
            CapCounter counter = new CapCounter(caps, body::size);
            return new Written(format.writeRows(new CappedRowSet(qe.select(), counter), query.getPrologue(), body), counter.truncation());
        }
        if (query.isAskType()) {
            return new Written(format.writeBoolean(qe.ask(), body), null);
        }
        if (query.isJsonType()) {
            CapCounter counter = new CapCounter(caps, body::size);
            JsonArray items = new JsonArray();
            Iterator<JsonObject> it = qe.execJsonItems();
            while (counter.admit() && it.hasNext()) {
                items.add(it.next());
            }
            JSON.write(body, items);
            return new Written("application/json; charset=utf-8", counter.truncation());
        }
        // CONSTRUCT (quads when its template names graphs) and DESCRIBE: the graph is built before
        // it is written, so the byte cap applies to the text of its terms (about the written size)
        DatasetGraph graph = DatasetGraphFactory.create();
        graph.prefixes().putAll(PrefixMapFactory.create(query.getPrefixMapping()));
        long[] textBytes = {0};
        CapCounter counter = new CapCounter(caps, () -> textBytes[0]);
        if (query.isConstructType()) {
            Iterator<Quad> it = qe.constructQuads();
            while (counter.admit() && it.hasNext()) {
                Quad quad = it.next();
                graph.add(quad);
                textBytes[0] += size(quad.getGraph()) + size(quad.getSubject()) + size(quad.getPredicate()) + size(quad.getObject());
            }
        } else {
            Iterator<Triple> it = qe.describeTriples();
            while (counter.admit() && it.hasNext()) {
                Triple t = it.next();
                graph.getDefaultGraph().add(t);
                textBytes[0] += size(t.getSubject()) + size(t.getPredicate()) + size(t.getObject());
            }
        }
        return new Written(format.writeGraph(graph, body), counter.truncation());
    }

    private static long size(Node n) {
        if (n == null || Quad.isDefaultGraph(n)) {
            return 0;
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm().length() + n.getLiteralDatatypeURI().length() + 4;
        }
        return n.toString().length() + 3;
    }

    private void checkCancelled() {
        if (cancel.get()) {
            throw new QueryCancelledException();
        }
    }
}
