-- The provider directory: one row per listed provider. name_key is the name compared without case and
-- runs of spaces, by which a participant's referral is told to go to a listed provider or not.
CREATE TABLE provider_directory (
    provider_id uuid   PRIMARY KEY,
    name        text   NOT NULL,
    name_key    text   NOT NULL,
    areas       text[] NOT NULL,
    address     text   NOT NULL,
    languages   text[] NOT NULL
);
CREATE INDEX provider_directory_name_key ON provider_directory (name_key);
