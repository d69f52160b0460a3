package org.attache.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Keys typed as a person types them: each chunk only once the screen shows one more prompt than before it, so a
 * Ctrl-C reaches a line being read, not the start-up.
 */
final class KeysAfterPrompts extends InputStream {
    private final List<byte[]> chunks;
    private final ByteArrayOutputStream screen;
    private final String prompt;
    private int chunk;
    private int next;

    KeysAfterPrompts(ByteArrayOutputStream screen, String prompt, String... chunks) {
        this.screen = screen;
        this.prompt = prompt;
        this.chunks = java.util.Arrays.stream(chunks).map(c -> c.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    public int read() throws IOException {
        if (chunk >= chunks.size()) {
            return -1;
        }
        if (next == 0) {
            awaitPrompt(chunk + 1);
        }
        byte b = chunks.get(chunk)[next++];
        if (next == chunks.get(chunk).length) {
            chunk++;
            next = 0;
        }
        return b & 0xff;
    }

    /** At most the rest of the current chunk: a read never runs on into keys whose prompt has not come. */
    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (chunk >= chunks.size()) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        if (next == 0) {
            awaitPrompt(chunk + 1);
        }
        byte[] keys = chunks.get(chunk);
        int count = Math.min(length, keys.length - next);
        System.arraycopy(keys, next, buffer, offset, count);
        next += count;
        if (next == keys.length) {
            chunk++;
            next = 0;
        }
        return count;
    }

    private void awaitPrompt(int count) throws IOException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (prompts() < count) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the screen never showed prompt " + count + ": " + screen);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
        }
    }

    private int prompts() {
        String shown = screen.toString(StandardCharsets.UTF_8);
        return shown.split(java.util.regex.Pattern.quote(prompt), -1).length - 1;
    }
}
