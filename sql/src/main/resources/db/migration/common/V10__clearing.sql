-- The monthly clearing cycle: period state, reconciliation, clearing lines, adjustments, advance
-- fund ledger, transfers. Every step writes rows keyed by cycle_month, so a step re-run after a crash
-- deletes its month's rows and writes them again (never adds to them).

CREATE SEQUENCE clearing_seq START WITH 1 INCREMENT BY 1;

-- One row per cycle month: OPEN → RECONCILED → CLEARED → CONFIRMED → PAID → CLOSED.
CREATE TABLE clearing_period (
    cycle_month         VARCHAR(7)      NOT NULL,
    status              VARCHAR(20)     NOT NULL,
    job_execution_id    NUMERIC(19),
    updated_at          TIMESTAMP       NOT NULL,
    updated_by          VARCHAR(100)    NOT NULL,
    CONSTRAINT pk_clearing_period PRIMARY KEY (cycle_month)
);

-- Every transition, stamped with user and time (and the reason for a reopen).
CREATE TABLE clearing_period_event (
    id                  NUMERIC(19)     NOT NULL,
    cycle_month         VARCHAR(7)      NOT NULL,
    from_status         VARCHAR(20)     NOT NULL,
    to_status           VARCHAR(20)     NOT NULL,
    event_at            TIMESTAMP       NOT NULL,
    event_by            VARCHAR(100)    NOT NULL,
    reason              VARCHAR(1000),
    CONSTRAINT pk_clearing_period_event PRIMARY KEY (id)
);
CREATE INDEX ix_clearing_period_event ON clearing_period_event (cycle_month);

-- Two-sided reconciliation of a cycle: the setl_ids it leaves held (not MATCHED). A settlement of
-- cycle ≤ M that is not held at the end of M has been matched (spec: MATCHED rows may be left out).
CREATE TABLE reconciliation (
    cycle_month         VARCHAR(7)      NOT NULL,
    setl_id             VARCHAR(40)     NOT NULL,
    insu_admdvs         VARCHAR(6)      NOT NULL,
    mdtrtarea_admdvs    VARCHAR(6)      NOT NULL,
    status              VARCHAR(30)     NOT NULL,
    treatment_fund_pay  DECIMAL(16,2),
    insured_fund_pay    DECIMAL(16,2),
    difference          DECIMAL(16,2)   NOT NULL,
    CONSTRAINT pk_reconciliation PRIMARY KEY (cycle_month, setl_id)
);
CREATE INDEX ix_reconciliation_status ON reconciliation (cycle_month, status);

-- Deductions and other adjustments keyed to a settlement (e.g. confirmed audit deductions, 扣款).
-- amount > 0 reduces what the insured region owes. posted_cycle is set by the clearing that carries it.
CREATE TABLE clearing_adjustment (
    id                  NUMERIC(19)     NOT NULL,
    setl_id             VARCHAR(40)     NOT NULL,
    amount              DECIMAL(16,2)   NOT NULL,
    adjustment_type     VARCHAR(30)     NOT NULL,
    reason              VARCHAR(1000)   NOT NULL,
    reference           VARCHAR(100),
    confirmed_at        TIMESTAMP       NOT NULL,
    confirmed_by        VARCHAR(100)    NOT NULL,
    posted_cycle        VARCHAR(7),
    CONSTRAINT pk_clearing_adjustment PRIMARY KEY (id)
);
CREATE INDEX ix_clearing_adjustment_posted ON clearing_adjustment (posted_cycle);

