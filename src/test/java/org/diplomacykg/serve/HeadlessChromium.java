package org.diplomacykg.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A real headless Chromium driven over the Chrome DevTools protocol with the JDK's own HTTP and
 * WebSocket clients (no Selenium): navigate, evaluate JavaScript in the page, wait for conditions,
 * and read what the pages wrote to the console (errors, refused scripts, policy violations).
 */
final class HeadlessChromium implements AutoCloseable {
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<String> console = new CopyOnWriteArrayList<>();

    /** The browser binary, or null: $KG_CHROMIUM, else chromium / chromium-browser / google-chrome on the PATH. */
    static Path find() {
        String env = System.getenv("KG_CHROMIUM");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Path.of(env);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    HeadlessChromium(Path binary, Path profile) throws Exception {
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-extensions",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1280,1600", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int port = debuggingPort();
        String list = SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String ws = null;
        for (JsonValue v : JSON.parseAny(list).getAsArray()) {
            JsonObject t = v.getAsObject();
            if ("page".equals(t.getString("type"))) {
                ws = t.getString("webSocketDebuggerUrl");
                break;
            }
        }
        if (ws == null) {
            throw new IllegalStateException("no page target in " + list);
        }
        socket = SiteFixture.HTTP.newWebSocketBuilder().buildAsync(URI.create(ws), new Listener()).get(20, TimeUnit.SECONDS);
        call("Log.enable", null);
        call("Runtime.enable", null);
    }

    /** Chromium prints "DevTools listening on ws://127.0.0.1:PORT/…" on stderr once it is ready. */
    private int debuggingPort() throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        Pattern p = Pattern.compile("DevTools listening on ws://[^:]+:(\\d+)/");
        StringBuilder seen = new StringBuilder();
        for (String line; (line = err.readLine()) != null; ) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("chromium did not start: " + seen);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                JsonObject msg = JSON.parse(buffer.toString());
                buffer.setLength(0);
                if (msg.hasKey("id")) {
                    CompletableFuture<JsonObject> f = pending.remove(msg.get("id").getAsNumber().value().intValue());
                    if (f != null) {
                        f.complete(msg);
                    }
                } else if (msg.hasKey("method")) {
                    record(msg.getString("method"), msg.get("params").getAsObject());
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** Console lines worth a test's attention: log entries (which carry policy violations), console calls, uncaught exceptions. */
    private void record(String method, JsonObject params) {
        switch (method) {
            case "Log.entryAdded" -> {
                JsonObject e = params.get("entry").getAsObject();
                console.add(e.getString("level") + " [" + e.getString("source") + "] " + e.getString("text")
                        + (e.hasKey("url") ? " (" + e.getString("url") + ")" : ""));
            }
            case "Runtime.consoleAPICalled" -> console.add(params.getString("type") + " [console] " + params.get("args"));
            case "Runtime.exceptionThrown" -> console.add("exception " + params.get("exceptionDetails"));
            default -> {
                // other events (contexts created, frames loaded) say nothing about errors
            }
        }
    }

    /** Everything recorded on the console since the browser started or {@link #clearConsole()}. */
    List<String> console() {
        return List.copyOf(console);
    }

    void clearConsole() {
        console.clear();
    }

    /** The console lines that report something the Content-Security-Policy refused. */
    List<String> policyViolations() {
        return console.stream().filter(l -> l.contains("Content Security Policy") || l.contains("Content-Security-Policy")).toList();
    }

    JsonObject call(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject msg = new JsonObject();
        msg.put("id", id);
        msg.put("method", method);
        msg.put("params", params == null ? new JsonObject() : params);
        CompletableFuture<JsonObject> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(msg.toString(), true).get(10, TimeUnit.SECONDS);
        JsonObject answer = f.get(30, TimeUnit.SECONDS);
        if (answer.hasKey("error")) {
            throw new IllegalStateException(method + ": " + answer.get("error"));
        }
        return answer.get("result").getAsObject();
    }

    /** Evaluates a JavaScript expression in the page and returns its value as a string ("" for undefined). */
    String eval(String expression) throws Exception {
        JsonObject p = new JsonObject();
        p.put("expression", expression);
        p.put("returnByValue", true);
        p.put("awaitPromise", true);
        JsonObject r = call("Runtime.evaluate", p);
        if (r.hasKey("exceptionDetails")) {
            throw new IllegalStateException("page script failed: " + r.get("exceptionDetails"));
        }
        JsonObject result = r.get("result").getAsObject();
        if (!result.hasKey("value")) {
            return "";
        }
        JsonValue v = result.get("value");
        return v.isString() ? v.getAsString().value() : v.toString();
    }

    /** Starts loading a URL without waiting (for pages that rewrite their own address). */
    void navigate(String url) throws Exception {
        JsonObject p = new JsonObject();
        p.put("url", url);
        call("Page.navigate", p);
    }

    void open(String url) throws Exception {
        navigate(url);
        waitFor("document.readyState === 'complete' && location.href.indexOf(" + JSON.toString(new org.apache.jena.atlas.json.JsonString(url.replaceFirst("#.*", ""))) + ") === 0", Duration.ofSeconds(20));
    }

    /** Clicks the first element matching a CSS selector and waits for the next page to load. */
    void click(String selector) throws Exception {
        String sel = JSON.toString(new org.apache.jena.atlas.json.JsonString(selector));
        String before = eval("location.href");
        String clicked = eval("(() => { const e = document.querySelector(" + sel + "); if (!e) return 'missing'; e.click(); return 'ok'; })()");
        if (!clicked.equals("ok")) {
            throw new AssertionError("nothing matches " + selector + " on " + before);
        }
        waitFor("location.href !== " + JSON.toString(new org.apache.jena.atlas.json.JsonString(before)) + " && document.readyState === 'complete'",
                Duration.ofSeconds(20));
    }

    void waitFor(String condition, Duration max) throws Exception {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            try {
                if ("true".equals(eval("!!(" + condition + ")"))) {
                    return;
                }
            } catch (IllegalStateException e) {
                // the page is being replaced; ask again
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + condition + " on " + eval("location.href"));
    }

    String text() throws Exception {
        return eval("document.body.innerText");
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the browser is going away anyway
        }
        // Chromium's helpers (renderer, GPU, crash handler) outlive the main process for a moment and
        // keep writing into the profile folder, which then cannot be deleted: stop them all and wait
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        helpers.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle h : helpers) {
                try {
                    h.onExit().get(5, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    h.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
