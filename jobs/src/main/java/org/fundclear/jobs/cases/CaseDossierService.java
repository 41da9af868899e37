package org.fundclear.jobs.cases;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.fundclear.audit.casework.Actor;
import org.fundclear.audit.casework.CaseView;
import org.fundclear.audit.casework.FindingView;
import org.fundclear.audit.dossier.Dossier;
import org.fundclear.audit.dossier.DossierQueries;
import org.fundclear.audit.finding.SubjectType;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind a case page. The case is read through {@link CaseService#find}, so a case outside the actor's
 * scope has no dossier either; the settlements read are limited to the same scope.
 */
@Service
public class CaseDossierService {
    private final DSLContext dsl;
    private final CaseService cases;
    private final DossierQueries queries = new DossierQueries();

    public CaseDossierService(DSLContext dsl, CaseService cases) {
        this.dsl = dsl;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public Optional<Dossier> dossier(Actor actor, long caseId) {
        return cases.find(actor, caseId).map(view -> dossier(actor, view));
    }

    /** The dossier of a case the caller already read through {@link CaseService#find} for this actor. */
    @Transactional(readOnly = true)
    public Dossier dossier(Actor actor, CaseView view) {
        SubjectType type = view.row().subjectType();
        String id = view.row().subjectId();
        String month = view.row().month();
        List<String> evidence = view.findings().stream().map(FindingView::setlIds).flatMap(List::stream).toList();
        boolean person = type == SubjectType.PERSON;
        boolean modelled = view.findings().stream().anyMatch(f -> f.ruleId().startsWith("M-"));
        return new Dossier(queries.subject(dsl, type, id), queries.evidence(dsl, actor.scope(), evidence),
                person ? queries.timeline(dsl, actor.scope(), id, YearMonth.parse(month).atEndOfMonth()) : List.of(),
                person ? queries.rings(dsl, month, id) : List.of(),
                modelled ? queries.peers(dsl, month, type, id) : Optional.empty());
    }
}
