-- Business schema shared by H2 (MODE=Oracle), PostgreSQL and Oracle 19c+.
-- Portable types only: VARCHAR, DECIMAL/NUMERIC, DATE, TIMESTAMP; ids come from sequences
-- (PostgreSQL identity columns cannot be NUMERIC, Oracle has no BIGINT).
-- Money is DECIMAL(16,2) yuan; quantities and unit prices DECIMAL(16,4).
-- No time defaults: the application stamps every time (SYSTIMESTAMP defaults confuse the DDL parser).

CREATE SEQUENCE import_file_seq START WITH 1 INCREMENT BY 1;

-- Reference data (spec/README.md "reference data"): upserted by key, never deleted by an import;
-- import_file_id/file_line name the file and line that last set the row.
CREATE TABLE region (
    admdvs              VARCHAR(6)      NOT NULL,
    name                VARCHAR(400)    NOT NULL,
    prov_admdvs         VARCHAR(6)      NOT NULL,
    import_file_id      NUMERIC(19)     NOT NULL,
    file_line           NUMERIC(19)     NOT NULL,
    CONSTRAINT pk_region PRIMARY KEY (admdvs)
);

CREATE TABLE institution (
    fixmedins_code      VARCHAR(40)     NOT NULL,
    fixmedins_name      VARCHAR(400)    NOT NULL,
    admdvs              VARCHAR(6)      NOT NULL,
    kind                VARCHAR(10)     NOT NULL,
    hosp_lv             VARCHAR(1),
    import_file_id      NUMERIC(19)     NOT NULL,
    file_line           NUMERIC(19)     NOT NULL,
    CONSTRAINT pk_institution PRIMARY KEY (fixmedins_code)
);

CREATE TABLE person (
    psn_no              VARCHAR(40)     NOT NULL,
    certno              VARCHAR(18),
    psn_name            VARCHAR(400),
    gend                VARCHAR(1),
    brdy                DATE,
    insu_admdvs         VARCHAR(6)      NOT NULL,
    insutype            VARCHAR(3)      NOT NULL,
    death_date          DATE,
    household_id        VARCHAR(40),
    import_file_id      NUMERIC(19)     NOT NULL,
    file_line           NUMERIC(19)     NOT NULL,
    CONSTRAINT pk_person PRIMARY KEY (psn_no)
);

CREATE TABLE filing (
    psn_no              VARCHAR(40)     NOT NULL,
    fil_type            VARCHAR(20)     NOT NULL,
    insu_admdvs         VARCHAR(6)      NOT NULL,
    dest_admdvs         VARCHAR(6)      NOT NULL,
    begndate            DATE            NOT NULL,
    enddate             DATE,
    import_file_id      NUMERIC(19)     NOT NULL,
    file_line           NUMERIC(19)     NOT NULL,
    CONSTRAINT pk_filing PRIMARY KEY (psn_no, fil_type, dest_admdvs, begndate)
);

CREATE TABLE catalog_item (
    hilist_code         VARCHAR(50)     NOT NULL,
    hilist_name         VARCHAR(400),
    list_type           VARCHAR(3)      NOT NULL,
    gend_limit          VARCHAR(1),
    min_age             NUMERIC(3),
    max_age             NUMERIC(3),
    max_days_supply     NUMERIC(5),
    outpatient_allowed  VARCHAR(1),
    price_cap           DECIMAL(16,4),
    import_file_id      NUMERIC(19)     NOT NULL,
    file_line           NUMERIC(19)     NOT NULL,
    CONSTRAINT pk_catalog_item PRIMARY KEY (hilist_code)
);

-- One row per file loaded for a cycle month; the same bytes, read in the same encoding, load once a month.
CREATE TABLE import_file (
    id                  NUMERIC(19)     NOT NULL,
    file_name           VARCHAR(400)    NOT NULL,
    file_kind           VARCHAR(20)     NOT NULL,
    checksum            VARCHAR(64)     NOT NULL,
    encoding            VARCHAR(20)     NOT NULL,
    cycle_month         VARCHAR(7)      NOT NULL,
    status              VARCHAR(20)     NOT NULL,
    row_count           NUMERIC(19)     NOT NULL,
    loaded_count        NUMERIC(19)     NOT NULL,
    rejected_count      NUMERIC(19)     NOT NULL,
    repeat_count        NUMERIC(19)     NOT NULL,
    job_execution_id    NUMERIC(19),
    started_at          TIMESTAMP       NOT NULL,
    finished_at         TIMESTAMP,
    CONSTRAINT pk_import_file PRIMARY KEY (id),
    CONSTRAINT uk_import_file UNIQUE (checksum, cycle_month, encoding)
);

