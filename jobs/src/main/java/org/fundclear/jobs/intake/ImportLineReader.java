package org.fundclear.jobs.intake;

import java.util.function.Supplier;
import org.fundclear.clearing.intake.CsvSource;
import org.fundclear.clearing.intake.LineInterpreter;
import org.fundclear.clearing.intake.ParsedLine;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads and interprets a file's lines on the load step's thread, as the chunk takes them: on PostgreSQL each line
 * goes into the chunk's COPY as it is read, so the server stores it while the next one is parsed. The restart
 * point is the number of lines handed to the step in committed chunks; a restarted run skips that many.
 */
class ImportLineReader implements ItemStreamReader<ParsedLine<?>> {
    static final String RECORDS_READ = "records.read";

    private final ImportJobParameters parameters;
    private CsvSource source;
    private LineInterpreter<?> interpreter;
    private long read;

    ImportLineReader(ImportJobParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public void open(ExecutionContext context) {
        read = context.getLong(RECORDS_READ, 0L);
        source = new CsvSource(parameters.file(), parameters.encoding());
        interpreter = new LineInterpreter<>(parameters.kind(), source.header(), parameters.month());
        source.skip(read);
    }

    @Override
    public ParsedLine<?> read() {
        CsvSource.RawLine raw = source.next();
        if (raw == null) {
            return null;
        }
        read++;
        return interpreter.interpret(raw);
    }

    /**
     * This reader's {@link #read}, bound to the reader itself: the step holds it through its step-scope proxy, which
     * looks the scoped bean up on every call (0.3 s of a million lines' import); a chunk takes its lines through this.
     */
    public Supplier<ParsedLine<?>> lines() {
        return this::read;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(RECORDS_READ, read);
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