-- The month's clearing lines (spec clearing-YYYY-MM.csv).
CREATE TABLE clearing_line (
    cycle_month         VARCHAR(7)      NOT NULL,
    insu_admdvs         VARCHAR(6)      NOT NULL,
    mdtrtarea_admdvs    VARCHAR(6)      NOT NULL,
    insutype            VARCHAR(3)      NOT NULL,
    med_type            VARCHAR(6)      NOT NULL,
    setl_cnt            NUMERIC(19)     NOT NULL,
    matched_count       NUMERIC(19)     NOT NULL,
    medfee_sumamt       DECIMAL(18,2)   NOT NULL,
    fund_pay_sumamt     DECIMAL(18,2)   NOT NULL,
    hifp_pay            DECIMAL(18,2)   NOT NULL,
    hifmi_pay           DECIMAL(18,2)   NOT NULL,
    hifob_pay           DECIMAL(18,2)   NOT NULL,
    cvlserv_pay         DECIMAL(18,2)   NOT NULL,
    maf_pay             DECIMAL(18,2)   NOT NULL,
    oth_pay             DECIMAL(18,2)   NOT NULL,
    acct_pay            DECIMAL(18,2)   NOT NULL,
    psn_cash_pay        DECIMAL(18,2)   NOT NULL,
    deduction_amt       DECIMAL(18,2)   NOT NULL,
    net_payable         DECIMAL(18,2)   NOT NULL,
    CONSTRAINT pk_clearing_line PRIMARY KEY (cycle_month, insu_admdvs, mdtrtarea_admdvs, insutype, med_type)
);

-- Advance fund (预付金) per insured region: an append-only ledger of movements; balances are sums.
CREATE TABLE advance_fund_movement (
    id                  NUMERIC(19)     NOT NULL,
    insu_admdvs         VARCHAR(6)      NOT NULL,
    cycle_month         VARCHAR(7)      NOT NULL,
    movement_type       VARCHAR(20)     NOT NULL,
    amount              DECIMAL(18,2)   NOT NULL,
    created_at          TIMESTAMP       NOT NULL,
    created_by          VARCHAR(100)    NOT NULL,
    note                VARCHAR(1000),
    CONSTRAINT pk_advance_fund_movement PRIMARY KEY (id)
);
CREATE INDEX ix_advance_fund_movement ON advance_fund_movement (insu_admdvs, cycle_month);

-- The advance fund position of each insured region after a cycle's clearing (spec advance-YYYY-MM.csv).
CREATE TABLE advance_fund_position (
    cycle_month         VARCHAR(7)      NOT NULL,
    insu_admdvs         VARCHAR(6)      NOT NULL,
    allotment           DECIMAL(18,2)   NOT NULL,
    opening_balance     DECIMAL(18,2)   NOT NULL,
    cleared_amount      DECIMAL(18,2)   NOT NULL,
    closing_balance     DECIMAL(18,2)   NOT NULL,
    usage_rate          DECIMAL(9,4)    NOT NULL,
    warning             VARCHAR(1)      NOT NULL,
    top_up_amount       DECIMAL(18,2)   NOT NULL,
    top_up_due          DATE,
    CONSTRAINT pk_advance_fund_position PRIMARY KEY (cycle_month, insu_admdvs)
);

-- Transfer instructions (资金划拨), one per insured → treatment region, issued on confirmation.
CREATE TABLE transfer_instruction (
    cycle_month         VARCHAR(7)      NOT NULL,
    insu_admdvs         VARCHAR(6)      NOT NULL,
    mdtrtarea_admdvs    VARCHAR(6)      NOT NULL,
    amount              DECIMAL(18,2)   NOT NULL,
    issued_at           TIMESTAMP       NOT NULL,
    due_date            DATE            NOT NULL,
    received_amount     DECIMAL(18,2),
    received_at         TIMESTAMP,
    receipt_ref         VARCHAR(100),
    recorded_by         VARCHAR(100),
    CONSTRAINT pk_transfer_instruction PRIMARY KEY (cycle_month, insu_admdvs, mdtrtarea_admdvs)
);

-- Data-quality warnings of a cycle (gaps against reference data, fields that differ between sides).
CREATE TABLE cycle_quality_warning (
    cycle_month         VARCHAR(7)      NOT NULL,
    setl_id             VARCHAR(40)     NOT NULL,
    warning_code        VARCHAR(10)     NOT NULL,
    detail              VARCHAR(1000)   NOT NULL,
    CONSTRAINT pk_cycle_quality_warning PRIMARY KEY (cycle_month, setl_id, warning_code)
);

-- Who runs a clearing right now: one holder per month, across processes and hosts.
CREATE TABLE run_lock (
    lock_name           VARCHAR(100)    NOT NULL,
    owner               VARCHAR(200)    NOT NULL,
    acquired_at         TIMESTAMP       NOT NULL,
    heartbeat_at        TIMESTAMP       NOT NULL,
    CONSTRAINT pk_run_lock PRIMARY KEY (lock_name)
);
