-- audit_item is a working copy rebuilt by every audit run (V26): no redo needed for its bulk loads.
ALTER TABLE audit_item NOLOGGING;
