-- Learning from verdicts (issue 11): a case re-ranked by what inspectors decided on earlier months keeps the rules'
-- own priority beside the learned one, and says which features moved it.
ALTER TABLE audit_case ADD base_priority DECIMAL(16,4);
ALTER TABLE audit_case ADD rank_basis VARCHAR(400);
