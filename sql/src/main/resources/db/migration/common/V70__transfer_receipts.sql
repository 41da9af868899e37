-- Receipts of transfer instructions, one row per payment received (append-only): an instruction may be
-- paid in parts; it is settled when its receipts sum to its amount. transfer_instruction.received_amount
-- is the running sum, received_at the time the instruction became settled.
CREATE TABLE transfer_receipt (
    id                  NUMERIC(19)     NOT NULL,
    cycle_month         VARCHAR(7)      NOT NULL,
    insu_admdvs         VARCHAR(6)      NOT NULL,
    mdtrtarea_admdvs    VARCHAR(6)      NOT NULL,
    amount              DECIMAL(18,2)   NOT NULL,
    receipt_ref         VARCHAR(100),
    received_at         TIMESTAMP       NOT NULL,
    recorded_by         VARCHAR(100)    NOT NULL,
    CONSTRAINT pk_transfer_receipt PRIMARY KEY (id)
);
CREATE INDEX ix_transfer_receipt ON transfer_receipt (cycle_month, insu_admdvs, mdtrtarea_admdvs);
