package org.fundclear.clearing.intake;

import static org.fundclear.clearing.intake.LineFields.reject;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.tables.records.SettlementRecord;
import org.jooq.TableField;

/**
 * A treatment-region settlement line (spec "settlements"). Field formats are checked first, then
 * the row's invariants in a fixed order, so a line with one defect gets that defect's code.
 */
final class SettlementParser implements LineParser<SettlementRecord> {
    static final List<TableField<SettlementRecord, BigDecimal>> AMOUNTS = List.of(
            SETTLEMENT.MEDFEE_SUMAMT, SETTLEMENT.FULAMT_OWNPAY_AMT, SETTLEMENT.INSCP_SCP_AMT,
            SETTLEMENT.HIFP_PAY, SETTLEMENT.HIFMI_PAY, SETTLEMENT.HIFOB_PAY, SETTLEMENT.CVLSERV_PAY,
            SETTLEMENT.MAF_PAY, SETTLEMENT.OTH_PAY, SETTLEMENT.FUND_PAY_SUMAMT, SETTLEMENT.ACCT_PAY,
            SETTLEMENT.PSN_CASH_PAY);
    /** Positions of the amounts in the record: {@code record.get(field)} looks a field up one by one, per line. */
    private static final int[] AMOUNT_INDEXES = AMOUNTS.stream().mapToInt(SETTLEMENT::indexOf).toArray();
    static final String REVERSAL = "1";

    @Override
    public SettlementRecord parse(LineFields f, CycleMonth cycle) {
        var s = SETTLEMENT;
        SettlementRecord r = LineRecords.newRecord(SETTLEMENT);
        r.setSetlId(f.text(s.SETL_ID, true));
        r.setMdtrtId(f.text(s.MDTRT_ID, true));
        r.setPsnNo(f.text(s.PSN_NO, true));
        r.setCertno(f.text(s.CERTNO, false));
        r.setPsnName(f.text(s.PSN_NAME, false));
        r.setGend(f.code(s.GEND, false, CodeTable.GEND));
        r.setBrdy(f.date(s.BRDY, false));
        r.setInsutype(f.code(s.INSUTYPE, true, CodeTable.INSUTYPE));
        r.setMedType(f.code(s.MED_TYPE, true, CodeTable.MED_TYPE));
        r.setDiseCodg(f.text(s.DISE_CODG, false));
        r.setInsuAdmdvs(f.region(s.INSU_ADMDVS, true));
        r.setMdtrtareaAdmdvs(f.region(s.MDTRTAREA_ADMDVS, true));
        r.setFixmedinsCode(f.text(s.FIXMEDINS_CODE, true));
        r.setBegndate(f.date(s.BEGNDATE, false));
        r.setEnddate(f.date(s.ENDDATE, false));
        r.setSetlTime(f.time(s.SETL_TIME, true));
        r.setMedfeeSumamt(f.amount(s.MEDFEE_SUMAMT, true));
        r.setFulamtOwnpayAmt(f.amount(s.FULAMT_OWNPAY_AMT, false));
        r.setInscpScpAmt(f.amount(s.INSCP_SCP_AMT, false));
        r.setHifpPay(f.amount(s.HIFP_PAY, true));
        r.setHifmiPay(f.amount(s.HIFMI_PAY, false));
        r.setHifobPay(f.amount(s.HIFOB_PAY, false));
        r.setCvlservPay(f.amount(s.CVLSERV_PAY, false));
        r.setMafPay(f.amount(s.MAF_PAY, false));
        r.setOthPay(f.amount(s.OTH_PAY, false));
        r.setFundPaySumamt(f.amount(s.FUND_PAY_SUMAMT, true));
        r.setAcctPay(f.amount(s.ACCT_PAY, true));
        r.setPsnCashPay(f.amount(s.PSN_CASH_PAY, true));
        r.setRefdSetlFlag(f.code(s.REFD_SETL_FLAG, true, CodeTable.REFD_SETL_FLAG));
        r.setInitSetlId(f.text(s.INIT_SETL_ID, false));

        checkRegions(r);
        CycleMonth month = CycleMonth.of(r.getSetlTime());
        CycleRules.checkNotAfterCycle(s.SETL_TIME, month, cycle);
        checkInpatientDates(r);
        checkSigns(r);
        checkSums(r);

        r.setSetlMonth(month.toString());
        r.setCycleMonth(cycle.toString());
        r.setLateFlag(CycleRules.lateFlag(month, cycle));
        return r;
    }

