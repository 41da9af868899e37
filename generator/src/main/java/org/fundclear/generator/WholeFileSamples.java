package org.fundclear.generator;

import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/** Settlement files that test whole-file handling: bad encoding, missing column, GB18030, BOM. */
final class WholeFileSamples {

    private static final String MARKER = "\u0001BAD\u0001";
    /** A lone UTF-8 lead byte followed by '(' instead of a continuation byte. */
    private static final byte[] INVALID_UTF8 = {(byte) 0xC3, (byte) 0x28};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final Charset GB18030 = Charset.forName("GB18030");

    private final SettlementFactory factory;
    private final YearMonth month;
    private final SplittableRandom rng;

    WholeFileSamples(SettlementFactory factory, YearMonth month, SplittableRandom rng) {
        this.factory = factory;
        this.month = month;
        this.rng = rng;
    }

    /**
     * Eight rows; the name on data line {@code badLine} gets an invalid byte sequence after its surname.
     *
     * @return the 0-based offset of the first invalid byte
     */
    long badEncoding(Path file, int badLine) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String surname = "";
        try (CsvWriter out = CsvWriter.builder().build(bytes, StandardCharsets.UTF_8)) {
            out.writeRecord(SpecHeaders.SETTLEMENTS);
            for (int i = 1; i <= 8; i++) {
                FieldRow row = withNames(factory.create(randomDay()));
                if (i == badLine) {
                    surname = row.get("psn_name").substring(0, 1);
                    row.set("psn_name", surname + MARKER + row.get("psn_name").substring(1));
                }
                out.writeRecord(row.fields());
            }
        }
        byte[] content = bytes.toByteArray();
        byte[] marker = MARKER.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(content, marker);
        ByteArrayOutputStream spliced = new ByteArrayOutputStream(content.length);
        spliced.write(content, 0, at);
        spliced.write(INVALID_UTF8);
        spliced.write(content, at + marker.length, content.length - at - marker.length);
        Files.write(file, spliced.toByteArray());
        return at;
    }

    /** Ten valid rows without {@code column}, header included. */
    void missingColumn(Path file, String column) throws IOException {
        try (CsvWriter out = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
            out.writeRecord(SpecHeaders.SETTLEMENTS.stream().filter(c -> !c.equals(column)).toList());
            for (int i = 0; i < 10; i++) {
                out.writeRecord(FieldRow.settlement(factory.create(randomDay())).without(column));
            }
        }
    }

    /** Valid rows with Chinese names, encoded in GB18030 (which is invalid as UTF-8). */
    void gb18030(Path file, int rows) throws IOException {
        try (CsvWriter out = CsvWriter.builder().build(file, GB18030)) {
            out.writeRecord(SpecHeaders.SETTLEMENTS);
            for (int i = 0; i < rows; i++) {
                out.writeRecord(withNames(factory.create(randomDay())).fields());
            }
        }
    }

    /** Valid rows, UTF-8 with a byte order mark. */
    void withBom(Path file, int rows) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            stream.write(UTF8_BOM);
            try (CsvWriter out = CsvWriter.builder().build(stream, StandardCharsets.UTF_8)) {
                out.writeRecord(SpecHeaders.SETTLEMENTS);
                for (int i = 0; i < rows; i++) {
                    out.writeRecord(SpecRows.settlement(factory.create(randomDay())));
                }
            }
        }
    }

    /** The row with the person's details filled in even where the generator chose to leave them out. */
    private static FieldRow withNames(Settlement s) {
        Person p = s.person();
        return FieldRow.settlement(s).set("certno", p.certno()).set("psn_name", p.name())
                .set("gend", Integer.toString(p.gend())).set("brdy", Formats.date(p.brdy()));
    }

    private LocalDate randomDay() {
        return month.atDay(1 + rng.nextInt(month.lengthOfMonth()));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("marker not found");
    }
}
