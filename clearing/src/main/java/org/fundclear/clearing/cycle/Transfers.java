package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_MOVEMENT;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.TRANSFER_INSTRUCTION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.Sequences;
import org.fundclear.sql.jooq.tables.records.TransferInstructionRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Transfer instructions (资金划拨): on confirmation, one per insured → treatment region with the
 * sum of the pair's net_payable (negative: the treatment region pays back). These gross
 * instructions are the legal basis; netting is only a report. A receipt restores the insured
 * region's advance fund.
 */
public final class Transfers {
    private final AdvanceFundPolicy policy;

    public Transfers(AdvanceFundPolicy policy) {
        this.policy = policy;
    }

    public int issue(DSLContext dsl, CycleMonth month, LocalDateTime now) {
        String m = month.toString();
        LocalDate due = WorkingDays.after(now.toLocalDate(), policy.transferWorkingDays(), policy.holidays());
        dsl.deleteFrom(TRANSFER_INSTRUCTION).where(TRANSFER_INSTRUCTION.CYCLE_MONTH.eq(m)).execute();
        var t = TRANSFER_INSTRUCTION;
        var amount = DSL.sum(CLEARING_LINE.NET_PAYABLE);
        return dsl.insertInto(t, t.CYCLE_MONTH, t.INSU_ADMDVS, t.MDTRTAREA_ADMDVS, t.AMOUNT, t.ISSUED_AT, t.DUE_DATE)
                .select(DSL.select(DSL.inline(m), CLEARING_LINE.INSU_ADMDVS, CLEARING_LINE.MDTRTAREA_ADMDVS, amount,
                                DSL.val(now), DSL.val(due))
                        .from(CLEARING_LINE).where(CLEARING_LINE.CYCLE_MONTH.eq(m))
                        .groupBy(CLEARING_LINE.INSU_ADMDVS, CLEARING_LINE.MDTRTAREA_ADMDVS)
                        .having(amount.ne(BigDecimal.ZERO)))
                .execute();
    }

    public List<TransferInstructionRecord> list(DSLContext dsl, CycleMonth month) {
        return dsl.selectFrom(TRANSFER_INSTRUCTION).where(TRANSFER_INSTRUCTION.CYCLE_MONTH.eq(month.toString()))
                .orderBy(TRANSFER_INSTRUCTION.INSU_ADMDVS, TRANSFER_INSTRUCTION.MDTRTAREA_ADMDVS).fetch();
    }

    public List<TransferInstructionRecord> overdue(DSLContext dsl, LocalDate today) {
        return dsl.selectFrom(TRANSFER_INSTRUCTION).where(TRANSFER_INSTRUCTION.RECEIVED_AT.isNull())
                .and(TRANSFER_INSTRUCTION.DUE_DATE.lt(today))
                .orderBy(TRANSFER_INSTRUCTION.DUE_DATE, TRANSFER_INSTRUCTION.INSU_ADMDVS).fetch();
    }

    /**
     * Records the receipt of one instruction; the received amount must equal the instruction's (a
     * partial payment is not a receipt). Returns true when every instruction of the month is received.
     */
    public boolean recordReceipt(DSLContext dsl, CycleMonth month, String insu, String mdtrtarea, BigDecimal amount,
                                 String reference, LocalDateTime now, String user) {
        var t = TRANSFER_INSTRUCTION;
        TransferInstructionRecord instruction = dsl.selectFrom(t).where(t.CYCLE_MONTH.eq(month.toString()))
                .and(t.INSU_ADMDVS.eq(insu)).and(t.MDTRTAREA_ADMDVS.eq(mdtrtarea)).fetchOptional()
                .orElseThrow(() -> new PeriodTransitionException("no transfer instruction " + insu + " → " + mdtrtarea
                        + " for " + month));
        if (instruction.getReceivedAt() != null) {
            throw new PeriodTransitionException("the transfer " + insu + " → " + mdtrtarea + " for " + month
                    + " was already received on " + instruction.getReceivedAt().toLocalDate());
        }
        if (instruction.getAmount().compareTo(amount) != 0) {
            throw new PeriodTransitionException("the transfer " + insu + " → " + mdtrtarea + " for " + month + " is "
                    + instruction.getAmount() + ", not " + amount);
        }
        instruction.setReceivedAmount(amount);
        instruction.setReceivedAt(now);
        instruction.setReceiptRef(reference);
        instruction.setRecordedBy(user);
        instruction.store();
        dsl.insertInto(ADVANCE_FUND_MOVEMENT)
                .set(ADVANCE_FUND_MOVEMENT.ID, dsl.nextval(Sequences.CLEARING_SEQ))
                .set(ADVANCE_FUND_MOVEMENT.INSU_ADMDVS, insu)
                .set(ADVANCE_FUND_MOVEMENT.CYCLE_MONTH, month.toString())
                .set(ADVANCE_FUND_MOVEMENT.MOVEMENT_TYPE, MovementType.RECEIPT.name())
                .set(ADVANCE_FUND_MOVEMENT.AMOUNT, amount)
                .set(ADVANCE_FUND_MOVEMENT.CREATED_AT, now)
                .set(ADVANCE_FUND_MOVEMENT.CREATED_BY, user)
                .set(ADVANCE_FUND_MOVEMENT.NOTE, "transfer to " + mdtrtarea + " received, ref " + reference)
                .execute();
        return dsl.fetchCount(t, t.CYCLE_MONTH.eq(month.toString()).and(t.RECEIVED_AT.isNull())) == 0;
    }

    public boolean anyReceived(DSLContext dsl, CycleMonth month) {
        return dsl.fetchExists(TRANSFER_INSTRUCTION, TRANSFER_INSTRUCTION.CYCLE_MONTH.eq(month.toString())
                .and(TRANSFER_INSTRUCTION.RECEIVED_AT.isNotNull()));
    }

    public void withdraw(DSLContext dsl, CycleMonth month) {
        dsl.deleteFrom(TRANSFER_INSTRUCTION).where(TRANSFER_INSTRUCTION.CYCLE_MONTH.eq(month.toString())).execute();
    }
}
