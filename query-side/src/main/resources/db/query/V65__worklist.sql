-- The coach's worklist. worklist_case holds what each item shows besides itself: the participant's
-- name (overwritten on erasure, like the caseload's) and coach, and whether they are still active.
CREATE TABLE worklist_case (
    participant_id uuid    PRIMARY KEY,
    first_name     text    NOT NULL,
    last_name      text    NOT NULL,
    display_name   text    NOT NULL,
    coach          text    NOT NULL,
    active         boolean NOT NULL,
    erased         boolean NOT NULL,
    last_sequence  bigint  NOT NULL
);
CREATE INDEX worklist_case_by_coach ON worklist_case (coach);

-- One row per open item. item_key tells apart the items of one kind for one participant (a
-- referral's id, a tenancy check's month); an item is listed from shown_from on.
CREATE TABLE worklist_item (
    participant_id uuid NOT NULL,
    kind           text NOT NULL,
    item_key       text NOT NULL,
    due_on         date NOT NULL,
    shown_from     date NOT NULL,
    detail         text NOT NULL,
    PRIMARY KEY (participant_id, kind, item_key)
);
CREATE INDEX worklist_item_in_order ON worklist_item (due_on, shown_from);
