package org.fundclear.jobs.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Data lines of a file (line ends minus the header), for a progress total: a raw byte scan, no decoding. */
public final class LineCount {
    private LineCount() {
    }

    /** The data lines, or -1 when the file cannot be read (the import itself then says why). */
    public static long dataLines(Path file) {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return Math.max(0, lines - 1);
    }
}
