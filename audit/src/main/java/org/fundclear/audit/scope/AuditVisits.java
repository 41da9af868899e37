package org.fundclear.audit.scope;

import org.fundclear.sql.TableStatistics;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Builds audit_reversed (every reversal's original, V25), audit_visit, the month's live settlements in the
 * narrow form the rules scan (V21), and audit_item, their fee lines with the settlement columns the rules group by
 * (V26): one scan of settlement and one of fee_line, instead of a reversal anti-join and a fee_line-to-settlement
 * join in every rule.
 */
public final class AuditVisits {

    /** On settlement: outpatient and pharmacy med_types of DOMAIN.md §2.3 (11,12,13,14,16,41, local 14xxxx/99xx). */
    public static final String OUTPATIENT =
            "(s.med_type IN ('11','12','13','16','41') OR s.med_type LIKE '14%' OR s.med_type LIKE '99%')";

    /**
     * On settlement: a normal settlement that no reversal has taken back. audit_reversed holds the reversals'
     * originals (built first by every run, keyed by setl_id), so the test is an anti-join on its key rather than on
     * settlement (which would need an index on init_setl_id, slowing every import). NOT EXISTS, not NOT IN: PostgreSQL
     * hashes a NOT IN subquery only while it fits in work_mem and otherwise scans it again for every settlement,
     * which at a million settlements a month happens once audit_reversed holds some months of reversals; an
     * anti-join spills to disk instead (both columns are NOT NULL, so the two mean the same).
     */
    public static final String LIVE = live("s");

    /** {@link #LIVE} for a settlement under another alias. */
    public static String live(String alias) {
        return alias + ".refd_setl_flag = '0' AND NOT EXISTS (SELECT 1 FROM audit_reversed reversed_"
                + " WHERE reversed_.setl_id = " + alias + ".setl_id)";
    }

    private AuditVisits() {
    }

    /**
     * Every reversal's original, in its own transaction: committed before anything reads it, as H2 re-runs a
     * subquery over a table changed in the same transaction for every row instead of hashing it once.
     */
    public static void buildReversed(AuditScope scope) {
        for (int attempt = 1; ; attempt++) {
            try {
                scope.dsl().transaction(tx -> {
                    tx.dsl().execute("DELETE FROM audit_reversed");
                    tx.dsl().execute("INSERT INTO audit_reversed (setl_id) SELECT DISTINCT r.init_setl_id"
                            + " FROM settlement r WHERE r.refd_setl_flag = '1' AND r.init_setl_id IS NOT NULL");
                });
                // statistics taken while it was empty, with the dead rows of earlier runs, had made PostgreSQL plan
                // LIVE as a scan of it for every settlement (audit_visit of 300,000 in 8.5 minutes instead of 0.5 s)
                TableStatistics.refresh(scope.dsl(), "audit_reversed");
                return;
            } catch (IntegrityConstraintViolationException e) {
                // Another month's audit rebuilt the table at the same moment and committed first: rebuild again.
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The month's live settlements; needs {@link #buildReversed} first. */
    static void buildVisits(AuditScope scope) {
        String month = scope.month().toString();
        scope.dsl().transaction(tx -> {
            tx.dsl().execute("DELETE FROM audit_visit WHERE cycle_month = ?", month);
            tx.dsl().execute("INSERT INTO audit_visit (cycle_month, setl_id, psn_no, gend, brdy, fixmedins_code,"
                    + " med_type, outpatient, insu_admdvs, mdtrtarea_admdvs, setl_time, setl_day, medfee_sumamt, paid)"
                    + " SELECT s.cycle_month, s.setl_id, s.psn_no, s.gend, s.brdy, s.fixmedins_code, s.med_type,"
                    + " CASE WHEN " + OUTPATIENT + " THEN '1' ELSE '0' END, s.insu_admdvs, s.mdtrtarea_admdvs,"
                    + " s.setl_time, TO_CHAR(s.setl_time, 'YYYY-MM-DD'), s.medfee_sumamt, s.fund_pay_sumamt + s.acct_pay"
                    + " FROM settlement s WHERE s.cycle_month = ? AND " + LIVE, month);
        });
        TableStatistics.refresh(scope.dsl(), "audit_visit");
    }

    /** The fee lines of the month's live settlements; needs {@link #buildVisits} first. */
    static void buildItems(AuditScope scope) {
        String month = scope.month().toString();
        scope.dsl().transaction(tx -> {
            tx.dsl().execute("DELETE FROM audit_item WHERE cycle_month = ?", month);
            tx.dsl().execute("INSERT INTO audit_item (cycle_month, setl_id, line_no, list_type, hilist_code, cnt, pric,"
                    + " det_item_fee_sumamt, days_supply, bilg_dr_code, psn_no, fixmedins_code, med_type, outpatient,"
                    + " setl_day) SELECT f.cycle_month, f.setl_id, f.line_no, f.list_type, f.hilist_code, f.cnt, f.pric,"
                    + " f.det_item_fee_sumamt, f.days_supply, f.bilg_dr_code, s.psn_no, s.fixmedins_code, s.med_type,"
                    + " s.outpatient, s.setl_day FROM fee_line f JOIN audit_visit s ON s.cycle_month = f.cycle_month"
                    + " AND s.setl_id = f.setl_id WHERE f.cycle_month = ? AND s.cycle_month = ?", month, month);
        });
        TableStatistics.refresh(scope.dsl(), "audit_item");
    }
}
