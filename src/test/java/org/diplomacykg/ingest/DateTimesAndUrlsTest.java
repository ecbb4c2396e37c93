package org.diplomacykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dates and URLs as sources write them, normalised. */
class DateTimesAndUrlsTest {
    @Test
    void datesKeepTheirPrecisionAndTheirOffset() {
        assertEquals("2023-12-17", DateTimes.normalize("2023-12-17"));
        assertEquals("2023-12-17T09:30:00+09:00", DateTimes.normalize("2023-12-17T09:30:00+09:00"));
        assertEquals("2023-12-17T09:30:00+09:00", DateTimes.normalize("2023-12-17T09:30:00.123+0900"));
        assertEquals("2023-12-17T09:30:00Z", DateTimes.normalize("2023-12-17 09:30:00Z"));
        assertEquals("2023-12-17T09:30:00", DateTimes.normalize("2023-12-17T09:30"));
        assertEquals("2023-12-18T08:00:00Z", DateTimes.normalize("Mon, 18 Dec 2023 08:00:00 GMT"));
        assertEquals("2023-12-17", DateTimes.normalize("Dec. 17, 2023"));
        assertEquals("2023-12-18T08:00:00Z", DateTimes.normalize("1702886400"));
        assertNull(DateTimes.normalize("yesterday"));
        assertNull(DateTimes.normalize("2023-13-45"));
        assertNull(DateTimes.normalize(" "));
    }

    @Test
    void instantsOrderVersions() {
        assertTrue(DateTimes.instant("2023-12-17T09:30:00+09:00").isBefore(DateTimes.instant("2023-12-17T01:00:00Z")));
        assertEquals(DateTimes.instant("2023-12-17T00:00:00Z"), DateTimes.instant("2023-12-17"));
    }

    @Test
    void canonicalUrls() {
        assertEquals("https://example.org/a/b?id=1", Urls.canonical("HTTPS://Example.ORG:443/a/b?utm_source=x&id=1&utm_medium=y#frag"));
        assertEquals("http://example.org:8080/", Urls.canonical("http://example.org:8080"));
        assertNull(Urls.canonical("/relative/path"));
        assertNull(Urls.canonical("ftp://example.org/file"));
        assertNull(Urls.canonical("https://exa mple.org/"));
        assertNull(Urls.canonical(null));
    }
}
