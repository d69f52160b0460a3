package org.attache.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes the commonest mojibake: UTF-8 bytes that were decoded as Latin-1 or Windows-1252, so that "Â" followed by
 * a no-break space, "Ã©" or "â€™" stand where " ", "é" or "’" were meant.
 *
 * <p>Written by hand because no maintained Java library on Maven Central does this (the well-known fixers are
 * Python's). The rule is general: any run of characters that, read back as single-byte Windows-1252/Latin-1,
 * forms well-formed multi-byte UTF-8 is replaced by what those bytes mean. A run that does not decode cleanly is
 * left as it is, so genuine Latin-1 text ("Málaga") is never damaged.
 */
public final class MojibakeRepair {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private MojibakeRepair() {
    }

    public static String repair(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int length = utf8SequenceLength(text.charAt(i));
            if (length > 1 && i + length <= text.length()) {
                byte[] bytes = singleBytes(text, i, length);
                if (bytes != null && isContinuation(bytes, 1, length)) {
                    String decoded = decodeUtf8(bytes);
                    if (decoded != null) {
                        if (out == null) {
                            out = new StringBuilder(text.length()).append(text, 0, i);
                        }
                        out.append(decoded);
                        i += length;
                        continue;
                    }
                }
            }
            if (out != null) {
                out.append(text.charAt(i));
            }
            i++;
        }
        return out == null ? text : out.toString();
    }

    /** How many bytes a UTF-8 sequence starting with this character (as a byte) has; 1 if it cannot start one. */
    private static int utf8SequenceLength(char c) {
        if (c >= 0xC2 && c <= 0xDF) {
            return 2;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            return 3;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            return 4;
        }
        return 1;
    }

    /**
     * The characters as the single bytes they were decoded from, or null if one is not a single-byte character.
     * Characters up to U+00FF are their Latin-1 byte; others (€, ™, ’ …) their Windows-1252 byte.
     */
    private static byte[] singleBytes(String text, int from, int length) {
        byte[] bytes = new byte[length];
        CharsetEncoder encoder = WINDOWS_1252.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .onMalformedInput(CodingErrorAction.REPORT);
        for (int k = 0; k < length; k++) {
            char c = text.charAt(from + k);
            if (c <= 0xFF) {
                bytes[k] = (byte) c;
                continue;
            }
            try {
                ByteBuffer encoded = encoder.encode(CharBuffer.wrap(new char[] {c}));
                if (encoded.remaining() != 1) {
                    return null;
                }
                bytes[k] = encoded.get();
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        return bytes;
    }

    private static boolean isContinuation(byte[] bytes, int from, int to) {
        for (int k = from; k < to; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
