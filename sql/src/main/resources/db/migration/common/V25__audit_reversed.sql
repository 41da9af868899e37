-- The settlements a reversal took back, rebuilt at the start of every audit run in one scan of settlement, so
-- the rules that look back 90 days test "not reversed" against this small table instead of rescanning
-- settlement for the reversals in every query.
CREATE TABLE audit_reversed (
    setl_id             VARCHAR(40)     NOT NULL,
    CONSTRAINT pk_audit_reversed PRIMARY KEY (setl_id)
);
