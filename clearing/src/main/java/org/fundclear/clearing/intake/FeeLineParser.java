package org.fundclear.clearing.intake;

import static org.fundclear.clearing.intake.LineFields.reject;
import static org.fundclear.sql.jooq.Tables.FEE_LINE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.tables.records.FeeLineRecord;

/** A fee line (spec "fees"): its amount must be cnt × pric rounded half-up to the fen. */
final class FeeLineParser implements LineParser<FeeLineRecord> {

    @Override
    public FeeLineRecord parse(LineFields f, CycleMonth cycle) {
        var fl = FEE_LINE;
        FeeLineRecord r = LineRecords.newRecord(FEE_LINE);
        r.setSetlId(f.text(fl.SETL_ID, true));
        Integer lineNo = f.wholeNumber(fl.LINE_NO, true, 9);
        r.setLineNo(lineNo.longValue());
        r.setListType(f.code(fl.LIST_TYPE, true, CodeTable.LIST_TYPE));
        r.setHilistCode(f.text(fl.HILIST_CODE, true));
        r.setHilistName(f.text(fl.HILIST_NAME, false));
        r.setCnt(f.quantity(fl.CNT, true));
        r.setPric(f.quantity(fl.PRIC, true));
        r.setDetItemFeeSumamt(f.amount(fl.DET_ITEM_FEE_SUMAMT, true));
        r.setDaysSupply(f.wholeNumber(fl.DAYS_SUPPLY, false, 5));
        r.setBilgDrCode(f.text(fl.BILG_DR_CODE, false));
        r.setFeeOcurTime(f.time(fl.FEE_OCUR_TIME, true));

        BigDecimal expected = r.getCnt().multiply(r.getPric()).setScale(2, RoundingMode.HALF_UP);
        if (expected.compareTo(r.getDetItemFeeSumamt()) != 0) {
            throw reject(fl.DET_ITEM_FEE_SUMAMT, RejectReason.FEE_LINE_AMOUNT, "det_item_fee_sumamt "
                    + r.getDetItemFeeSumamt() + " but cnt " + r.getCnt().stripTrailingZeros().toPlainString()
                    + " x pric " + r.getPric().stripTrailingZeros().toPlainString() + " = " + expected);
        }
        CycleRules.checkNotAfterCycle(fl.FEE_OCUR_TIME, CycleMonth.of(r.getFeeOcurTime()), cycle);
        r.setCycleMonth(cycle.toString());
        return r;
    }
}