    private static void checkRegions(SettlementRecord r) {
        if (r.getInsuAdmdvs().equals(r.getMdtrtareaAdmdvs())) {
            throw reject(SETTLEMENT.MDTRTAREA_ADMDVS, RejectReason.SAME_REGION, "insu_admdvs and mdtrtarea_admdvs are both "
                    + r.getInsuAdmdvs() + ": a cross-region settlement needs two different regions");
        }
    }

    private static void checkInpatientDates(SettlementRecord r) {
        if (!isInpatient(r.getMedType())) {
            return;
        }
        if (r.getBegndate() == null) {
            throw reject(SETTLEMENT.BEGNDATE, RejectReason.INPATIENT_DATES, "inpatient (med_type 21) needs begndate");
        }
        if (r.getEnddate() == null) {
            throw reject(SETTLEMENT.ENDDATE, RejectReason.INPATIENT_DATES, "inpatient (med_type 21) needs enddate");
        }
        if (r.getEnddate().isBefore(r.getBegndate())) {
            throw reject(SETTLEMENT.ENDDATE, RejectReason.INPATIENT_DATES, "enddate " + r.getEnddate()
                    + " is before begndate " + r.getBegndate());
        }
    }

    /** Spec: med_type 21 is inpatient; local sub-codes of 21 (e.g. 2101) are too. */
    private static boolean isInpatient(String medType) {
        return medType.startsWith("21");
    }

    private static void checkSigns(SettlementRecord r) {
        boolean reversal = REVERSAL.equals(r.getRefdSetlFlag());
        if (reversal && r.getInitSetlId() == null) {
            throw reject(SETTLEMENT.INIT_SETL_ID, RejectReason.REVERSAL_WITHOUT_ORIGIN,
                    "reversal (refd_setl_flag 1) must name the settlement it reverses in init_setl_id");
        }
        for (int i = 0; i < AMOUNT_INDEXES.length; i++) {
            TableField<SettlementRecord, BigDecimal> field = AMOUNTS.get(i);
            BigDecimal amount = (BigDecimal) r.get(AMOUNT_INDEXES[i]);
            if (!reversal && amount.signum() < 0) {
                throw reject(field, RejectReason.NEGATIVE_AMOUNT, field.getName() + " " + amount
                        + " is negative on a normal settlement; only reversals carry negative amounts");
            }
            if (reversal && amount.signum() > 0) {
                throw reject(field, RejectReason.REVERSAL_AMOUNTS, field.getName() + " " + amount
                        + " is positive on a reversal; a reversal carries the negated amounts of its original");
            }
        }
    }

    private static void checkSums(SettlementRecord r) {
        BigDecimal paid = Money.sum(r.getFundPaySumamt(), r.getAcctPay(), r.getPsnCashPay());
        if (r.getMedfeeSumamt().compareTo(paid) != 0) {
            throw reject(SETTLEMENT.MEDFEE_SUMAMT, RejectReason.MEDFEE_SUM, "medfee_sumamt " + r.getMedfeeSumamt()
                    + " but fund_pay_sumamt + acct_pay + psn_cash_pay = " + paid);
        }
        BigDecimal funds = Money.sum(r.getHifpPay(), r.getHifmiPay(), r.getHifobPay(), r.getCvlservPay(),
                r.getMafPay(), r.getOthPay());
        if (r.getFundPaySumamt().compareTo(funds) != 0) {
            throw reject(SETTLEMENT.FUND_PAY_SUMAMT, RejectReason.FUND_SUM, "fund_pay_sumamt " + r.getFundPaySumamt()
                    + " but hifp_pay + hifmi_pay + hifob_pay + cvlserv_pay + maf_pay + oth_pay = " + funds);
        }
    }
}
