-- The clear's totals per line key of every settlement in cycle M's universe (M's own and those the previous cycle
-- held), summed before the reconciliation says which of them M holds: the clearing lines are these totals less the
-- held settlements' (few). A step of the clear writes them beside the reconciliation, so the month's GROUP BY does
-- not wait for the settlements × ledger join. Replaced per cycle and insured region like the lines.
CREATE TABLE clearing_universe (
    cycle_month         VARCHAR(7)      NOT NULL,
    insu_admdvs         VARCHAR(6)      NOT NULL,
    mdtrtarea_admdvs    VARCHAR(6)      NOT NULL,
    insutype            VARCHAR(3)      NOT NULL,
    med_type            VARCHAR(6)      NOT NULL,
    setl_cnt            NUMERIC(19)     NOT NULL,
    settlement_count    NUMERIC(19)     NOT NULL,
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
    CONSTRAINT pk_clearing_universe PRIMARY KEY (cycle_month, insu_admdvs, mdtrtarea_admdvs, insutype, med_type)
);
