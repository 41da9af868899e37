package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import static org.fundclear.audit.rules.AuditSql.SETL_DATE;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import org.fundclear.audit.finding.Certainty;
import org.jooq.Record;

/**
 * R09 限年龄: an item billed for a person outside the knowledge base's age range. SQL narrows to lines of
 * age-limited items whose years alone (settlement year less birth year, the age or one more) leave the range in
 * doubt; the exact age on the settlement day is computed in Java (portable date arithmetic). Without the years a
 * month of ten million settlements sent two million lines of age-limited items to Java, sorted, to keep 15,000.
 */
public final class AgeRestrictedItemRule extends SqlRule {
    /** Settlement year less birth year: the age on the settlement day, or one more before the birthday. */
    private static final String YEARS = "(CAST(SUBSTR(" + SETL_DATE + ", 1, 4) AS INT)"
            + " - EXTRACT(YEAR FROM COALESCE(p.brdy, s.brdy)))";

    @Override public String id() { return "R09"; }
    @Override public String reason() { return "限年龄"; }
    @Override public DataLevel level() { return DataLevel.D; }
    @Override public Certainty certainty() { return Certainty.DEFINITE; }
    @Override public String thresholds() { return "catalog.min_age,catalog.max_age"; }

    @Override
    String sql() {
        return "SELECT s.psn_no, s.setl_id, f.det_item_fee_sumamt, 0, NULL, n.hilist_name,"
                + " COALESCE(p.brdy, s.brdy), " + SETL_DATE + ", c.min_age, c.max_age"
                + " FROM audit_item f JOIN catalog_item c ON c.hilist_code = f.hilist_code" + AuditSql.ITEM_VISIT
                + " LEFT JOIN person p ON p.psn_no = s.psn_no" + AuditSql.ITEM_NAME
                + " WHERE f.cycle_month = ? AND s.cycle_month = ? AND (c.min_age IS NOT NULL OR c.max_age IS NOT NULL)"
                + " AND " + AuditSql.restricted("c.min_age IS NOT NULL OR c.max_age IS NOT NULL")
                + " AND COALESCE(p.brdy, s.brdy) IS NOT NULL"
                + " AND ((c.min_age IS NOT NULL AND " + YEARS + " - 1 < c.min_age)"
                + " OR (c.max_age IS NOT NULL AND " + YEARS + " > c.max_age))"
                + " ORDER BY s.psn_no, s.setl_id, f.line_no";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString(), scope.month().toString()};
    }

    @Override
    boolean keep(Record row) {
        int age = age(row);
        Integer min = row.get(8, Integer.class);
        Integer max = row.get(9, Integer.class);
        return (min != null && age < min) || (max != null && age > max);
    }

    @Override
    void collect(Evidence evidence, Record row) {
        Integer min = row.get(8, Integer.class);
        Integer max = row.get(9, Integer.class);
        String range = (min == null ? "" : min + "岁以上") + (min != null && max != null ? "、" : "")
                + (max == null ? "" : max + "岁以下");
        evidence.of(row.get(0, String.class)).add(row.get(1, String.class), row.get(2, BigDecimal.class), age(row),
                null, row.get(5, String.class) + "（限" + range + "）");
    }

    private static int age(Record row) {
        LocalDate birth = row.get(6, Date.class).toLocalDate();
        LocalDate day = LocalDate.parse(row.get(7, String.class));
        return Period.between(birth, day).getYears();
    }

    @Override
    String explain(Evidence.Subject s) {
        return "限年龄：参保人结算时 %s 岁，%s，%d 笔结算，金额 %s 元".formatted(fmt(s.maxMetric), s.detailList(),
                s.setlIds.size(), s.amount().toPlainString());
    }
}
