package org.diplomacykg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame every HTML page shares: a header with the search box and the main links, one inline
 * style sheet (no external resources, so pages work offline and leak nothing), the body.
 * {@code title} is escaped here; {@code body} must already be safe HTML.
 */
final class Page {
    private static final String CSS = """
            :root{--ink:#1d2330;--muted:#667085;--line:#e4e7ec;--accent:#1f5fbf;--mark:#fff3bf;--bg:#fafbfc}
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}
            header{background:#16213a;color:#fff;padding:.6rem 1.5rem;display:flex;gap:1.2rem;align-items:center;flex-wrap:wrap}
            header a{color:#dfe7ff;text-decoration:none}header a:hover{text-decoration:underline}
            header .site{font-weight:600;color:#fff;margin-right:.5rem}
            header form{margin-left:auto;display:flex;gap:.3rem}
            header input{padding:.3rem .5rem;border:0;border-radius:4px;width:16rem;font:inherit}
            header button{padding:.3rem .7rem;border:0;border-radius:4px;background:#3b6fd8;color:#fff;font:inherit;cursor:pointer}
            main{max-width:72rem;margin:0 auto;padding:1.2rem 1.5rem 3rem}
            h1{font-size:1.6rem;margin:.4rem 0 .2rem;line-height:1.25}h2{font-size:1.15rem;margin:1.8rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
            a{color:var(--accent)}code,.iri{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
            .muted{color:var(--muted)}.iri{color:var(--muted)}
            .chip{display:inline-block;background:#e8eefb;border-radius:999px;padding:0 .6rem;margin:0 .3rem .3rem 0;font-size:.85rem;text-decoration:none}
            table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line)}
            th,td{text-align:left;vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid var(--line)}
            th{background:#f2f4f7;font-weight:600;font-size:.9rem}
            td.prop{width:14rem;color:var(--muted)}
            ul.values{margin:0;padding-left:1.1rem}
            .box{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;margin:.8rem 0}
            .sources .count{font-size:1.05rem;font-weight:600}
            blockquote{margin:.3rem 0 .2rem;padding:.3rem .8rem;border-left:3px solid #9db7ea;background:#f7f9fe}
            .conflict td.chosen{font-weight:600}
            .text{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;white-space:pre-wrap;max-width:48rem}
            mark{background:var(--mark);padding:0 .1rem;border-radius:2px}
            sup a{text-decoration:none;font-size:.75rem;margin-left:1px}
            .formats a{margin-right:.6rem;font-size:.85rem}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
            .timeline{list-style:none;padding:0;margin:0;border-left:2px solid #9db7ea}
            .timeline li{padding:.2rem 0 .5rem 1rem;position:relative}
            .timeline li:before{content:"";position:absolute;left:-6px;top:.65rem;width:10px;height:10px;border-radius:50%;background:#3b6fd8}
            .timeline .when{display:block;font-size:.85rem;color:var(--muted)}
            .stats td:last-child{text-align:right}
            .error{background:#fff1f0;border:1px solid #f5c2c0;border-radius:8px;padding:.6rem 1rem}
            form.params label{display:block;margin:.5rem 0 .1rem;font-weight:600}
            form.params input{width:100%;max-width:40rem;padding:.35rem .5rem;font:inherit;border:1px solid #cfd4dc;border-radius:4px}
            form.params button{margin-top:.8rem;padding:.4rem 1rem;font:inherit;border:0;border-radius:4px;background:#1f5fbf;color:#fff;cursor:pointer}
            nav.pager a{margin-right:1rem}
            .cite a.source{font-size:.85rem;white-space:nowrap}.cite a.source:after{content:" \\2197"}
            ul.articles li{margin:.2rem 0}
            details.provenance{margin-top:.6rem}details.provenance summary{cursor:pointer;color:var(--muted)}
            """;

    private Page() {
    }

    static String html(String title, String search, String body) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Diplomacy KG</title><style>%s</style></head>
                <body><header><a class="site" href="/">Diplomacy knowledge graph</a>
                <a href="/queries">Saved queries</a><a href="/ui/#/dataset/kg/query">SPARQL editor</a><a href="/ontology">Ontology</a><a href="/dumps/">Dumps</a>
                <form action="/search" method="get" role="search"><input type="search" name="q" value="%s" placeholder="Search labels: a name, a country, an item" aria-label="Search labels"><button>Search</button></form>
                </header><main>
                %s
                </main></body></html>
                """.formatted(Html.esc(title), CSS, Html.esc(search), body);
    }

    static void send(HttpServletResponse resp, int status, String title, String search, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getWriter().write(html(title, search, body));
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, status == 404 ? "Not found" : "Error " + status, "",
                "<h1>" + (status == 404 ? "Not found" : "Error " + status) + "</h1><p class=\"error\">" + Html.esc(message) + "</p>");
    }
}
