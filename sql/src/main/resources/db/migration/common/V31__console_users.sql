-- The web console's users (spec/cli.md `user add`): roles and regions as comma-separated codes, a bcrypt hash
-- (Spring Security's delegating format, "{bcrypt}..."), and the login lock that must hold across restarts.
-- regions is empty (NULL: Oracle stores '' as NULL) for a user who sees every region.
-- Same portable style as V1: VARCHAR, NUMERIC, TIMESTAMP, no time defaults.
CREATE SEQUENCE console_user_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE console_user (
    user_name           VARCHAR(60)     NOT NULL,
    password_hash       VARCHAR(200)    NOT NULL,
    roles               VARCHAR(200)    NOT NULL,
    regions             VARCHAR(1000),
    unmask              VARCHAR(1)      NOT NULL,
    enabled             VARCHAR(1)      NOT NULL,
    failed_logins       NUMERIC(10)     NOT NULL,
    locked_until        TIMESTAMP,
    queue_filter        VARCHAR(1000),
    created_at          TIMESTAMP       NOT NULL,
    created_by          VARCHAR(60)     NOT NULL,
    CONSTRAINT pk_console_user PRIMARY KEY (user_name)
);

-- Append-only: every user administration step and every login attempt on a known user, with who and when.
CREATE TABLE console_user_event (
    id                  NUMERIC(19)     NOT NULL,
    user_name           VARCHAR(60)     NOT NULL,
    event_type          VARCHAR(20)     NOT NULL,
    event_by            VARCHAR(60)     NOT NULL,
    event_at            TIMESTAMP       NOT NULL,
    detail              VARCHAR(1000),
    CONSTRAINT pk_console_user_event PRIMARY KEY (id)
);
CREATE INDEX ix_console_user_event_user ON console_user_event (user_name, event_at);
