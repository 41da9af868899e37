package org.fundclear.jobs.intake;

import java.util.List;
import org.fundclear.clearing.intake.ChunkLoader;
import org.fundclear.clearing.intake.ChunkOutcome;
import org.fundclear.clearing.intake.ImportedFile;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.clearing.intake.ParsedLine;
import org.fundclear.jobs.progress.Progress;
import org.jooq.DSLContext;
import org.jooq.UpdatableRecord;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Hands each chunk to the domain's {@link ChunkLoader} inside the step's transaction. */
class ImportChunkWriter<R extends UpdatableRecord<R>> implements ItemWriter<ParsedLine<?>> {
    private final DSLContext dsl;
    private final ImportedFile file;
    private final ChunkLoader<R> loader;
    private final Progress progress;

    ImportChunkWriter(DSLContext dsl, ImportedFile file, IntakeKind<R> kind, Progress progress) {
        this.dsl = dsl;
        this.file = file;
        this.loader = new ChunkLoader<>(kind);
        this.progress = progress;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(Chunk<? extends ParsedLine<?>> chunk) {
        ChunkOutcome outcome = loader.load(dsl, file, (List<? extends ParsedLine<R>>) (List<?>) chunk.getItems());
        progress.advance(outcome.loaded() + outcome.rejected() + outcome.repeated());
    }
}
