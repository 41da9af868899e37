package org.fundclear.jobs.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fundclear.audit.casework.ActionInput;
import org.fundclear.audit.casework.Actor;
import org.fundclear.audit.casework.BulkResult;
import org.fundclear.audit.casework.CaseAction;
import org.fundclear.audit.casework.CasePage;
import org.fundclear.audit.casework.CaseQuery;
import org.fundclear.audit.casework.CaseRow;
import org.fundclear.audit.casework.CaseView;
import org.fundclear.audit.casework.Dashboard;
import org.fundclear.audit.casework.VerdictImport;
import org.fundclear.clearing.model.CycleMonth;
import org.springframework.stereotype.Service;

/**
 * The inspectors' use cases, called by the CLI ({@code cases}, {@code verdicts}) and the console alike. Every read
 * is limited to the actor's region scope in the query; every change goes through the case workflow and its trail.
 */
@Service
public class CaseService {

    /** The queue as the console shows it, within the actor's scope. */
    public CasePage queue(Actor actor, CaseQuery query) {
        throw new UnsupportedOperationException("casework: not built yet");
    }

    /** A case the actor may see, with findings, trail, verdicts and the actions the actor may take now. */
    public Optional<CaseView> find(Actor actor, long caseId) {
        throw new UnsupportedOperationException("casework: not built yet");
    }

    /**
     * Applies one action; {@code expectedVersion} is the version the user saw (a stale one is a
     * {@link org.fundclear.audit.casework.CaseConflictException}); refusals are
     * {@link org.fundclear.audit.casework.CaseRefusedException} with the reason.
     */
    public CaseRow act(Actor actor, long caseId, long expectedVersion, CaseAction action, ActionInput input) {
        throw new UnsupportedOperationException("casework: not built yet");
    }

    /** CLAIM, ASSIGN or DISMISS on many cases at once; each is applied or refused on its own. */
    public BulkResult bulk(Actor actor, List<Long> caseIds, CaseAction action, ActionInput input) {
        throw new UnsupportedOperationException("casework: not built yet");
    }

    /** Records that the actor saw a case's personal data unmasked (the trail keeps who, when and what). */
    public void recordUnmask(Actor actor, long caseId, String what) {
        throw new UnsupportedOperationException("casework: not built yet");
    }

    public Dashboard dashboard(Actor actor, String month) {
        throw new UnsupportedOperationException("casework: not built yet");
    }

    /** Writes cases-YYYY-MM.csv (spec/README.md) for every case of the month; returns the file. */
    public Path writeCasesCsv(CycleMonth month, Path dir) {
        throw new UnsupportedOperationException("casework: not built yet");
    }

    /** Applies a verdicts file as the 违规处理 decision of {@code user} (who must hold SUPERVISOR). */
    public VerdictImport applyVerdicts(CycleMonth month, String user, Path file) {
        throw new UnsupportedOperationException("casework: not built yet");
    }
}
