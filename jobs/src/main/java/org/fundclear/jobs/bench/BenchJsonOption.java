package org.fundclear.jobs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundclear.jobs.config.UsageException;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code --json FILE} of every bench command: the result as JSON besides the table on the terminal. */
public class BenchJsonOption {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON to FILE")
    Path file;

    public void write(BenchReport report) {
        if (file == null) {
            return;
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, JSON.writeValueAsString(report) + System.lineSeparator());
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
