-- The audit no longer needs indexes on settlement: it finds reversals with one NOT IN (evaluated once, hashed)
-- and drives its joins from its own snapshot (audit_visit) and from the inpatient stays. The two indexes V20
-- added cost every import about a third of its speed, so they go.
DROP INDEX ix_settlement_psn_time;
DROP INDEX ix_settlement_init;
