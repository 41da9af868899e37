package org.fundclear.clearing.intake;

import static org.fundclear.clearing.intake.LineFields.reject;
import static org.fundclear.sql.jooq.Tables.LEDGER_ENTRY;

import java.math.BigDecimal;
import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.tables.records.LedgerEntryRecord;
import org.jooq.TableField;

/** An insured-region ledger line (spec "ledger"). */
final class LedgerParser implements LineParser<LedgerEntryRecord> {
    private static final List<TableField<LedgerEntryRecord, BigDecimal>> AMOUNTS = List.of(
            LEDGER_ENTRY.MEDFEE_SUMAMT, LEDGER_ENTRY.FUND_PAY_SUMAMT, LEDGER_ENTRY.ACCT_PAY);

    @Override
    public LedgerEntryRecord parse(LineFields f, CycleMonth cycle) {
        var l = LEDGER_ENTRY;
        LedgerEntryRecord r = LineRecords.newRecord(LEDGER_ENTRY);
        r.setSetlId(f.text(l.SETL_ID, true));
        r.setInsuAdmdvs(f.region(l.INSU_ADMDVS, true));
        r.setMdtrtareaAdmdvs(f.region(l.MDTRTAREA_ADMDVS, true));
        r.setPsnNo(f.text(l.PSN_NO, true));
        r.setSetlTime(f.time(l.SETL_TIME, true));
        r.setMedfeeSumamt(f.amount(l.MEDFEE_SUMAMT, true));
        r.setFundPaySumamt(f.amount(l.FUND_PAY_SUMAMT, true));
        r.setAcctPay(f.amount(l.ACCT_PAY, true));
        r.setRefdSetlFlag(f.code(l.REFD_SETL_FLAG, true, CodeTable.REFD_SETL_FLAG));

        if (r.getInsuAdmdvs().equals(r.getMdtrtareaAdmdvs())) {
            throw reject(l.MDTRTAREA_ADMDVS, RejectReason.SAME_REGION, "insu_admdvs and mdtrtarea_admdvs are both "
                    + r.getInsuAdmdvs());
        }
        CycleMonth month = CycleMonth.of(r.getSetlTime());
        CycleRules.checkNotAfterCycle(l.SETL_TIME, month, cycle);
        if (!SettlementParser.REVERSAL.equals(r.getRefdSetlFlag())) {
            for (TableField<LedgerEntryRecord, BigDecimal> field : AMOUNTS) {
                if (r.get(field).signum() < 0) {
                    throw reject(field, RejectReason.NEGATIVE_AMOUNT, field.getName() + " " + r.get(field)
                            + " is negative on a normal ledger entry");
                }
            }
        }
        r.setSetlMonth(month.toString());
        r.setCycleMonth(cycle.toString());
        r.setLateFlag(CycleRules.lateFlag(month, cycle));
        return r;
    }
}
