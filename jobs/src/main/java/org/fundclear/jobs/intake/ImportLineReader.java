package org.fundclear.jobs.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.fundclear.clearing.intake.CsvSource;
import org.fundclear.clearing.intake.LineInterpreter;
import org.fundclear.clearing.intake.ParsedLine;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads and interprets a file's lines. With a database server, parsing runs one chunk or two ahead on its own
 * thread, so on two cores it overlaps the server's work instead of adding to it. Lines cross to the step's thread
 * in batches: handing them over one by one woke the parser at every line taken, and on a loaded machine
 * each wake-up waited for a time slice. The embedded database works in this process, on the step's thread and
 * its own writer thread, which already keep two cores busy: there a third thread only competed with them, so the
 * lines are parsed on the step's thread as they are read. The restart point is the number of lines handed to the
 * step in committed chunks; a restarted run skips that many.
 */
class ImportLineReader implements ItemStreamReader<ParsedLine<?>> {
    static final String RECORDS_READ = "records.read";
    private static final Object END = new Object();
    private static final int BATCH = 500;

    private final ImportJobParameters parameters;
    private final int lookahead;
    private final boolean parseAhead;
    private CsvSource inline;
    private LineInterpreter<?> interpreter;
    private BlockingQueue<Object> queue;
    private List<ParsedLine<?>> batch = List.of();
    private int next;
    private Thread parser;
    private long read;
    private boolean ended;

    /** @param parseAhead parse on a thread of its own, up to {@code lookahead} lines ahead of the step */
    ImportLineReader(ImportJobParameters parameters, boolean parseAhead, int lookahead) {
        this.parameters = parameters;
        this.parseAhead = parseAhead;
        this.lookahead = lookahead;
    }

    @Override
    public void open(ExecutionContext context) {
        read = context.getLong(RECORDS_READ, 0L);
        batch = List.of();
        next = 0;
        ended = false;
        CsvSource source = new CsvSource(parameters.file(), parameters.encoding());
        LineInterpreter<?> interpreter = new LineInterpreter<>(parameters.kind(), source.header(), parameters.month());
        long skip = read;
        if (!parseAhead) {
            source.skip(skip);
            this.inline = source;
            this.interpreter = interpreter;
            return;
        }
        queue = new ArrayBlockingQueue<>(Math.max(2, lookahead / BATCH));
        parser = Thread.ofPlatform().name("parse-" + parameters.file().getFileName()).daemon().start(() -> {
            try (source) {
                queue.put(parseAll(source, interpreter, skip));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Queues every line; returns what ends the stream: END, or the error (e.g. an unreadable file) to rethrow. */
    private Object parseAll(CsvSource source, LineInterpreter<?> interpreter, long skip) throws InterruptedException {
        List<ParsedLine<?>> lines = new ArrayList<>(BATCH);
        Object end = END;
        try {
            source.skip(skip);
            for (CsvSource.RawLine raw; (raw = source.next()) != null; ) {
                lines.add(interpreter.interpret(raw));
                if (lines.size() == BATCH) {
                    queue.put(lines);
                    lines = new ArrayList<>(BATCH);
                }
            }
        } catch (RuntimeException e) {
            end = e;
        }
        if (!lines.isEmpty()) {
            queue.put(lines); // the lines read before the end (or the error) come first
        }
        return end;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ParsedLine<?> read() throws InterruptedException {
        if (inline != null) {
            CsvSource.RawLine raw = inline.next();
            if (raw == null) {
                return null;
            }
            read++;
            return interpreter.interpret(raw);
        }
        if (next == batch.size()) {
            if (ended) {
                return null;
            }
            Object taken = queue.take();
            if (taken == END) {
                ended = true;
                return null;
            }
            if (taken instanceof RuntimeException e) {
                ended = true;
                throw e;
            }
            batch = (List<ParsedLine<?>>) taken;
            next = 0;
        }
        read++;
        return batch.get(next++);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(RECORDS_READ, read);
    }

    @Override
    public void close() {
        if (inline != null) {
            inline.close();
            inline = null;
        }
        if (parser != null) {
            parser.interrupt();
            try {
                parser.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ItemStreamException("interrupted while stopping the parser", e);
            }
            parser = null;
        }
    }
}
