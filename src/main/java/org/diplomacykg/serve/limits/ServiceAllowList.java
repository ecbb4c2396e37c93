package org.diplomacykg.serve.limits;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which endpoints a {@code SERVICE} clause in an anonymous query may call: none unless the
 * operator lists them ({@code kg serve --allow-service PREFIX}), and then only IRIs that start with
 * a listed prefix. The check sits first in the endpoint's service executor chain, so a refused
 * call is refused before any connection is made; SERVICE with a variable is checked once bound.
 * Calls that are allowed do not follow redirects (an allowed endpoint cannot send the server
 * elsewhere) and end with the query timeout.
 */
public final class ServiceAllowList implements ChainingServiceExecutor, ChainingServiceExecutorBulk {
    private final List<String> prefixes;

    private ServiceAllowList(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    /** Checks the prefixes the operator gave; each must be an absolute http(s) IRI naming a host. */
    public static List<String> check(List<String> prefixes) {
        List<String> out = new ArrayList<>();
        for (String p : prefixes) {
            String c = canonical(p);
            if (c == null) {
                throw new IllegalArgumentException("--allow-service '" + p + "' is not an http(s) IRI with a host, such as https://query.wikidata.org/sparql");
            }
            out.add(c);
        }
        return out;
    }

    /**
     * Sets SERVICE up in an endpoint context: off when {@code prefixes} is empty, else limited to them.
     *
     * @param timeoutMillis how long one SERVICE call may take
     */
    public static void configure(Context context, List<String> prefixes, long timeoutMillis) {
        if (prefixes.isEmpty()) {
            // no outbound requests at all: SERVICE <http://127.0.0.1:PORT/> would otherwise let
            // anyone make this server fetch URLs, and so scan the host's private ports
            context.set(ARQ.httpServiceAllowed, false);
            return;
        }
        ServiceAllowList list = new ServiceAllowList(check(prefixes));
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addBulkLink(list);
        registry.addSingleLink(list);
        ServiceExecutorRegistry.set(context, registry);
        context.set(ARQ.httpServiceAllowed, true);
        context.set(ARQ.httpQueryClient, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(Math.min(timeoutMillis, 10_000))).build());
        context.set(ARQ.httpQueryTimeout, Long.toString(timeoutMillis));
    }

    /** Whether a SERVICE call to {@code iri} may be made. */
    boolean allows(String iri) {
        String c = canonical(iri);
        return c != null && prefixes.stream().anyMatch(c::startsWith);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt,
                                         ServiceExecutor chain) {
        String refusal = refusal(opExecute.getService());
        if (refusal == null) {
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        }
        if (opExecute.getSilent()) {
            // SERVICE SILENT: a call that cannot be made leaves the solution as it was, as a failed call would
            return QueryIterSingleton.create(binding, execCxt);
        }
        throw new QueryDeniedException(refusal);
    }

    @Override
    public QueryIterator createExecution(OpService opService, QueryIterator input, ExecutionContext execCxt, ServiceExecutorBulk chain) {
        String refusal = opService.getService().isVariable() ? null : refusal(opService.getService());
        if (refusal == null) {
            return chain.createExecution(opService, input, execCxt);
        }
        if (opService.getSilent()) {
            return input;
        }
        input.close();
        throw new QueryDeniedException(refusal);
    }

    /** Why a call to {@code service} may not be made, or null when it may. */
    private String refusal(Node service) {
        if (!service.isURI()) {
            return "SERVICE needs an IRI, not " + service;
        }
        if (!allows(service.getURI())) {
            return "SERVICE <" + service.getURI() + "> is not an endpoint this server may call"
                    + " (the operator lists those with kg serve --allow-service)";
        }
        return null;
    }

    /**
     * The IRI as the HTTP client will use it, with scheme and host in lower case and a path of at
     * least "/": so that a prefix "http://h:80" cannot match "http://h:8080/", nor
     * "http://h" match "http://h.evil.example/". Null when it is not an http(s) IRI with a host
     * or carries user information (which could hide the real host from a reader).
     */
    static String canonical(String iri) {
        try {
            URI u = new URI(iri.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null || u.getRawUserInfo() != null) {
                return null;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() < 0 ? "" : ":" + u.getPort()) + path
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
