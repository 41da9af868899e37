-- A ring's shared-drug similarity: the mean Jaccard similarity of its members' drugs over the look-back window
-- (0 to 1; empty for rings stored before this column).
ALTER TABLE audit_ring ADD drug_similarity DECIMAL(5,4);
