-- Audit (issue 4): rule-set versions, findings, cases per subject and month, model registry.
-- Same portable style as V1: VARCHAR, DECIMAL(16,2) money, NUMERIC(19) ids from sequences, no time defaults.

CREATE SEQUENCE audit_run_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE audit_finding_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE audit_case_seq START WITH 1 INCREMENT BY 1;

-- A rule set version is the list of rule ids with their thresholds; findings name the version that produced them.
CREATE TABLE audit_rule_set (
    version             VARCHAR(40)     NOT NULL,
    definition          VARCHAR(4000)   NOT NULL,
    created_at          TIMESTAMP       NOT NULL,
    CONSTRAINT pk_audit_rule_set PRIMARY KEY (version)
);

-- One audit of one cycle month; a new run of the same month replaces the month's findings and cases.
CREATE TABLE audit_run (
    id                  NUMERIC(19)     NOT NULL,
    cycle_month         VARCHAR(7)      NOT NULL,
    rule_set_version    VARCHAR(40)     NOT NULL,
    started_at          TIMESTAMP       NOT NULL,
    finished_at         TIMESTAMP,
    finding_count       NUMERIC(19),
    case_count          NUMERIC(19),
    CONSTRAINT pk_audit_run PRIMARY KEY (id)
);

-- Spec findings-YYYY-MM.csv row (3101/3102 style: rule, amount at risk, evidence) plus its certainty.
CREATE TABLE audit_finding (
    id                  NUMERIC(19)     NOT NULL,
    run_id              NUMERIC(19)     NOT NULL,
    cycle_month         VARCHAR(7)      NOT NULL,
    subject_type        VARCHAR(12)     NOT NULL,
    subject_id          VARCHAR(60)     NOT NULL,
    rule_id             VARCHAR(20)     NOT NULL,
    certainty           VARCHAR(10)     NOT NULL,
    score               DECIMAL(12,4)   NOT NULL,
    vola_amt            DECIMAL(16,2)   NOT NULL,
    setl_ids            VARCHAR(4000)   NOT NULL,
    evidence_count      NUMERIC(10)     NOT NULL,
    explanation         VARCHAR(2000)   NOT NULL,
    rule_set_version    VARCHAR(40)     NOT NULL,
    created_at          TIMESTAMP       NOT NULL,
    CONSTRAINT pk_audit_finding PRIMARY KEY (id)
);
CREATE INDEX ix_audit_finding_month ON audit_finding (cycle_month, subject_type, subject_id);

-- The inspectors' queue: all findings on one subject in one month, ranked by priority.
CREATE TABLE audit_case (
    id                  NUMERIC(19)     NOT NULL,
    run_id              NUMERIC(19)     NOT NULL,
    cycle_month         VARCHAR(7)      NOT NULL,
    subject_type        VARCHAR(12)     NOT NULL,
    subject_id          VARCHAR(60)     NOT NULL,
    certainty           VARCHAR(10)     NOT NULL,
    priority            DECIMAL(16,4)   NOT NULL,
    vola_amt            DECIMAL(16,2)   NOT NULL,
    max_score           DECIMAL(12,4)   NOT NULL,
    finding_count       NUMERIC(10)     NOT NULL,
    rule_ids            VARCHAR(400)    NOT NULL,
    status              VARCHAR(20)     NOT NULL,
    created_at          TIMESTAMP       NOT NULL,
    CONSTRAINT pk_audit_case PRIMARY KEY (id),
    CONSTRAINT uk_audit_case UNIQUE (cycle_month, subject_type, subject_id)
);

-- Model registry: what a serialised Weka model was trained on, so its scores can be reproduced.
CREATE TABLE audit_model (
    model_id            VARCHAR(60)     NOT NULL,
    cycle_month         VARCHAR(7)      NOT NULL,
    features            VARCHAR(2000)   NOT NULL,
    weka_version        VARCHAR(20)     NOT NULL,
    seed                NUMERIC(19)     NOT NULL,
    training_rows       NUMERIC(19)     NOT NULL,
    peer_group          VARCHAR(200)    NOT NULL,
    file_path           VARCHAR(1000)   NOT NULL,
    trained_at          TIMESTAMP       NOT NULL,
    CONSTRAINT pk_audit_model PRIMARY KEY (model_id, cycle_month)
);

-- The audit walks a person's settlements in time order (same-day visits, stays, refills) and finds
-- reversals by their original: without these H2 would nest full scans.
CREATE INDEX ix_settlement_psn_time ON settlement (psn_no, setl_time);
CREATE INDEX ix_settlement_init ON settlement (init_setl_id);
