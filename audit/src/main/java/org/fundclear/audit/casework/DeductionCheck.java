package org.fundclear.audit.casework;

import static org.fundclear.sql.jooq.Tables.AUDIT_FINDING;
import static org.fundclear.sql.jooq.Tables.FEE_LINE;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.clearing.cycle.ClearingAdjustments;
import org.fundclear.clearing.cycle.SettlementPayment;
import org.fundclear.sql.jooq.tables.records.AuditCaseRecord;
import org.jooq.DSLContext;

/**
 * What a confirmed deduction must meet (spec verdicts CSV): a positive amount in fen, on a settlement that has
 * been cleared and not reversed, that is in the case's evidence or belongs to its subject, and at most what the
 * treatment region was paid for it less the deductions already confirmed on it.
 */
final class DeductionCheck {
    private DeductionCheck() {
    }

    static void check(DSLContext t, AuditCaseRecord c, List<Deduction> deductions) {
        Set<String> evidence = evidence(t, c);
        Set<String> seen = new HashSet<>();
        for (Deduction d : deductions) {
            String why = refusal(t, c, evidence, d);
            if (why == null && !seen.add(d.setlId())) {
                why = "named twice in one decision";
            }
            if (why != null) {
                throw new CaseRefusedException("deduction from settlement " + d.setlId() + " refused: " + why);
            }
        }
    }

    private static String refusal(DSLContext t, AuditCaseRecord c, Set<String> evidence, Deduction d) {
        if (d.amount().signum() <= 0) {
            return "the amount must be above 0 (got " + d.amount().toPlainString() + ")";
        }
        if (d.amount().stripTrailingZeros().scale() > 2) {
            return "the amount has more than 2 decimals: " + d.amount().toPlainString();
        }
        SettlementPayment p = ClearingAdjustments.payment(t, d.setlId()).orElse(null);
        if (p == null) {
            return "no such settlement is loaded";
        }
        if ("1".equals(p.refdSetlFlag())) {
            return "it is a reversal (退费) row; deduct from the original settlement";
        }
        if (!evidence.contains(d.setlId()) && !belongsToSubject(t, c, p)) {
            return "it is neither in the case's evidence nor a settlement of " + c.getSubjectType().toLowerCase()
                    + " " + c.getSubjectId();
        }
        if (!p.cleared()) {
            return "it has not been cleared yet (held or its month not cleared); decide after its clearing";
        }
        if (p.reversed()) {
            return "it was reversed (退费): nothing is left to deduct";
        }
        BigDecimal left = p.deductible();
        if (d.amount().compareTo(left) > 0) {
            return "the amount " + d.amount().toPlainString() + " exceeds what can still be deducted, "
                    + left.toPlainString() + " (paid " + p.paid().toPlainString() + ", deducted already "
                    + p.deducted().toPlainString() + ")";
        }
        return null;
    }

    private static boolean belongsToSubject(DSLContext t, AuditCaseRecord c, SettlementPayment p) {
        return switch (SubjectType.valueOf(c.getSubjectType())) {
            case PERSON -> c.getSubjectId().equals(p.psnNo());
            case INSTITUTION -> c.getSubjectId().equals(p.fixmedinsCode());
            case DOCTOR -> t.fetchExists(FEE_LINE, FEE_LINE.SETL_ID.eq(p.setlId())
                    .and(FEE_LINE.BILG_DR_CODE.eq(c.getSubjectId())));
        };
    }

    private static Set<String> evidence(DSLContext t, AuditCaseRecord c) {
        Set<String> ids = new HashSet<>();
        t.select(AUDIT_FINDING.SETL_IDS).from(AUDIT_FINDING).where(AUDIT_FINDING.CYCLE_MONTH.eq(c.getCycleMonth()))
                .and(AUDIT_FINDING.SUBJECT_TYPE.eq(c.getSubjectType())).and(AUDIT_FINDING.SUBJECT_ID.eq(c.getSubjectId()))
                .forEach(r -> ids.addAll(List.of(r.value1().split(";"))));
        return ids;
    }
}
