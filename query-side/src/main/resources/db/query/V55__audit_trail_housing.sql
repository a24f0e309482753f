-- The trail lists housing events too (properties, units, renovations): a row belongs to exactly one
-- stream, a participant's, an account's or a housing aggregate's, named by its id.
ALTER TABLE audit_trail ADD COLUMN housing_stream uuid;
ALTER TABLE audit_trail DROP CONSTRAINT audit_trail_one_stream;
ALTER TABLE audit_trail ADD CONSTRAINT audit_trail_one_stream
    CHECK (num_nonnulls(participant_id, account, housing_stream) = 1);
