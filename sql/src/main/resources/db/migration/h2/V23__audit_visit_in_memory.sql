-- audit_visit is a working copy rebuilt by every audit run (V21). On the embedded database it lives in memory
-- (NOT PERSISTENT): writing a million snapshot rows through the file store cost more than all the rules that
-- read them. Same columns and indexes as V21; the rows vanish when the database closes, which an audit never
-- relies on.
DROP TABLE audit_visit;
CREATE MEMORY TABLE audit_visit (
    cycle_month         VARCHAR(7)      NOT NULL,
    setl_id             VARCHAR(40)     NOT NULL,
    psn_no              VARCHAR(40)     NOT NULL,
    gend                VARCHAR(1),
    brdy                DATE,
    fixmedins_code      VARCHAR(40)     NOT NULL,
    med_type            VARCHAR(6)      NOT NULL,
    outpatient          VARCHAR(1)      NOT NULL,
    insu_admdvs         VARCHAR(6)      NOT NULL,
    mdtrtarea_admdvs    VARCHAR(6)      NOT NULL,
    setl_time           TIMESTAMP       NOT NULL,
    setl_day            VARCHAR(10)     NOT NULL,
    medfee_sumamt       DECIMAL(16,2)   NOT NULL,
    paid                DECIMAL(16,2)   NOT NULL,
    CONSTRAINT pk_audit_visit PRIMARY KEY (cycle_month, setl_id)
) NOT PERSISTENT;
CREATE INDEX ix_audit_visit_psn ON audit_visit (psn_no, setl_day);
CREATE INDEX ix_audit_visit_inst ON audit_visit (fixmedins_code, med_type);
