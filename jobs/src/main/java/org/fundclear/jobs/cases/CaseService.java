package org.fundclear.jobs.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fundclear.audit.casework.ActionInput;
import org.fundclear.audit.casework.Actor;
import org.fundclear.audit.casework.BulkResult;
import org.fundclear.audit.casework.CaseAction;
import org.fundclear.audit.casework.CaseDashboard;
import org.fundclear.audit.casework.CaseNotFoundException;
import org.fundclear.audit.casework.CasePage;
import org.fundclear.audit.casework.CaseQuery;
import org.fundclear.audit.casework.CaseQueue;
import org.fundclear.audit.casework.CaseRefusedException;
import org.fundclear.audit.casework.CaseRow;
import org.fundclear.audit.casework.CaseStatus;
import org.fundclear.audit.casework.CaseView;
import org.fundclear.audit.casework.CaseWork;
import org.fundclear.audit.casework.CasesCsv;
import org.fundclear.audit.casework.Dashboard;
import org.fundclear.audit.casework.UserDirectory;
import org.fundclear.audit.casework.VerdictFile;
import org.fundclear.audit.casework.VerdictImport;
import org.fundclear.clearing.access.Role;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.config.UsageException;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The inspectors' use cases, called by the CLI ({@code cases}, {@code verdicts}) and the console alike. Every read
 * is limited to the actor's region scope in the query; every change goes through the case workflow and its trail.
 */
@Service
public class CaseService {
    private final DSLContext dsl;
    private final CaseWork work;
    private final ObjectProvider<UserDirectory> users;

    public CaseService(DSLContext dsl, CaseWork work, ObjectProvider<UserDirectory> users) {
        this.dsl = dsl;
        this.work = work;
        this.users = users;
    }

    /** The queue as the console shows it, within the actor's scope. */
    public CasePage queue(Actor actor, CaseQuery query) {
        return CaseQueue.page(dsl, actor.scope(), query, work.today());
    }

    /** A case the actor may see, with findings, trail, verdicts and the actions the actor may take now. */
    public Optional<CaseView> find(Actor actor, long caseId) {
        return work.view(dsl, actor, caseId);
    }

    /**
     * Applies one action; {@code expectedVersion} is the version the user saw (a stale one is a
     * {@link org.fundclear.audit.casework.CaseConflictException}); refusals are
     * {@link org.fundclear.audit.casework.CaseRefusedException} with the reason.
     */
    public CaseRow act(Actor actor, long caseId, long expectedVersion, CaseAction action, ActionInput input) {
        if (action == CaseAction.ASSIGN) {
            checkAssignee(actor, caseId, input.assignee());
        }
        return work.act(dsl, actor, caseId, expectedVersion, action, input, CaseWork.Source.CONSOLE);
    }

    /** CLAIM, ASSIGN or DISMISS on many cases at once; each is applied or refused on its own. */
    public BulkResult bulk(Actor actor, List<Long> caseIds, CaseAction action, ActionInput input) {
        if (action != CaseAction.CLAIM && action != CaseAction.ASSIGN && action != CaseAction.DISMISS) {
            throw new CaseRefusedException(action + " is not a bulk action (CLAIM, ASSIGN or DISMISS)");
        }
        List<Long> applied = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (long id : caseIds) {
            try {
                CaseRow row = CaseQueue.find(dsl, actor.scope(), id, work.today())
                        .orElseThrow(() -> new CaseNotFoundException(id));
                act(actor, id, row.version(), action, input);
                applied.add(id);
            } catch (CaseRefusedException e) {
                refused.add(e.getMessage());
            }
        }
        return new BulkResult(applied, refused);
    }

    /** Records that the actor saw a case's personal data unmasked (the trail keeps who, when and what). */
    public void recordUnmask(Actor actor, long caseId, String what) {
        work.recordUnmask(dsl, actor, caseId, what);
    }

    public Dashboard dashboard(Actor actor, String month) {
        return CaseDashboard.compute(dsl, actor.scope(), month, work.today());
    }

    /** Writes cases-YYYY-MM.csv (spec/README.md) for every case of the month; returns the file. */
    public Path writeCasesCsv(CycleMonth month, Path dir) {
        return CasesCsv.write(dsl, month, dir, work.today());
    }

    /** Applies a verdicts file as the 违规处理 decision of {@code user} (who must hold SUPERVISOR). */
    public VerdictImport applyVerdicts(CycleMonth month, String user, Path file) {
        Actor supervisor = directory().actor(user)
                .orElseThrow(() -> new UsageException("no active console user " + user + "; create one with "
                        + "./fundclear user add " + user + " --role SUPERVISOR"));
        if (!supervisor.has(Role.SUPERVISOR)) {
            throw new UsageException(user + " does not hold the SUPERVISOR role: a verdicts file is the 违规处理 "
                    + "decision (roles: " + supervisor.roles() + ")");
        }
        try {
            return VerdictFile.apply(dsl, work, supervisor, month, file);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private void checkAssignee(Actor actor, long caseId, String assignee) {
        if (assignee == null || assignee.isBlank()) {
            return; // the workflow says what is missing
        }
        CaseRow row = CaseQueue.find(dsl, actor.scope(), caseId, work.today())
                .orElseThrow(() -> new CaseNotFoundException(caseId));
        CaseStatus stage = row.status() == CaseStatus.NEW ? CaseStatus.INITIAL_REVIEW : row.status();
        Role needed = stage.worker().orElse(null);
        Optional<Actor> target = directory().actor(assignee.trim());
        if (target.isEmpty()) {
            throw new CaseRefusedException("no active user " + assignee + " to assign case " + caseId + " to");
        }
        if (needed != null && !target.get().has(needed)) {
            throw new CaseRefusedException(assignee + " does not hold the " + needed + " role that "
                    + stage.label() + " needs");
        }
    }

    private UserDirectory directory() {
        return users.getIfAvailable(() -> name -> Optional.empty());
    }
}
