-- Who started an audit run (./fundclear history, the console's history page); NULL for runs before this column.
ALTER TABLE audit_run ADD started_by VARCHAR(100);
