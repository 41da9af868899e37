-- audit_item is a working copy rebuilt by every audit run (V26): no write-ahead log needed for it.
ALTER TABLE audit_item SET UNLOGGED;
