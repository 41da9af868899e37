package org.fundclear.clearing.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/** Whole-file facts checked before any line is read: identity (checksum) and encoding validity. */
public final class FileInspection {
    private static final int BUFFER = 1 << 16;
    /** Files up to this size are scanned by one thread: splitting them saves less than it costs. */
    private static final long SPLIT_ABOVE = 8L << 20;
    private static final int MAX_PARTS = 4;

    private FileInspection() {
    }

    /** SHA-256 of the file's bytes: the same bytes are the same import, whatever the file is called. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What one pass over the file tells before any line is loaded: the 0-based offset of the first byte that is not
     * valid in {@code charset}, if any, and the number of data lines (line ends less the header's; a last line
     * without its line end is not counted), the progress total.
     */
    public record Scan(OptionalLong firstInvalidByte, long dataLines) {
    }

    /**
     * The encoding check and the line count in one pass (each alone read the file again: 0.3 s and 0.2 s a million).
     * A large file is read in parts, one per core, split after line ends: the database waits meanwhile, and decoding
     * a million settlements took 0.4 s of one core.
     */
    public static Scan scan(Path file, Charset charset) {
        try {
            long size = Files.size(file);
            return scan(file, charset, size < SPLIT_ABOVE ? 1 : Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** {@link #scan(Path, Charset)} in {@code parts} parts. */
    static Scan scan(Path file, Charset charset, int parts) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long[] bounds = bounds(channel, parts);
            List<Scan> scanned = IntStream.range(0, parts).parallel()
                    .mapToObj(i -> scanPart(file, channel, bounds[i], bounds[i + 1], charset)).toList();
            long lineEnds = 0;
            for (Scan part : scanned) {
                if (part.firstInvalidByte().isPresent()) { // the parts are in file order
                    return new Scan(part.firstInvalidByte(), 0);
                }
                lineEnds += part.dataLines();
            }
            return new Scan(OptionalLong.empty(), Math.max(0, lineEnds - 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Where the parts begin: each just after the first line end at or past its share of the file. No encoding the
     * intake reads uses 0x0A inside a character, so each part decodes on its own.
     */
    private static long[] bounds(FileChannel channel, int parts) throws IOException {
        long size = channel.size();
        long[] bounds = new long[parts + 1];
        bounds[parts] = size;
        ByteBuffer probe = ByteBuffer.allocate(BUFFER);
        for (int k = 1; k < parts; k++) {
            long position = Math.max(bounds[k - 1], size / parts * k);
            bounds[k] = size;
            search:
            while (position < size) {
                probe.clear();
                int n = channel.read(probe, position);
                if (n <= 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    if (probe.get(i) == '\n') {
                        bounds[k] = position + i + 1;
                        break search;
                    }
                }
                position += n;
            }
        }
        return bounds;
    }

    /** The first invalid byte of [{@code from}, {@code to}) and its line ends (as {@code dataLines}). */
    private static Scan scanPart(Path file, FileChannel channel, long from, long to, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        long position = from;
        long consumedBefore = from;
        long lineEnds = 0;
        try {
            while (true) {
                int start = in.position();
                in.limit(start + (int) Math.min(in.remaining(), to - position));
                int n = position < to ? channel.read(in, position) : -1;
                in.limit(in.capacity());
                if (n > 0) {
                    lineEnds += count(in.array(), start, n);
                    position += n;
                }
                boolean end = n < 0 || position >= to;
                in.position(start + Math.max(n, 0)).flip();
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    return new Scan(OptionalLong.of(consumedBefore + in.position()), 0);
                }
                out.clear();
                if (end) {
                    CoderResult flush = decoder.flush(out);
                    if (flush.isError() || in.hasRemaining()) {
                        return new Scan(OptionalLong.of(consumedBefore + in.position()), 0);
                    }
                    return new Scan(OptionalLong.empty(), lineEnds);
                }
                consumedBefore += in.position();
                in.compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Line ends among the bytes just read; no encoding the intake reads (UTF-8, GB18030) uses 0x0A inside a character. */
    private static long count(byte[] bytes, int from, int length) {
        long ends = 0;
        for (int i = from, end = from + length; i < end; i++) {
            if (bytes[i] == '\n') {
                ends++;
            }
        }
        return ends;
    }
}
