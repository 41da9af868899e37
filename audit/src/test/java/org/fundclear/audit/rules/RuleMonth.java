package org.fundclear.audit.rules;

import static org.fundclear.sql.jooq.Tables.CATALOG_ITEM;
import static org.fundclear.sql.jooq.Tables.FEE_LINE;
import static org.fundclear.sql.jooq.Tables.FILING;
import static org.fundclear.sql.jooq.Tables.INSTITUTION;
import static org.fundclear.sql.jooq.Tables.PERSON;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.testing.TestDatabase;
import org.fundclear.sql.jooq.tables.records.CatalogItemRecord;
import org.fundclear.sql.jooq.tables.records.FeeLineRecord;
import org.fundclear.sql.jooq.tables.records.SettlementRecord;
import org.jooq.DSLContext;

/**
 * An empty migrated database (H2 unless told) into which a rule test writes only the rows it needs: settlements (by default a
 * general outpatient visit in October 2026 of a person insured in Beijing, 110100, treated in Kunming, 530100, at
 * institution H1, the funds and account paying 100.00), fee lines, catalogue items, persons and filings.
 */
final class RuleMonth implements AutoCloseable {
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final CycleMonth MONTH = new CycleMonth(OCTOBER);

    private final TestDatabase db;

    RuleMonth() {
        this(DatabaseVendor.H2);
    }

    RuleMonth(DatabaseVendor vendor) {
        db = TestDatabase.create(vendor);
    }

    DSLContext dsl() {
        return db.dsl();
    }

    static LocalDateTime oct(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 10, day, hour, minute);
    }

    /** A settlement of {@code psn} at {@code time}; {@code shape} changes what differs from the default visit. */
    String visit(String psn, String setlId, LocalDateTime time, Consumer<SettlementRecord> shape) {
        SettlementRecord s = dsl().newRecord(SETTLEMENT);
        s.setSetlId(setlId);
        s.setMdtrtId(setlId);
        s.setPsnNo(psn);
        s.setInsutype("310");
        s.setMedType("11");
        s.setInsuAdmdvs("110100");
        s.setMdtrtareaAdmdvs("530100");
        s.setFixmedinsCode("H1");
        s.setBegndate(time.toLocalDate());
        s.setEnddate(time.toLocalDate());
        s.setSetlTime(time);
        s.setSetlMonth(YearMonth.from(time).toString());
        s.setCycleMonth(YearMonth.from(time).toString());
        s.setRefdSetlFlag("0");
        s.setLateFlag("0");
        s.setImportFileId(1L);
        s.setFileLine(1L);
        paid(s, new BigDecimal("100.00"));
        shape.accept(s);
        s.insert();
        return setlId;
    }

    String visit(String psn, String setlId, LocalDateTime time) {
        return visit(psn, setlId, time, s -> { });
    }

    /** Sets what the funds (and the account: nothing) paid, and a total of that plus nothing in cash. */
    static void paid(SettlementRecord s, BigDecimal amount) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        s.setMedfeeSumamt(amount);
        s.setFulamtOwnpayAmt(zero);
        s.setInscpScpAmt(amount);
        s.setHifpPay(amount);
        s.setHifmiPay(zero);
        s.setHifobPay(zero);
        s.setCvlservPay(zero);
        s.setMafPay(zero);
        s.setOthPay(zero);
        s.setFundPaySumamt(amount);
        s.setAcctPay(zero);
        s.setPsnCashPay(zero);
    }

    static Consumer<SettlementRecord> at(String institution) {
        return s -> s.setFixmedinsCode(institution);
    }

    static Consumer<SettlementRecord> medType(String medType) {
        return s -> s.setMedType(medType);
    }

    static Consumer<SettlementRecord> paying(String yuan) {
        return s -> paid(s, new BigDecimal(yuan));
    }

    /** A fee line of {@code cnt × pric} of the item on the settlement. */
    void line(String setlId, long lineNo, String code, String cnt, String pric, Integer daysSupply) {
        SettlementRecord s = dsl().selectFrom(SETTLEMENT).where(SETTLEMENT.SETL_ID.eq(setlId)).fetchSingle();
        FeeLineRecord f = dsl().newRecord(FEE_LINE);
        f.setSetlId(setlId);
        f.setLineNo(lineNo);
        f.setListType(daysSupply == null ? "201" : "101");
        f.setHilistCode(code);
        f.setHilistName("项目" + code);
        f.setCnt(new BigDecimal(cnt));
        f.setPric(new BigDecimal(pric));
        f.setDetItemFeeSumamt(new BigDecimal(cnt).multiply(new BigDecimal(pric)).setScale(2, java.math.RoundingMode.HALF_UP));
        f.setDaysSupply(daysSupply);
        f.setFeeOcurTime(s.getSetlTime());
        f.setCycleMonth(s.getCycleMonth());
        f.setImportFileId(1L);
        f.setFileLine(lineNo);
        f.insert();
    }

    /** A catalogue item restricted only as {@code restriction} says. */
    String item(String code, Consumer<CatalogItemRecord> restriction) {
        CatalogItemRecord c = dsl().newRecord(CATALOG_ITEM);
        c.setHilistCode(code);
        c.setHilistName("项目" + code);
        c.setListType("201");
        c.setOutpatientAllowed("1");
        c.setImportFileId(1L);
        c.setFileLine(1L);
        restriction.accept(c);
        c.insert();
        return code;
    }

    void institution(String code, String kind, String level, String admdvs) {
        dsl().insertInto(INSTITUTION).set(INSTITUTION.FIXMEDINS_CODE, code).set(INSTITUTION.FIXMEDINS_NAME, "机构" + code)
                .set(INSTITUTION.ADMDVS, admdvs).set(INSTITUTION.KIND, kind).set(INSTITUTION.HOSP_LV, level)
                .set(INSTITUTION.IMPORT_FILE_ID, 1L).set(INSTITUTION.FILE_LINE, 1L).execute();
    }

    void person(String psn, String gend, LocalDate birth, LocalDate death) {
        dsl().insertInto(PERSON).set(PERSON.PSN_NO, psn).set(PERSON.GEND, gend).set(PERSON.BRDY, birth)
                .set(PERSON.DEATH_DATE, death).set(PERSON.INSU_ADMDVS, "110100").set(PERSON.INSUTYPE, "310")
                .set(PERSON.IMPORT_FILE_ID, 1L).set(PERSON.FILE_LINE, 1L).execute();
    }

    void filing(String psn, String dest, LocalDate from, LocalDate to) {
        dsl().insertInto(FILING).set(FILING.PSN_NO, psn).set(FILING.FIL_TYPE, "LONG").set(FILING.INSU_ADMDVS, "110100")
                .set(FILING.DEST_ADMDVS, dest).set(FILING.BEGNDATE, from).set(FILING.ENDDATE, to)
                .set(FILING.IMPORT_FILE_ID, 1L).set(FILING.FILE_LINE, 1L).execute();
    }

    /** The rule's findings on October, in their order. */
    List<Finding> findings(AuditRule rule) {
        return rule.evaluate(new AuditScope(dsl(), MONTH));
    }

    /** The subjects the rule flags in {@code month}, sorted. */
    List<String> flagged(AuditRule rule, CycleMonth month) {
        return rule.evaluate(new AuditScope(dsl(), month)).stream().map(Finding::subjectId).sorted().toList();
    }

    /** The subjects the rule flags in October, sorted. */
    List<String> flagged(AuditRule rule) {
        return findings(rule).stream().map(Finding::subjectId).sorted().toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
