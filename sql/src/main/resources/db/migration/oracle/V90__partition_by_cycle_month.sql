-- Settlements, their fee lines and the ledger partitioned by cycle month (docs/scale.md): a month's clear
-- and the audit's 90-day look-backs read only their months' partitions. AUTOMATIC list partitioning
-- creates a month's partition when its first row arrives, so the import needs no helper on Oracle.
-- The conversion is online and keeps the keys' uniqueness across months with global primary-key indexes
-- (setl_id alone identifies a settlement and its ledger row, whatever month a late row lands in);
-- the cycle-month indexes become local, the file indexes (an import's own rows) stay global.
ALTER TABLE settlement MODIFY
    PARTITION BY LIST (cycle_month) AUTOMATIC (PARTITION p_settlement_first VALUES ('2000-01'))
    ONLINE UPDATE INDEXES (pk_settlement GLOBAL, ix_settlement_cycle LOCAL, ix_settlement_file GLOBAL);

ALTER TABLE ledger_entry MODIFY
    PARTITION BY LIST (cycle_month) AUTOMATIC (PARTITION p_ledger_entry_first VALUES ('2000-01'))
    ONLINE UPDATE INDEXES (pk_ledger_entry GLOBAL, ix_ledger_entry_cycle LOCAL, ix_ledger_entry_file GLOBAL);

ALTER TABLE fee_line MODIFY
    PARTITION BY LIST (cycle_month) AUTOMATIC (PARTITION p_fee_line_first VALUES ('2000-01'))
    ONLINE UPDATE INDEXES (pk_fee_line GLOBAL, ix_fee_line_file GLOBAL);
