-- What the ESF+ indicators and the pseudonymised export need from each event of a participant's
-- stream, one row per event, appended and never changed. recorded_at is when the event was stored,
-- so that a report "as of" an instant reads only the rows recorded up to then. Nothing personal is
-- kept: no name, date of birth, postcode, nationality or free text; a correction of a personal
-- field keeps only the age at entry it implies, and a corrected nationality only its group.
CREATE TABLE esf_fact (
    participant_id     uuid        NOT NULL,
    sequence           bigint      NOT NULL,
    recorded_at        timestamptz NOT NULL,
    kind               text        NOT NULL CHECK (kind IN ('ENROLLED', 'CORRECTED', 'STAGE_STARTED',
                                       'STAGE_ENDED', 'QUALIFICATION', 'SITUATION', 'EXITED', 'FOLLOW_UP')),
    -- the entry, stage start or end, qualification, situation, exit or follow-up date
    fact_date          date        NULL,
    -- the characteristics at entry (ENROLLED); age_at_entry also after every correction
    gender             text        NULL,
    age_at_entry       integer     NULL,
    labour_status      text        NULL,
    isced              smallint    NULL,
    third_country      boolean     NULL,
    foreign_background text        NULL,
    disability         text        NULL,
    minority           text        NULL,
    homeless           text        NULL,
    rural              boolean     NULL,
    -- a correction: the intake field and its new value (null for a personal field or unknown ISCED)
    field              text        NULL,
    value              text        NULL,
    -- the route: stage and how it ended, qualification, situation, exit and follow-up
    stage              text        NULL,
    stage_status       text        NULL,
    certificate        text        NULL,
    situation          text        NULL,
    exit_reason        text        NULL,
    better_situation   boolean     NULL,
    -- One event is one fact, so a redelivered event changes nothing. The key's index also gives the
    -- report its reading order, participant by participant and event by event.
    PRIMARY KEY (participant_id, sequence)
);
