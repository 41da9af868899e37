-- PostgreSQL: settlement, ledger_entry and fee_line partitioned by LIST (cycle_month), one partition per
-- month (created by the import before it loads a month, MonthPartitions) and a DEFAULT partition for rows
-- of a month without one. A month's clear and audit filter on cycle_month and so read only its partition.
-- PostgreSQL needs the partition key in every unique constraint: the primary keys become
-- (setl_id, cycle_month) and (setl_id, line_no, cycle_month); that a setl_id is loaded in one month only is
-- kept by the import (ChunkLoader looks the chunk's keys up in the other months before it inserts).
-- ix_settlement_cycle and ix_ledger_entry_cycle are not recreated: partition pruning replaces them.
-- The jOOQ classes are generated from common + h2 and do not change.

DO $$
DECLARE
    t text;
    m text;
BEGIN
    FOREACH t IN ARRAY ARRAY['settlement', 'ledger_entry', 'fee_line'] LOOP
        EXECUTE format('ALTER TABLE %I RENAME TO %I', t, t || '_unpartitioned');
        EXECUTE format('ALTER TABLE %I RENAME CONSTRAINT %I TO %I', t || '_unpartitioned', 'pk_' || t,
                       'pk_' || t || '_unpartitioned');
        EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY LIST (cycle_month)',
                       t, t || '_unpartitioned');
        EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', t || '_default', t);
        FOR m IN EXECUTE format('SELECT DISTINCT cycle_month FROM %I', t || '_unpartitioned') LOOP
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%L)', t || '_' || replace(m, '-', '_'), t, m);
        END LOOP;
        EXECUTE format('INSERT INTO %I SELECT * FROM %I', t, t || '_unpartitioned');
        EXECUTE format('DROP TABLE %I', t || '_unpartitioned');
    END LOOP;
END $$;

ALTER TABLE settlement ADD CONSTRAINT pk_settlement PRIMARY KEY (setl_id, cycle_month);
CREATE INDEX ix_settlement_file ON settlement (import_file_id, refd_setl_flag);

ALTER TABLE ledger_entry ADD CONSTRAINT pk_ledger_entry PRIMARY KEY (setl_id, cycle_month);
CREATE INDEX ix_ledger_entry_file ON ledger_entry (import_file_id);

ALTER TABLE fee_line ADD CONSTRAINT pk_fee_line PRIMARY KEY (setl_id, line_no, cycle_month);
CREATE INDEX ix_fee_line_file ON fee_line (import_file_id);
