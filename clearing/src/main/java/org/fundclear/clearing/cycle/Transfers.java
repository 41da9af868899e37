package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_MOVEMENT;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.TRANSFER_INSTRUCTION;
import static org.fundclear.sql.jooq.Tables.TRANSFER_RECEIPT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.Sequences;
import org.fundclear.sql.jooq.tables.records.TransferInstructionRecord;
import org.fundclear.sql.jooq.tables.records.TransferReceiptRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Transfer instructions (资金划拨): on confirmation, one per insured → treatment region with the
 * sum of the pair's net_payable (negative: the treatment region pays back). These gross
 * instructions are the legal basis; netting is only a report. A receipt restores the insured
 * region's advance fund; an instruction may be paid in parts.
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
     * Records one receipt (append-only) against an instruction. An instruction may be paid in parts: it is settled
     * when its receipts sum to its amount. A receipt above what is still owed, of the other sign, or of nothing is
     * refused, as is one for a settled instruction.
     */
    public Receipt recordReceipt(DSLContext dsl, CycleMonth month, String insu, String mdtrtarea, BigDecimal amount,
                                 String reference, LocalDateTime now, String user) {
        var t = TRANSFER_INSTRUCTION;
        String pair = insu + " → " + mdtrtarea + " for " + month;
        TransferInstructionRecord instruction = dsl.selectFrom(t).where(t.CYCLE_MONTH.eq(month.toString()))
                .and(t.INSU_ADMDVS.eq(insu)).and(t.MDTRTAREA_ADMDVS.eq(mdtrtarea)).forUpdate().fetchOptional()
                .orElseThrow(() -> new PeriodTransitionException("no transfer instruction " + pair));
        if (instruction.getReceivedAt() != null) {
            throw new PeriodTransitionException("the transfer " + pair + " was already received in full on "
                    + instruction.getReceivedAt().toLocalDate());
        }
        BigDecimal received = instruction.getReceivedAmount() == null ? BigDecimal.ZERO : instruction.getReceivedAmount();
        BigDecimal owed = instruction.getAmount().subtract(received);
        if (amount.scale() > 2 || amount.signum() == 0 || amount.signum() != owed.signum()
                || amount.abs().compareTo(owed.abs()) > 0) {
            throw new PeriodTransitionException("the transfer " + pair + " is " + instruction.getAmount()
                    + " of which " + owed + " is still owed; a receipt of " + amount + " is refused");
        }
        BigDecimal total = received.add(amount);
        boolean settled = total.compareTo(instruction.getAmount()) == 0;
        dsl.insertInto(TRANSFER_RECEIPT)
                .set(TRANSFER_RECEIPT.ID, dsl.nextval(Sequences.CLEARING_SEQ))
                .set(TRANSFER_RECEIPT.CYCLE_MONTH, month.toString())
                .set(TRANSFER_RECEIPT.INSU_ADMDVS, insu)
                .set(TRANSFER_RECEIPT.MDTRTAREA_ADMDVS, mdtrtarea)
                .set(TRANSFER_RECEIPT.AMOUNT, amount)
                .set(TRANSFER_RECEIPT.RECEIPT_REF, reference)
                .set(TRANSFER_RECEIPT.RECEIVED_AT, now)
                .set(TRANSFER_RECEIPT.RECORDED_BY, user)
                .execute();
        instruction.setReceivedAmount(total);
        instruction.setReceiptRef(reference);
        instruction.setRecordedBy(user);
        if (settled) {
            instruction.setReceivedAt(now);
        }
        instruction.store();
        dsl.insertInto(ADVANCE_FUND_MOVEMENT)
                .set(ADVANCE_FUND_MOVEMENT.ID, dsl.nextval(Sequences.CLEARING_SEQ))
                .set(ADVANCE_FUND_MOVEMENT.INSU_ADMDVS, insu)
                .set(ADVANCE_FUND_MOVEMENT.CYCLE_MONTH, month.toString())
                .set(ADVANCE_FUND_MOVEMENT.MOVEMENT_TYPE, MovementType.RECEIPT.name())
                .set(ADVANCE_FUND_MOVEMENT.AMOUNT, amount)
                .set(ADVANCE_FUND_MOVEMENT.CREATED_AT, now)
                .set(ADVANCE_FUND_MOVEMENT.CREATED_BY, user)
                .set(ADVANCE_FUND_MOVEMENT.NOTE, "transfer to " + mdtrtarea + " received"
                        + (reference == null ? "" : ", ref " + reference))
                .execute();
        boolean monthPaid = dsl.fetchCount(t, t.CYCLE_MONTH.eq(month.toString()).and(t.RECEIVED_AT.isNull())) == 0;
        return new Receipt(instruction.getAmount().subtract(total), settled, monthPaid);
    }

    /** After a receipt: what the instruction still owes, whether it is settled, whether the whole month is. */
    public record Receipt(BigDecimal stillOwed, boolean settled, boolean monthPaid) {
    }

    /** Every receipt of the month, in the order they were recorded. */
    public List<TransferReceiptRecord> receipts(DSLContext dsl, CycleMonth month) {
        return dsl.selectFrom(TRANSFER_RECEIPT).where(TRANSFER_RECEIPT.CYCLE_MONTH.eq(month.toString()))
                .orderBy(TRANSFER_RECEIPT.ID).fetch();
    }

    /** Money moved once any receipt, partial or not, is recorded. */
    public boolean anyReceived(DSLContext dsl, CycleMonth month) {
        return dsl.fetchExists(TRANSFER_RECEIPT, TRANSFER_RECEIPT.CYCLE_MONTH.eq(month.toString()));
    }

    public void withdraw(DSLContext dsl, CycleMonth month) {
        dsl.deleteFrom(TRANSFER_INSTRUCTION).where(TRANSFER_INSTRUCTION.CYCLE_MONTH.eq(month.toString())).execute();
    }
}
