package org.diplomacykg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML page's bytes: by its byte-order mark, else the charset its HTTP header declares,
 * else the one its {@code <meta>} declares, else as UTF-8. A charset Java does not know, or bytes
 * that are not what the page declares (or, declaring nothing, not UTF-8), are refused with a
 * message saying which, rather than read as mojibake.
 */
final class HtmlCharset {
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile("(?i)^<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._\\-]+)");

    private HtmlCharset() {
    }

    /** Bytes that cannot be read as text; the message says why, for a line naming the file and record. */
    static final class Undecodable extends Exception {
        Undecodable(String message) {
            super(message);
        }
    }

    /** The page as text; {@code declared} is the HTTP header's charset (null when none). */
    static String decode(byte[] bytes, String declared) throws Undecodable {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (its byte-order mark)");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            return strict(bytes, 0, StandardCharsets.UTF_16, "UTF-16 (its byte-order mark)");
        }
        String name = declared != null && !declared.isBlank() ? declared.strip() : sniff(bytes);
        if (name == null) {
            return strict(bytes, 0, StandardCharsets.UTF_8, "UTF-8 (no charset is declared)");
        }
        Charset cs = charset(name);
        return strict(bytes, 0, cs, cs.name() + " (the charset it declares)");
    }

    /** The charset a {@code <meta>} tag or XML declaration in the first kilobytes names, or null. */
    private static String sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head.stripLeading());
        if (m.find()) {
            return m.group(1);
        }
        m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charset(String name) throws Undecodable {
        try {
            if (Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        } catch (IllegalCharsetNameException e) {
            // reported below, as an unknown one
        }
        throw new Undecodable("declares the charset \"" + name + "\", which is not a known encoding");
    }

    private static String strict(byte[] bytes, int from, Charset cs, String what) throws Undecodable {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new Undecodable("not valid " + what + " text (" + e.getMessage() + ")");
        }
    }
}
