-- The trail lists account events too (who opened which account, who granted which role): a row
-- belongs either to a participant's stream or to an account's.
ALTER TABLE audit_trail ALTER COLUMN participant_id DROP NOT NULL;
ALTER TABLE audit_trail ADD COLUMN account varchar(40);
ALTER TABLE audit_trail ADD CONSTRAINT audit_trail_one_stream CHECK ((participant_id IS NULL) <> (account IS NULL));
