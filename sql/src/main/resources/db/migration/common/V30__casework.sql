-- Case work (issue 9): cases keep their identity, status and trail across re-audits. audit_case holds each case's
-- current state (a projection with an optimistic-lock version); audit_case_event is the trail it is derived from,
-- appended and never changed; verdicts and their deductions are appended too (a reversal is a new event).

ALTER TABLE audit_case ADD version NUMERIC(19) DEFAULT 0 NOT NULL;
ALTER TABLE audit_case ADD assignee VARCHAR(100);
ALTER TABLE audit_case ADD initial_reviewer VARCHAR(100);
ALTER TABLE audit_case ADD stage_since TIMESTAMP;
ALTER TABLE audit_case ADD stage_due DATE;
UPDATE audit_case SET status = 'NEW' WHERE status = 'OPEN';
CREATE INDEX ix_audit_case_queue ON audit_case (cycle_month, status);

CREATE SEQUENCE audit_case_event_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE audit_verdict_seq START WITH 1 INCREMENT BY 1;

-- Every transition and note of a case: who, when, from, to, why, with the attachment's name and SHA-256.
-- source: CONSOLE, CLI, FILE (a verdicts file, named with its SHA-256) or AUDIT (the case was raised).
CREATE TABLE audit_case_event (
    id                  NUMERIC(19)     NOT NULL,
    case_id             NUMERIC(19)     NOT NULL,
    action              VARCHAR(30)     NOT NULL,
    from_status         VARCHAR(20),
    to_status           VARCHAR(20)     NOT NULL,
    user_name           VARCHAR(100)    NOT NULL,
    event_at            TIMESTAMP       NOT NULL,
    comment_text        VARCHAR(2000),
    assignee            VARCHAR(100),
    reason_code         VARCHAR(10),
    attachment_name     VARCHAR(400),
    attachment_sha256   VARCHAR(64),
    source              VARCHAR(20)     NOT NULL,
    CONSTRAINT pk_audit_case_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_case_event_case ON audit_case_event (case_id);

-- A decision (违规处理) beside what led to it: the case's rules, models, score and amount at decision time, so
-- precision per rule and model can be learnt from verdicts.
CREATE TABLE audit_verdict (
    id                  NUMERIC(19)     NOT NULL,
    case_id             NUMERIC(19)     NOT NULL,
    event_id            NUMERIC(19)     NOT NULL,
    verdict             VARCHAR(20)     NOT NULL,
    reason_code         VARCHAR(10),
    decided_by          VARCHAR(100)    NOT NULL,
    decided_at          TIMESTAMP       NOT NULL,
    source              VARCHAR(20)     NOT NULL,
    rule_ids            VARCHAR(400)    NOT NULL,
    max_score           DECIMAL(12,4)   NOT NULL,
    priority            DECIMAL(16,4)   NOT NULL,
    vola_amt            DECIMAL(16,2)   NOT NULL,
    CONSTRAINT pk_audit_verdict PRIMARY KEY (id)
);
CREATE INDEX ix_audit_verdict_case ON audit_verdict (case_id);

-- The deductions of a CONFIRMED verdict, one per settlement, each carried to clearing as a clearing_adjustment.
CREATE TABLE audit_deduction (
    verdict_id          NUMERIC(19)     NOT NULL,
    setl_id             VARCHAR(40)     NOT NULL,
    amount              DECIMAL(16,2)   NOT NULL,
    adjustment_id       NUMERIC(19)     NOT NULL,
    CONSTRAINT pk_audit_deduction PRIMARY KEY (verdict_id, setl_id)
);

-- The regions a case concerns, for region-scoped reads: a person's insured and treatment regions of the month,
-- an institution's region, the regions of the institutions a doctor billed at.
CREATE TABLE audit_case_region (
    case_id             NUMERIC(19)     NOT NULL,
    admdvs              VARCHAR(6)      NOT NULL,
    CONSTRAINT pk_audit_case_region PRIMARY KEY (case_id, admdvs)
);
CREATE INDEX ix_audit_case_region ON audit_case_region (admdvs);
