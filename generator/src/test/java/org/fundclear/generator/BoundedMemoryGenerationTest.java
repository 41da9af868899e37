package org.fundclear.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator streams a month: 100,000 settlements with their fee lines (about 55 MB of CSV, well over 100 MB
 * as Java objects) are written by a JVM limited to a 32 MB heap, twice, to byte-identical files. A generator that
 * held the month's settlements (or persons as objects) would run out of memory here.
 */
class BoundedMemoryGenerationTest {

    private static final int SETTLEMENTS = 100_000;
    private static final String HEAP = "-Xmx32m";

    @TempDir
    Path tmp;

    @Test
    void aLargeMonthIsWrittenInASmallHeapAndTwiceTheSameBytes() throws Exception {
        Map<String, String> first = generateInChildJvm(tmp.resolve("a"));
        Map<String, String> second = generateInChildJvm(tmp.resolve("b"));

        assertThat(first).containsKeys("settlements-2026-10.csv", "fees-2026-10.csv", "ledger-2026-10.csv",
                "persons.csv", "institutions.csv", "filings.csv", "catalog.csv", "regions.csv");
        assertThat(Files.size(tmp.resolve("a/fees-2026-10.csv"))).isGreaterThan(25_000_000L);
        assertThat(second).isEqualTo(first);
    }

    private Map<String, String> generateInChildJvm(Path out) throws IOException, InterruptedException,
            NoSuchAlgorithmException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                GenerateInSmallHeap.class.getName(), "2026-10", out.toString(), Integer.toString(SETTLEMENTS), "11"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("settlements=" + SETTLEMENTS, "maxHeapMb=");
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                digests.put(file.getFileName().toString(), sha256(file));
            }
        }
        return digests;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
