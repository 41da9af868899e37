-- audit_visit is a working copy rebuilt by every audit run (V21): no write-ahead log needed for it.
ALTER TABLE audit_visit SET UNLOGGED;
