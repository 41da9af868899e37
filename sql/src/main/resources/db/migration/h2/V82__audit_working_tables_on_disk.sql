-- The audit's working tables (audit_visit V21/V23, audit_item V26/V27) back on the file store on the embedded
-- database. V23 and V27 kept them in memory (NOT PERSISTENT), which made the audit of a month of a million
-- settlements need a 5-6 GB heap: the rows and their indexes were all Java objects. As ordinary (cached) tables
-- they live in H2's page cache (CACHE_SIZE of the URL, 512 MB by default) and spill to the file; the audit of
-- 1 M settlements then runs with -Xmx2g (docs/scale.md, "National month"). Same columns and indexes as V21 and
-- V26; the rows are rebuilt by every audit run, as before.
DROP TABLE audit_visit;
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
CREATE INDEX ix_audit_visit_inst ON audit_visit (fixmedins_code, med_type);
DROP TABLE audit_item;
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
