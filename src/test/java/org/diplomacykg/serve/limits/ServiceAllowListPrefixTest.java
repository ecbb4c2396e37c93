package org.diplomacykg.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;

/** A listed prefix matches the endpoints under it and nothing that merely looks like them. */
class ServiceAllowListPrefixTest {
    static {
        JenaSystem.init();
    }

    @Test
    void prefixesMatchHostPortAndPathAsTheHttpClientReadsThem() {
        Context cxt = new Context();
        List<String> prefixes = ServiceAllowList.check(List.of("https://Query.Example.org", "http://127.0.0.1:80/sparql"));
        assertEquals(List.of("https://query.example.org/", "http://127.0.0.1:80/sparql"), prefixes);
        ServiceAllowList.configure(cxt, List.of("https://query.example.org", "http://127.0.0.1:80/sparql"), 1000);
        ServiceAllowList list = (ServiceAllowList) org.apache.jena.sparql.service.ServiceExecutorRegistry.get(cxt).getSingleChain().get(0);

        assertTrue(list.allows("https://query.example.org/sparql"));
        assertTrue(list.allows("HTTPS://QUERY.EXAMPLE.ORG/sparql?x=1"));
        assertTrue(list.allows("http://127.0.0.1:80/sparql"));
        assertFalse(list.allows("https://query.example.org.evil.test/sparql"), "a longer host");
        assertFalse(list.allows("https://evil.test/query.example.org/"), "the host in the path");
        assertFalse(list.allows("https://query.example.org@evil.test/"), "user information hiding the host");
        assertFalse(list.allows("http://query.example.org/sparql"), "another scheme");
        assertFalse(list.allows("http://127.0.0.1:8080/sparql"), "another port that starts the same");
        assertFalse(list.allows("http://127.0.0.1/sparql"), "the default port is not written the same");
        assertFalse(list.allows("file:///etc/passwd"));
        assertFalse(list.allows("not an iri"));
    }

    @Test
    void badPrefixesAreRefusedWithTheFlagNamed() {
        for (String bad : List.of("ftp://example.org/", "example.org/sparql", "http:///nohost", "http://user@example.org/")) {
            var e = assertThrows(IllegalArgumentException.class, () -> ServiceAllowList.check(List.of(bad)));
            assertTrue(e.getMessage().contains("--allow-service"), e.getMessage());
        }
    }
}
