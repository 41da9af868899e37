package org.fundclear.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator sees: a demo prints no log line, library warning or exception (logs go to the log file), its
 * tables with Chinese region names line up on a terminal, and {@code history} lists the demo's imports, clears and
 * audits with who started them.
 */
class TerminalOutputTest {
    private static final Pattern NOISE = Pattern.compile("INFO|WARN|WARNING|DEBUG|Exception");

    @Test
    void theDemoPrintsSummariesOnlyAlignedByDisplayWidth(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("logs/fundclear.log");
        try (TestDatabase db = TestDatabase.h2()) {
            CliRun demo;
            // the production logging set-up (logback.xml) instead of the test jar's console logging
            System.setProperty("logging.config", "classpath:logback.xml");
            System.setProperty("logging.file.name", log.toString());
            try {
                demo = CliRun.of("", "demo", "--out", dir.resolve("out").toString(), "--settlements", "400",
                        "--month", "2026-05", "--db", db.url());
            } finally {
                System.clearProperty("logging.config");
                System.clearProperty("logging.file.name");
            }
            assertThat(demo.code()).as(demo.err()).isZero();
            for (String line : (demo.out() + demo.err()).lines().toList()) {
                assertThat(NOISE.matcher(line).find()).as("printed: %s", line).isFalse();
            }
            assertThat(log).exists();
            assertThat(Files.readString(log)).contains("INFO");

            List<String> owed = owedTable(demo.out());
            assertThat(owed).hasSizeGreaterThan(3).anyMatch(l -> l.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
            assertThat(owed.stream().map(TerminalOutputTest::displayWidth).distinct())
                    .as("the owed-per-region table (right-aligned last column) ends in one column:%n%s",
                            String.join("\n", owed)).hasSize(1);

            CliRun history = CliRun.of("", "history", "--db", db.url());
            assertThat(history.code()).isZero();
            assertThat(history.out()).contains("import", "clear", "audit", "settlements-2026-05.csv", "2026-04");
            assertThat(history.out().lines().filter(l -> l.contains(" clear ") || l.contains(" audit ")))
                    .isNotEmpty().allMatch(l -> l.contains("COMPLETED") && l.stripTrailing().endsWith("demo"));
        }
    }

    /** The first month's table of what each insured region owes: the lines after its title up to a blank line. */
    private static List<String> owedTable(String out) {
        List<String> lines = out.lines().toList();
        int title = lines.indexOf(lines.stream().filter(l -> l.contains("what each insured region owes")).findFirst()
                .orElseThrow());
        return lines.subList(title + 1, lines.size()).stream().takeWhile(l -> !l.isBlank()).toList();
    }

    private static int displayWidth(String line) {
        return line.codePoints().map(c -> c >= 0x2E80 && c <= 0xFFE6 ? 2 : 1).sum();
    }
}
