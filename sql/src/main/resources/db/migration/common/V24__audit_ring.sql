-- Co-visit rings (团伙) as groups: each member also gets a PERSON finding naming the ring (M-RING); these rows let
-- an inspector see the ring whole. An audit of a month replaces the month's rings.
CREATE TABLE audit_ring (
    cycle_month         VARCHAR(7)      NOT NULL,
    ring_id             VARCHAR(60)     NOT NULL,
    member_count        NUMERIC(10)     NOT NULL,
    pair_count          NUMERIC(10)     NOT NULL,
    density             DECIMAL(6,4)    NOT NULL,
    max_co_days         NUMERIC(10)     NOT NULL,
    min_adjusted_p      DOUBLE PRECISION NOT NULL,
    institutions        VARCHAR(2000)   NOT NULL,
    vola_amt            DECIMAL(16,2)   NOT NULL,
    created_at          TIMESTAMP       NOT NULL,
    CONSTRAINT pk_audit_ring PRIMARY KEY (cycle_month, ring_id)
);

CREATE TABLE audit_ring_member (
    cycle_month         VARCHAR(7)      NOT NULL,
    ring_id             VARCHAR(60)     NOT NULL,
    psn_no              VARCHAR(40)     NOT NULL,
    pair_count          NUMERIC(10)     NOT NULL,
    vola_amt            DECIMAL(16,2)   NOT NULL,
    CONSTRAINT pk_audit_ring_member PRIMARY KEY (cycle_month, ring_id, psn_no)
);
