package io.kairos.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Walks the lines of a stream in place: after {@link #next()}, the current line (without its
 * {@code \n} or {@code \r\n}) is {@code buffer()[start(), end())}. No String per line; the buffer
 * grows only for lines longer than it.
 */
final class LineScanner {

    private final InputStream in;
    private byte[] buffer = new byte[1 << 20];
    private int limit;
    private int lineStart;
    private int lineEnd;
    private int nextStart;
    private boolean eof;
    private long lineNumber;

    LineScanner(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        while (true) {
            for (int i = nextStart; i < limit; i++) {
                if (buffer[i] == '\n') {
                    setLine(nextStart, i);
                    nextStart = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (nextStart < limit) {
                    setLine(nextStart, limit);
                    nextStart = limit;
                    return true;
                }
                return false;
            }
            refill();
        }
    }

    private void setLine(int from, int newline) {
        lineStart = from;
        lineEnd = newline > from && buffer[newline - 1] == '\r' ? newline - 1 : newline;
        lineNumber++;
    }

    private void refill() throws IOException {
        int pending = limit - nextStart;
        if (nextStart > 0) {
            System.arraycopy(buffer, nextStart, buffer, 0, pending);
        } else if (pending == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        limit = pending;
        nextStart = 0;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            eof = true;
        } else {
            limit += read;
        }
    }

    byte[] buffer() {
        return buffer;
    }

    int start() {
        return lineStart;
    }

    int end() {
        return lineEnd;
    }

    /** 1-based number of the current line. */
    long lineNumber() {
        return lineNumber;
    }

    boolean isBlank() {
        for (int i = lineStart; i < lineEnd; i++) {
            if (buffer[i] != ' ' && buffer[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
