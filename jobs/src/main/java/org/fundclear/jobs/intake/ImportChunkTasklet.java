package org.fundclear.jobs.intake;

import java.util.function.Supplier;
import org.fundclear.clearing.intake.ChunkLoader;
import org.fundclear.clearing.intake.ImportedFile;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.clearing.intake.ParsedLine;
import org.fundclear.jobs.progress.Progress;
import org.jooq.DSLContext;
import org.jooq.UpdatableRecord;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One chunk of the file per call, in the step's transaction (which also commits the reader's restart point): lines
 * are taken from the reader as the domain's {@link ChunkLoader} stores them, rather than read into a list first,
 * so that on PostgreSQL the server's COPY and the parsing of the next lines run side by side. The step counts the
 * lines read and the rows written; rejects reach the metrics from the file's counts (ImportService), which also hold
 * the finish step's.
 */
class ImportChunkTasklet<R extends UpdatableRecord<R>> implements Tasklet {
    /** Rows the committed chunks stored, kept in the step's context, which commits with each chunk. */
    static final String ROWS_LOADED = "rows.loaded";

    private final DSLContext dsl;
    private final ImportedFile file;
    private final ChunkLoader<R> loader;
    private final ImportLineReader reader;
    private final int chunkSize;
    private final Progress progress;

    ImportChunkTasklet(DSLContext dsl, ImportedFile file, IntakeKind<R> kind, ImportLineReader reader, int chunkSize,
                       Progress progress) {
        this.dsl = dsl;
        this.file = file;
        this.loader = new ChunkLoader<>(kind);
        this.reader = reader;
        this.chunkSize = chunkSize;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        Supplier<ParsedLine<?>> lines = reader.lines();
        ChunkLoader.StreamedChunk chunk = loader.stream(dsl, file, () -> next(lines, contribution), chunkSize);
        contribution.incrementWriteCount(chunk.outcome().loaded());
        ExecutionContext stepContext = context.getStepContext().getStepExecution().getExecutionContext();
        stepContext.putLong(ROWS_LOADED, stepContext.getLong(ROWS_LOADED, 0L) + chunk.outcome().loaded());
        progress.advance(chunk.lines());
        return chunk.lines() < chunkSize ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
    }

    @SuppressWarnings("unchecked")
    private ParsedLine<R> next(Supplier<ParsedLine<?>> lines, StepContribution contribution) {
        ParsedLine<?> line = lines.get();
        if (line != null) {
            contribution.incrementReadCount();
        }
        return (ParsedLine<R>) line;
    }
}
