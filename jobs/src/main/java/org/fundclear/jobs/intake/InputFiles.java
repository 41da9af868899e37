package org.fundclear.jobs.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.jobs.config.UsageException;

/** The files an import command names: spec files, or every spec file in a named directory, in load order. */
public final class InputFiles {
    public record InputFile(Path path, IntakeKind<?> kind) {
    }

    private InputFiles() {
    }

    public static List<InputFile> expand(List<Path> paths) {
        List<InputFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> entries = Files.list(path)) {
                    entries.filter(Files::isRegularFile).sorted().forEach(p -> IntakeKind.forFileName(
                            p.getFileName().toString()).ifPresent(k -> files.add(new InputFile(p, k))));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                IntakeKind<?> kind = IntakeKind.forFileName(path.getFileName().toString())
                        .orElseThrow(() -> new UsageException(path + " is not named like an input file; expected "
                                + IntakeKind.fileNamePatterns()));
                files.add(new InputFile(path, kind));
            } else {
                throw new UsageException("no such file or directory: " + path);
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no input files found in " + paths + "; expected " + IntakeKind.fileNamePatterns());
        }
        files.sort(Comparator.comparingInt((InputFile f) -> IntakeKind.ALL.indexOf(f.kind()))
                .thenComparing(f -> f.path().getFileName().toString()));
        return files;
    }
}
