-- One row per participant as the caseload list shows them. The names are kept apart so that a
-- correction of one of them can rebuild the display name.
CREATE TABLE caseload (
    participant_id     uuid    PRIMARY KEY,
    first_name         text    NOT NULL,
    last_name          text    NOT NULL,
    display_name       text    NOT NULL,
    coach              text    NOT NULL,
    status             text    NOT NULL CHECK (status IN ('ACTIVE', 'EXITED')),
    entry_date         date    NOT NULL,
    exit_date          date    NULL,
    active_stages      text[]  NOT NULL DEFAULT '{}',
    follow_up_recorded boolean NOT NULL DEFAULT false,
    last_sequence      bigint  NOT NULL
);

CREATE INDEX caseload_by_coach ON caseload (coach, entry_date DESC, display_name, participant_id);
CREATE INDEX caseload_in_order ON caseload (entry_date DESC, display_name, participant_id);
