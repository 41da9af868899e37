package org.fundclear.clearing.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one pass before loading: the first byte the encoding refuses, and the data lines for the progress total. */
class FileInspectionTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    @Test
    void aValidFileHasNoInvalidByteAndCountsItsDataLines() throws Exception {
        Path file = dir.resolve("settlements.csv");
        Files.writeString(file, "setl_id,psn_name\nS1,张三\nS2,李四\nS3,王五\n");

        assertThat(FileInspection.scan(file, StandardCharsets.UTF_8))
                .isEqualTo(new FileInspection.Scan(OptionalLong.empty(), 3));
        assertThat(FileInspection.scan(file, GB18030).dataLines()).as("UTF-8 bytes are also GB18030 characters")
                .isEqualTo(3);
    }

    @Test
    void theFirstInvalidByteIsFoundAcrossBufferBoundaries() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("setl_id,psn_name\n".getBytes(StandardCharsets.UTF_8));
        byte[] line = "S1,张三\n".getBytes(StandardCharsets.UTF_8);
        while (bytes.size() < 200_000) {
            bytes.writeBytes(line);
        }
        int offset = bytes.size();
        bytes.writeBytes("S2,".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("李四\n".getBytes(GB18030)); // GBK bytes in a UTF-8 file
        Path file = dir.resolve("settlements-gbk.csv");
        Files.write(file, bytes.toByteArray());

        assertThat(FileInspection.scan(file, StandardCharsets.UTF_8).firstInvalidByte())
                .hasValue(offset + 3);
        assertThat(FileInspection.scan(file, GB18030).firstInvalidByte()).isEmpty();
    }

    @Test
    void readInPartsTheScanFindsTheSameByteAndCountsTheSameLines() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("setl_id,psn_name\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; bytes.size() < 300_000; i++) {
            bytes.writeBytes(("S" + i + ",张三" + "丰".repeat(i % 13) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path valid = dir.resolve("settlements.csv");
        Files.write(valid, bytes.toByteArray());
        long lines = FileInspection.scan(valid, StandardCharsets.UTF_8, 1).dataLines();
        byte[] broken = bytes.toByteArray();
        int early = lineStartAfter(broken, 150_000);
        broken[early] = (byte) 0xFF; // never valid in UTF-8, here after a whole character
        broken[lineStartAfter(broken, 290_000)] = (byte) 0xFF;
        Path invalid = dir.resolve("settlements-broken.csv");
        Files.write(invalid, broken);

        for (int parts = 2; parts <= 7; parts++) {
            assertThat(FileInspection.scan(valid, StandardCharsets.UTF_8, parts))
                    .as("%d parts", parts).isEqualTo(new FileInspection.Scan(OptionalLong.empty(), lines));
            assertThat(FileInspection.scan(invalid, StandardCharsets.UTF_8, parts).firstInvalidByte())
                    .as("%d parts", parts).hasValue(early);
        }
        assertThat(lines).isGreaterThan(5_000);
    }

    @Test
    void aLastLineWithoutItsLineEndIsNotCounted() throws Exception {
        Path file = dir.resolve("ledger.csv");
        Files.writeString(file, "setl_id\nS1\nS2");

        assertThat(FileInspection.scan(file, StandardCharsets.UTF_8).dataLines()).isEqualTo(1);
    }

    private static int lineStartAfter(byte[] bytes, int from) {
        int i = from;
        while (bytes[i - 1] != '\n') {
            i++;
        }
        return i;
    }
}
