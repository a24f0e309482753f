-- The pathway analytics. pathway_participant keeps each participant's part in the programme as the
-- ESF+ fold sees it (stages, situations, exit, follow-up; no name or free text), so that the next
-- event can be folded on; pathway_version keeps what the analytics count of it, one row per
-- change, valid from the instant its event was recorded until the next change was recorded, so a
-- report "as of" an instant counts the rows valid then, in SQL, without folding anything; a report
-- of now counts the current rows (recorded_until IS NULL).
CREATE TABLE pathway_participant (
    participant_id   uuid   PRIMARY KEY,
    participation    jsonb  NOT NULL,
    version_sequence bigint NULL,
    last_sequence    bigint NOT NULL
);

CREATE TABLE pathway_version (
    participant_id            uuid        NOT NULL,
    sequence                  bigint      NOT NULL,
    recorded_from             timestamptz NOT NULL,
    recorded_until            timestamptz NULL,
    entry_date                date        NOT NULL,
    -- the stages ever started as bits, COACHING = 1, QUALIFICATION = 2, LANGUAGE_SUPPORT = 4 ...
    route                     smallint    NOT NULL,
    -- per stage, in the order of the five stages: how its latest run stands (null: never started),
    -- the days from the entry to its first start, and the days it was active once it has ended
    stage_status              text[]      NOT NULL,
    days_from_entry           integer[]   NOT NULL,
    days_active               integer[]   NOT NULL,
    exit_date                 date        NULL,
    employed_upon_leaving     boolean     NOT NULL,
    employed_six_months_after boolean     NOT NULL,
    PRIMARY KEY (participant_id, sequence)
);
CREATE INDEX pathway_version_current ON pathway_version (participant_id) WHERE recorded_until IS NULL;

-- Each referral with the instants it was made and closed, for the referrals by area "as of".
CREATE TABLE pathway_referral (
    referral_id        uuid        PRIMARY KEY,
    participant_id     uuid        NOT NULL,
    area               text        NOT NULL,
    made_on            date        NOT NULL,
    made_recorded_at   timestamptz NOT NULL,
    outcome            text        NULL,
    closed_on          date        NULL,
    closed_recorded_at timestamptz NULL
);
CREATE INDEX pathway_referral_by_participant ON pathway_referral (participant_id);
