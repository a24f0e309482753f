-- The trail lists the provider directory's events too (who listed which provider): a row belongs to
-- exactly one stream, a participant's, an account's, a provider's or a housing aggregate's.
ALTER TABLE audit_trail ADD COLUMN provider_id uuid;
ALTER TABLE audit_trail DROP CONSTRAINT audit_trail_one_stream;
ALTER TABLE audit_trail ADD CONSTRAINT audit_trail_one_stream
    CHECK (num_nonnulls(participant_id, account, provider_id, housing_stream) = 1);
