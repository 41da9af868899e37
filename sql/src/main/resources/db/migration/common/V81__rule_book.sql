-- The rule library as versioned data (知识库/规则库, issue 11 item 5): every threshold and list the rules used to
-- hard-code. A version is a complete set of parameter values in force from effective_from; a month is audited with
-- the latest version whose effective_from is on or before the month's first day. Versions and their values are
-- never updated nor deleted: a change appends a new version and an event saying who changed what, and why.
-- Same portable style as V1/V20 (H2 Oracle mode, PostgreSQL, Oracle): no time defaults, ids given by the application.

CREATE SEQUENCE rule_book_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE rule_book_version (
    version_no          NUMERIC(10)     NOT NULL,
    effective_from      DATE            NOT NULL,
    created_at          TIMESTAMP       NOT NULL,
    created_by          VARCHAR(100)    NOT NULL,
    reason              VARCHAR(1000)   NOT NULL,
    CONSTRAINT pk_rule_book_version PRIMARY KEY (version_no)
);

-- One value of one version: a scalar threshold (entry_key '-') or one entry of a list (entry_key = item code, or
-- 'A>B' for a pair of mutually exclusive items).
CREATE TABLE rule_book_value (
    version_no          NUMERIC(10)     NOT NULL,
    rule_id             VARCHAR(20)     NOT NULL,
    param_name          VARCHAR(60)     NOT NULL,
    entry_key           VARCHAR(120)    NOT NULL,
    param_value         VARCHAR(200)    NOT NULL,
    CONSTRAINT pk_rule_book_value PRIMARY KEY (version_no, rule_id, param_name, entry_key)
);

-- Append-only change log: old_value NULL = an entry added, new_value NULL = an entry removed.
CREATE TABLE rule_book_event (
    id                  NUMERIC(19)     NOT NULL,
    version_no          NUMERIC(10)     NOT NULL,
    effective_from      DATE            NOT NULL,
    changed_at          TIMESTAMP       NOT NULL,
    changed_by          VARCHAR(100)    NOT NULL,
    rule_id             VARCHAR(20)     NOT NULL,
    param_name          VARCHAR(60)     NOT NULL,
    entry_key           VARCHAR(120)    NOT NULL,
    old_value           VARCHAR(200),
    new_value           VARCHAR(200),
    reason              VARCHAR(1000)   NOT NULL,
    CONSTRAINT pk_rule_book_event PRIMARY KEY (id)
);

-- Version 1: the values the rules hard-coded until now, in force from the first month any data can have, so every
-- audit finds what it found before.
INSERT INTO rule_book_version (version_no, effective_from, created_at, created_by, reason)
VALUES (1, DATE '2000-01-01', TIMESTAMP '2026-12-06 00:00:00', 'migration', '初始版本：规则原有阈值与清单');

INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R01', 'min_institutions', '-', '3');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R02', 'max_visits', '-', '15');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R03', 'max_hours', '-', '4');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R06', 'general_days', '-', '7');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R06', 'emergency_days', '-', '3');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R06', 'long_days', '-', '84');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R07', 'window_days', '-', '90');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R07', 'max_ratio', '-', '1.5');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R13', 'exclusive_pair', '001102000020000>001101000010000', '1');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R14', 'daily_limit', '001101000010000', '1');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R14', 'daily_limit', '001102000020000', '1');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R14', 'daily_limit', '002203010010000', '1');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R14', 'daily_limit', '002204010010000', '1');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R14', 'daily_limit', '002503030120000', '1');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R15', 'min_gap_days', '002503030120000', '28');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R15', 'min_gap_days', '002204010010000', '14');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R15', 'min_gap_days', '002203010010000', '14');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R17', 'min_settlements', '-', '2');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R20', 'percentile', '-', '99');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R20', 'min_purchases', '-', '6');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R22', 'min_institutions', '-', '3');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R22', 'within_minutes', '-', '30');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R23', 'min_z', '-', '3.0');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R23', 'min_ratio', '-', '2.0');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R23', 'min_visits', '-', '5');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R23', 'min_peers', '-', '5');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R23', 'peer_by', '-', 'kind+hosp_lv');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R26', 'min_visits', '-', '5');
INSERT INTO rule_book_value (version_no, rule_id, param_name, entry_key, param_value) VALUES (1, 'R26', 'min_amount', '-', '3000.00');
