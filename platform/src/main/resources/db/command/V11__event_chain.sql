-- The hash chain over each participant's stored events: hash(n) = SHA-256(hash(n-1) || canonical
-- form of stored event n, metadata included), written in the transaction that appends the event. It ships with the
-- platform module because both sides read it (verification, the history's hashes), but it belongs
-- to the command side's migration history.
CREATE TABLE event_chain (
    aggregate_identifier varchar(255) NOT NULL,
    sequence_number      bigint       NOT NULL,
    hash                 char(64)     NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);