-- Treatment-region settlements (spec "settlements"); optional amounts are stored as 0.
CREATE TABLE settlement (
    setl_id             VARCHAR(40)     NOT NULL,
    mdtrt_id            VARCHAR(40)     NOT NULL,
    psn_no              VARCHAR(40)     NOT NULL,
    certno              VARCHAR(18),
    psn_name            VARCHAR(400),
    gend                VARCHAR(1),
    brdy                DATE,
    insutype            VARCHAR(3)      NOT NULL,
    med_type            VARCHAR(6)      NOT NULL,
    dise_codg           VARCHAR(30),
    insu_admdvs         VARCHAR(6)      NOT NULL,
    mdtrtarea_admdvs    VARCHAR(6)      NOT NULL,
    fixmedins_code      VARCHAR(40)     NOT NULL,
    begndate            DATE,
    enddate             DATE,
    setl_time           TIMESTAMP       NOT NULL,
    setl_month          VARCHAR(7)      NOT NULL,
    medfee_sumamt       DECIMAL(16,2)   NOT NULL,
    fulamt_ownpay_amt   DECIMAL(16,2)   NOT NULL,
    inscp_scp_amt       DECIMAL(16,2)   NOT NULL,
    hifp_pay            DECIMAL(16,2)   NOT NULL,
    hifmi_pay           DECIMAL(16,2)   NOT NULL,
    hifob_pay           DECIMAL(16,2)   NOT NULL,
    cvlserv_pay         DECIMAL(16,2)   NOT NULL,
    maf_pay             DECIMAL(16,2)   NOT NULL,
    oth_pay             DECIMAL(16,2)   NOT NULL,
    fund_pay_sumamt     DECIMAL(16,2)   NOT NULL,
    acct_pay            DECIMAL(16,2)   NOT NULL,
    psn_cash_pay        DECIMAL(16,2)   NOT NULL,
    refd_setl_flag      VARCHAR(1)      NOT NULL,
    init_setl_id        VARCHAR(40),
    cycle_month         VARCHAR(7)      NOT NULL,
    late_flag           VARCHAR(1)      NOT NULL,
    import_file_id      NUMERIC(19)     NOT NULL,
    file_line           NUMERIC(19)     NOT NULL,
    CONSTRAINT pk_settlement PRIMARY KEY (setl_id)
);
CREATE INDEX ix_settlement_cycle ON settlement (cycle_month);
-- (import_file_id, refd_setl_flag): an import finds the reversals of its own file without a full walk.
CREATE INDEX ix_settlement_file ON settlement (import_file_id, refd_setl_flag);

-- Insured-region ledger (spec "ledger"): the other half of two-sided reconciliation.
CREATE TABLE ledger_entry (
    setl_id             VARCHAR(40)     NOT NULL,
    insu_admdvs         VARCHAR(6)      NOT NULL,
    mdtrtarea_admdvs    VARCHAR(6)      NOT NULL,
    psn_no              VARCHAR(40)     NOT NULL,
    setl_time           TIMESTAMP       NOT NULL,
    setl_month          VARCHAR(7)      NOT NULL,
    medfee_sumamt       DECIMAL(16,2)   NOT NULL,
    fund_pay_sumamt     DECIMAL(16,2)   NOT NULL,
    acct_pay            DECIMAL(16,2)   NOT NULL,
    refd_setl_flag      VARCHAR(1)      NOT NULL,
    cycle_month         VARCHAR(7)      NOT NULL,
    late_flag           VARCHAR(1)      NOT NULL,
    import_file_id      NUMERIC(19)     NOT NULL,
    file_line           NUMERIC(19)     NOT NULL,
    CONSTRAINT pk_ledger_entry PRIMARY KEY (setl_id)
);
CREATE INDEX ix_ledger_entry_cycle ON ledger_entry (cycle_month);
CREATE INDEX ix_ledger_entry_file ON ledger_entry (import_file_id);

-- Fee lines of outpatient and pharmacy settlements (spec "fees").
CREATE TABLE fee_line (
    setl_id             VARCHAR(40)     NOT NULL,
    line_no             NUMERIC(10)     NOT NULL,
    list_type           VARCHAR(3)      NOT NULL,
    hilist_code         VARCHAR(50)     NOT NULL,
    hilist_name         VARCHAR(400),
    cnt                 DECIMAL(16,4)   NOT NULL,
    pric                DECIMAL(16,4)   NOT NULL,
    det_item_fee_sumamt DECIMAL(16,2)   NOT NULL,
    days_supply         NUMERIC(5),
    bilg_dr_code        VARCHAR(40),
    fee_ocur_time       TIMESTAMP       NOT NULL,
    cycle_month         VARCHAR(7)      NOT NULL,
    import_file_id      NUMERIC(19)     NOT NULL,
    file_line           NUMERIC(19)     NOT NULL,
    CONSTRAINT pk_fee_line PRIMARY KEY (setl_id, line_no)
);
CREATE INDEX ix_fee_line_file ON fee_line (import_file_id);

-- Every input line that was not loaded: one row per physical record (line 0 = the whole file).
CREATE TABLE import_reject (
    import_file_id      NUMERIC(19)     NOT NULL,
    file_line           NUMERIC(19)     NOT NULL,
    file_name           VARCHAR(400)    NOT NULL,
    cycle_month         VARCHAR(7)      NOT NULL,
    record_key          VARCHAR(100),
    field_name          VARCHAR(60),
    reason_code         VARCHAR(10)     NOT NULL,
    message             VARCHAR(1000)   NOT NULL,
    CONSTRAINT pk_import_reject PRIMARY KEY (import_file_id, file_line)
);
CREATE INDEX ix_import_reject_cycle ON import_reject (cycle_month);

-- Identical repeats of an already loaded record: not loaded, not rejected, but accounted for.
CREATE TABLE import_repeat (
    import_file_id      NUMERIC(19)     NOT NULL,
    file_line           NUMERIC(19)     NOT NULL,
    record_key          VARCHAR(100)    NOT NULL,
    CONSTRAINT pk_import_repeat PRIMARY KEY (import_file_id, file_line)
);

-- Loaded records with a data-quality gap (unknown person/institution/region, reversal without
-- a known original): the money was paid, so the record stays; the gap is reported.
CREATE TABLE data_quality_warning (
    import_file_id      NUMERIC(19)     NOT NULL,
    file_line           NUMERIC(19)     NOT NULL,
    warning_code        VARCHAR(10)     NOT NULL,
    record_key          VARCHAR(100),
    message             VARCHAR(1000)   NOT NULL,
    CONSTRAINT pk_data_quality_warning PRIMARY KEY (import_file_id, file_line, warning_code)
);
