-- One AES data key per participant, wrapped by the master key (LOTSE_MASTER_KEY).
-- Deleting a row is the erasure of that participant's personal data (crypto-shredding).
-- This migration ships with the platform module, whose code reads and writes the table, but it
-- belongs to the command side's history (db/command): the command side creates and destroys keys.
CREATE TABLE participant_key (
    participant_id uuid PRIMARY KEY,
    wrapped_key    bytea       NOT NULL,
    created_at     timestamptz NOT NULL
);
