-- The audit's working copy of one month's live settlements (normal rows no reversal took back), with the day
-- and the paid amount precomputed: built once per run in one scan, it spares every rule the reversal
-- anti-join and the wide settlement rows. Rebuilt by each audit of the month.
CREATE TABLE audit_visit (
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
);
CREATE INDEX ix_audit_visit_psn ON audit_visit (psn_no, setl_day);
-- Evidence of an institution's findings (its costliest settlements of a med_type).
CREATE INDEX ix_audit_visit_inst ON audit_visit (fixmedins_code, med_type);
