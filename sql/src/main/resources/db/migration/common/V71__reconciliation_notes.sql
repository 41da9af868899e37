-- Notes on held settlements (暂缓): what was asked of which region, by whom and when. Append-only: a later
-- note adds to the record, never changes an earlier one.
CREATE TABLE reconciliation_note (
    id                  NUMERIC(19)     NOT NULL,
    setl_id             VARCHAR(40)     NOT NULL,
    asked_region        VARCHAR(6)      NOT NULL,
    note                VARCHAR(2000)   NOT NULL,
    created_at          TIMESTAMP       NOT NULL,
    created_by          VARCHAR(100)    NOT NULL,
    CONSTRAINT pk_reconciliation_note PRIMARY KEY (id)
);
CREATE INDEX ix_reconciliation_note ON reconciliation_note (setl_id);
