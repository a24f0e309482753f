-- The global audit trail: who recorded which event when, under which correlation. No payloads:
-- the trail is for finding events; their content is read from the event store itself.
CREATE TABLE audit_trail (
    event_id       varchar(255) PRIMARY KEY,
    participant_id uuid         NOT NULL,
    sequence       bigint       NOT NULL,
    type           varchar(100) NOT NULL,
    recorded_at    timestamptz  NOT NULL,
    recorded_by    varchar(100) NOT NULL,
    correlation_id varchar(255),
    causation_id   varchar(255)
);
CREATE INDEX audit_trail_recorded_at ON audit_trail (recorded_at, participant_id, sequence);
CREATE INDEX audit_trail_recorded_by ON audit_trail (recorded_by, recorded_at);
CREATE INDEX audit_trail_type ON audit_trail (type, recorded_at);
