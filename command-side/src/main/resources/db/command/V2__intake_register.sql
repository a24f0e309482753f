-- The duplicate check at intake: one keyed hash (HMAC-SHA256 of name, date of birth and postcode)
-- per participant, never the data themselves.
CREATE TABLE intake_register (
    participant_id uuid PRIMARY KEY,
    intake_key text NOT NULL UNIQUE
);
