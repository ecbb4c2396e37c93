package org.diplomacykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;

/**
 * What the query editor at {@code /ui/} asks Fuseki's admin pages for, limited to what anyone may
 * see: {@code /ui/server} lists the dataset with its read endpoints (as {@code /$/server} does,
 * without the server's version and uptime and without write endpoints), {@code /ui/stats/NAME}
 * the request counts of those read endpoints (as {@code /$/stats/NAME}). {@code /$/…} itself needs
 * the administrator's login, which an anonymous visitor of the editor does not have.
 */
final class EditorDescriptionServlet extends HttpServlet {
    static final String SERVER = "/ui/server";
    static final String STATS = "/ui/stats";
    private static final List<Operation> READS = List.of(Operation.Query, Operation.GSP_R);

    private final String name;
    private final transient DataService service;

    EditorDescriptionServlet(String name, DataService service) {
        this.name = name;
        this.service = service;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        JsonBuilder json = new JsonBuilder().startObject().key("datasets");
        if (path.equals(SERVER)) {
            describe(json);
        } else if (path.equals(STATS + name)) {
            json.startObject();
            counts(json);
            json.finishObject();
        } else {
            Page.error(resp, 404, "Nothing at this address: the editor's dataset is " + name + ".");
            return;
        }
        json.finishObject();
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        OutputStream out = resp.getOutputStream();
        JSON.write(out, json.build());
        out.flush();
    }

    private void describe(JsonBuilder json) {
        json.startArray().startObject()
                .pair("ds.name", name)
                .pair("ds.state", service.isAcceptingRequests())
                .key("ds.services").startArray();
        for (Operation op : READS) {
            List<Endpoint> endpoints = service.getEndpoints(op);
            if (endpoints.isEmpty()) {
                continue;
            }
            json.startObject().pair("srv.type", op.getJsonName()).pair("srv.description", op.getDescription()).key("srv.endpoints").startArray();
            endpoints.forEach(e -> json.value(e.getName()));
            json.finishArray().finishObject();
        }
        json.finishArray().finishObject().finishArray();
    }

    private void counts(JsonBuilder json) {
        long requests = 0;
        long good = 0;
        long bad = 0;
        JsonBuilder endpoints = new JsonBuilder().startObject();
        int unnamed = 0;
        for (Operation op : READS) {
            for (Endpoint e : service.getEndpoints(op)) {
                endpoints.key(e.getName().isEmpty() ? "_" + (++unnamed) : e.getName()).startObject();
                for (CounterName c : e.getCounters().counters()) {
                    endpoints.pair(c.getName(), e.getCounters().value(c));
                }
                endpoints.pair("operation", op.getJsonName()).pair("description", op.getDescription()).finishObject();
                requests += e.getCounters().value(CounterName.Requests);
                good += e.getCounters().value(CounterName.RequestsGood);
                bad += e.getCounters().value(CounterName.RequestsBad);
            }
        }
        json.key(name).startObject()
                .pair(CounterName.Requests.getName(), requests)
                .pair(CounterName.RequestsGood.getName(), good)
                .pair(CounterName.RequestsBad.getName(), bad)
                .key("endpoints").value(endpoints.finishObject().build())
                .finishObject();
    }
}
