-- The audit's working copy of the month's fee lines of live settlements (those in audit_visit), with the
-- settlement columns the rules group by copied onto each line: the fee-line rules and the drug, institution and
-- doctor features each scan it instead of joining the wide fee_line to its settlements again. Scanned whole,
-- never looked up by key, so no index; the item's name stays in fee_line (read for the few flagged lines).
-- Rebuilt by each audit of the month.
CREATE TABLE audit_item (
    cycle_month         VARCHAR(7)      NOT NULL,
    setl_id             VARCHAR(40)     NOT NULL,
    line_no             NUMERIC(10)     NOT NULL,
    list_type           VARCHAR(3)      NOT NULL,
    hilist_code         VARCHAR(50)     NOT NULL,
    cnt                 DECIMAL(16,4)   NOT NULL,
    pric                DECIMAL(16,4)   NOT NULL,
    det_item_fee_sumamt DECIMAL(16,2)   NOT NULL,
    days_supply         NUMERIC(5),
    bilg_dr_code        VARCHAR(40),
    psn_no              VARCHAR(40)     NOT NULL,
    fixmedins_code      VARCHAR(40)     NOT NULL,
    med_type            VARCHAR(6)      NOT NULL,
    outpatient          VARCHAR(1)      NOT NULL,
    setl_day            VARCHAR(10)     NOT NULL
);
