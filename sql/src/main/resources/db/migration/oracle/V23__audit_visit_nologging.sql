-- audit_visit is a working copy rebuilt by every audit run (V21): no redo needed for its bulk loads.
ALTER TABLE audit_visit NOLOGGING;
