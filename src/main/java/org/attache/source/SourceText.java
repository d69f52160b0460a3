package org.attache.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a source file as UTF-8, reporting invalid bytes with their line rather than guessing silently. */
public final class SourceText {
    private SourceText() {
    }

    /**
     * The file's text. Invalid UTF-8 is reported (first bad byte's line) and replaced by U+FFFD so the rest of the
     * file still loads. An empty file is reported and yields nothing.
     */
    public static Optional<String> read(Path file, String name, ProblemLog problems) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0 || isBlank(bytes)) {
            problems.leftOut(name, 1, "empty file: nothing to read");
            return Optional.empty();
        }
        try {
            return Optional.of(strictDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            int offset = firstInvalidByte(bytes);
            problems.report(name, lineOfByte(bytes, offset),
                    "invalid UTF-8 at byte " + offset + ": replaced by U+FFFD; save the file as UTF-8");
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstInvalidByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = strictDecoder().decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
