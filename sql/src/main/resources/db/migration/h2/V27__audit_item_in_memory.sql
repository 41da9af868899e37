-- audit_item (V26) lives in memory on the embedded database, like audit_visit (V23): same columns, rows gone
-- when the database closes.
DROP TABLE audit_item;
CREATE MEMORY TABLE audit_item (
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
) NOT PERSISTENT;
