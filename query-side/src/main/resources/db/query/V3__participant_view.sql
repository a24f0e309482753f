-- Each participant's current state as one JSON document; the coach is a column of its own because
-- every read checks it before the document is handed out.
CREATE TABLE participant_view (
    participant_id uuid   PRIMARY KEY,
    coach          text   NOT NULL,
    last_sequence  bigint NOT NULL,
    view           jsonb  NOT NULL
);
