-- A partitioned audit (docs/workers.md): each partition stores the findings of its stages here, in a transaction of
-- its own, and the run's last step gathers them into findings and cases. A partition run again (its worker died)
-- replaces its stages' rows; the last step deletes the run's rows once the findings are stored. The score keeps
-- the stage's double exactly (audit_finding rounds it to four places only when the run is stored).
CREATE TABLE audit_stage (
    run_id              NUMERIC(19)     NOT NULL,
    stage_id            VARCHAR(20)     NOT NULL,
    millis              NUMERIC(19)     NOT NULL,
    finding_count       NUMERIC(10)     NOT NULL,
    CONSTRAINT pk_audit_stage PRIMARY KEY (run_id, stage_id)
);

CREATE TABLE audit_stage_finding (
    run_id              NUMERIC(19)     NOT NULL,
    stage_id            VARCHAR(20)     NOT NULL,
    seq                 NUMERIC(10)     NOT NULL,
    subject_type        VARCHAR(12)     NOT NULL,
    subject_id          VARCHAR(60)     NOT NULL,
    rule_id             VARCHAR(20)     NOT NULL,
    certainty           VARCHAR(10)     NOT NULL,
    score               DOUBLE PRECISION NOT NULL,
    vola_amt            DECIMAL(16,2)   NOT NULL,
    setl_ids            VARCHAR(4000)   NOT NULL,
    evidence_count      NUMERIC(10)     NOT NULL,
    explanation         VARCHAR(2000)   NOT NULL,
    CONSTRAINT pk_audit_stage_finding PRIMARY KEY (run_id, stage_id, seq)
);
