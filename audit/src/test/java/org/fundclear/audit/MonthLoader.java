package org.fundclear.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.fundclear.clearing.intake.ChunkLoader;
import org.fundclear.clearing.intake.CsvSource;
import org.fundclear.clearing.intake.ImportCounts;
import org.fundclear.clearing.intake.ImportFileRepository;
import org.fundclear.clearing.intake.ImportedFile;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.clearing.intake.LineInterpreter;
import org.fundclear.clearing.intake.ParsedLine;
import org.fundclear.clearing.intake.PostLoadChecks;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.TableStatistics;
import org.jooq.DSLContext;
import org.jooq.UpdatableRecord;

/** Loads a generated month through clearing's public intake API (no Spring), as the import job does. */
final class MonthLoader {
    private static final int CHUNK = 5000;

    private MonthLoader() {
    }

    /** Loads every spec file of the directory, reference data first; asserts nothing was rejected. */
    static void load(DSLContext dsl, Path dir, CycleMonth month) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> IntakeKind.forFileName(p.getFileName().toString()).isPresent())
                    .sorted(Comparator.comparing((Path p) -> IntakeKind.ALL.indexOf(kindOf(p)))
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
        }
        for (Path file : files) {
            ImportCounts counts = loadFile(dsl, file, kindOf(file), month);
            assertThat(counts.rejected()).as("rejects in " + file.getFileName()).isZero();
        }
    }

    private static IntakeKind<?> kindOf(Path file) {
        return IntakeKind.forFileName(file.getFileName().toString()).orElseThrow();
    }

    private static <R extends UpdatableRecord<R>> ImportCounts loadFile(DSLContext dsl, Path file, IntakeKind<R> kind,
                                                                          CycleMonth month) throws IOException {
        ImportFileRepository files = new ImportFileRepository(Clock.systemUTC());
        ImportedFile imported = files.register(dsl, file.getFileName().toString(), kind,
                file.getFileName() + ":" + Files.size(file), "UTF-8", month, null);
        ChunkLoader<R> loader = new ChunkLoader<>(kind);
        try (CsvSource source = new CsvSource(file, StandardCharsets.UTF_8)) {
            LineInterpreter<R> interpreter = new LineInterpreter<>(kind, source.header(), month);
            List<ParsedLine<R>> chunk = new ArrayList<>();
            long loaded = 0;
            for (CsvSource.RawLine line = source.next(); line != null; line = source.next()) {
                chunk.add(interpreter.interpret(line.line(), line.fields()));
                if (chunk.size() == CHUNK) {
                    loaded += flush(dsl, loader, imported, chunk);
                }
            }
            loaded += flush(dsl, loader, imported, chunk);
            TableStatistics.refreshMonth(dsl, kind.table(), month.toString());
            long rejected = new PostLoadChecks().run(dsl, kind, imported).rejected();
            return files.finish(dsl, imported, loaded - rejected);
        }
    }

    /** The chunk's loaded rows. */
    private static <R extends UpdatableRecord<R>> int flush(DSLContext dsl, ChunkLoader<R> loader, ImportedFile file,
                                                             List<ParsedLine<R>> chunk) {
        List<ParsedLine<R>> copy = List.copyOf(chunk);
        int loaded = dsl.transactionResult(tx -> loader.load(tx.dsl(), file, copy)).loaded();
        chunk.clear();
        return loaded;
    }
}
