package org.fundclear.audit;

import static org.fundclear.sql.jooq.Tables.CATALOG_ITEM;
import static org.fundclear.sql.jooq.Tables.FEE_LINE;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.fundclear.sql.jooq.tables.records.CatalogItemRecord;
import org.fundclear.sql.jooq.tables.records.FeeLineRecord;
import org.fundclear.sql.jooq.tables.records.SettlementRecord;
import org.jooq.DSLContext;

/**
 * Writes settlements, fee lines and catalogue items into a loaded generated month, each copied from one of the
 * month's own (a live settlement of the same med_type), so the tests can add cases the generator never makes.
 */
final class WrittenMonth {
    private static final String GENERAL_OUTPATIENT = "11";

    private final DSLContext dsl;
    private final Map<String, SettlementRecord> templates = new HashMap<>();
    private final FeeLineRecord lineTemplate;
    private final Map<String, String> cycleOf = new HashMap<>();

    WrittenMonth(DSLContext dsl) {
        this.dsl = dsl;
        this.lineTemplate = dsl.selectFrom(FEE_LINE)
                .where(FEE_LINE.SETL_ID.eq(template(GENERAL_OUTPATIENT).getSetlId()))
                .orderBy(FEE_LINE.LINE_NO).limit(1).fetchOne();
    }

    /** The first settlement of the med_type that no reversal took back. */
    private SettlementRecord template(String medType) {
        return templates.computeIfAbsent(medType, type -> dsl.selectFrom(SETTLEMENT).where(
                        SETTLEMENT.MED_TYPE.eq(type), SETTLEMENT.REFD_SETL_FLAG.eq("0"),
                        SETTLEMENT.SETL_ID.notIn(dsl.select(SETTLEMENT.INIT_SETL_ID).from(SETTLEMENT)
                                .where(SETTLEMENT.INIT_SETL_ID.isNotNull())))
                .orderBy(SETTLEMENT.SETL_ID).limit(1).fetchOne());
    }

    /** A general outpatient settlement (limit 7 days) of {@code psn} at the template's institution, 10:00 on the day. */
    String settlement(String psn, String setlId, int day) {
        return settlement(psn, setlId, LocalDateTime.of(2026, 10, day, 10, 0), "2026-10");
    }

    String settlement(String psn, String setlId, LocalDateTime time, String cycleMonth) {
        return write(template(GENERAL_OUTPATIENT).copy(), psn, setlId, time, cycleMonth);
    }

    /** A settlement of the med_type at {@code institution} in the 2026-10 cycle. */
    String settlementAt(String institution, String medType, String psn, String setlId, LocalDateTime time) {
        SettlementRecord s = template(medType).copy();
        s.setFixmedinsCode(institution);
        return write(s, psn, setlId, time, "2026-10");
    }

    private String write(SettlementRecord s, String psn, String setlId, LocalDateTime time, String cycleMonth) {
        s.setSetlId(setlId);
        s.setMdtrtId(setlId);
        s.setPsnNo(psn);
        s.setCycleMonth(cycleMonth);
        s.setSetlMonth(cycleMonth);
        s.setSetlTime(time);
        s.setBegndate(time.toLocalDate());
        s.setEnddate(time.toLocalDate());
        dsl.insertInto(SETTLEMENT).set(s).execute();
        cycleOf.put(setlId, cycleMonth);
        return setlId;
    }

    void line(String setlId, long lineNo, String code, String cnt, String pric, Integer daysSupply) {
        FeeLineRecord f = lineTemplate.copy();
        f.setSetlId(setlId);
        f.setLineNo(lineNo);
        f.setHilistCode(code);
        f.setHilistName("测试项目" + code);
        f.setCnt(new BigDecimal(cnt));
        f.setPric(new BigDecimal(pric));
        f.setDetItemFeeSumamt(new BigDecimal(cnt).multiply(new BigDecimal(pric)).setScale(2));
        f.setDaysSupply(daysSupply);
        f.setCycleMonth(cycleOf.get(setlId));
        dsl.insertInto(FEE_LINE).set(f).execute();
    }

    /** A catalogue item with no restriction but those {@code restriction} sets. */
    String catalogItem(String code, Consumer<CatalogItemRecord> restriction) {
        CatalogItemRecord item = dsl.selectFrom(CATALOG_ITEM).where(CATALOG_ITEM.LIST_TYPE.ne("101"))
                .orderBy(CATALOG_ITEM.HILIST_CODE).limit(1).fetchOne().copy();
        item.setHilistCode(code);
        item.setGendLimit(null);
        item.setMinAge(null);
        item.setMaxAge(null);
        item.setOutpatientAllowed("1");
        item.setPriceCap(null);
        restriction.accept(item);
        dsl.insertInto(CATALOG_ITEM).set(item).execute();
        return code;
    }
}
