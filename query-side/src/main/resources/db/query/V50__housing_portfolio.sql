-- The housing portfolio read model: the portfolio, its occupancy rights, vacancies, offers and tenancies, as
-- the units list, a unit's page, the rights register, a participant's view and the housing report
-- read them. Each table's rows change only by the events of one stream (a property's, a unit's or a
-- renovation's), so that a rebuild's workers, each with a share of the streams, never meet on a
-- row; the answers join them. A unit's status depends on the day it is asked, so it is not stored:
-- the queries derive it from the dates. Each change keeps the instant its event was recorded
-- (*_recorded_at), so that the report can count what had been recorded by any earlier instant.
-- A row is inserted once under its key, and each later change fills columns that are set only once
-- (an offer ends once, a tenancy is moved into once), so a redelivered event changes nothing.
-- No participant's name is kept here: participants appear by id.
CREATE TABLE portfolio_property (
    property_id  uuid        PRIMARY KEY,
    street       text        NOT NULL,
    house_number text        NOT NULL,
    postcode     text        NOT NULL,
    city         text        NOT NULL,
    district     text        NOT NULL,
    holding      text        NOT NULL,
    owner        text        NOT NULL,
    since        date        NOT NULL,
    recorded_at  timestamptz NOT NULL
);

CREATE TABLE portfolio_unit (
    unit_id     uuid          PRIMARY KEY,
    property_id uuid          NOT NULL,
    label       text          NOT NULL,
    rooms       integer       NOT NULL,
    area_sqm    numeric NOT NULL,
    rent_cold   numeric NOT NULL,
    accessible  boolean       NOT NULL,
    recorded_at timestamptz   NOT NULL
);
CREATE INDEX portfolio_unit_property ON portfolio_unit (property_id);

CREATE TABLE portfolio_renovation (
    renovation_id         uuid        PRIMARY KEY,
    property_id           uuid        NOT NULL,
    start_date            date        NOT NULL,
    planned_end           date        NOT NULL,
    description           text        NOT NULL,
    unit_ids              uuid[]      NOT NULL,
    -- the day its units leave renovation
    completed_on          date        NULL,
    recorded_at           timestamptz NOT NULL,
    completed_recorded_at timestamptz NULL
);

CREATE TABLE portfolio_renovation_worker (
    renovation_id  uuid          NOT NULL,
    participant_id uuid          NOT NULL,
    from_date      date          NOT NULL,
    hours_per_week numeric NOT NULL,
    recorded_at    timestamptz   NOT NULL,
    PRIMARY KEY (renovation_id, participant_id)
);

CREATE TABLE portfolio_occupancy_right (
    right_id    uuid        PRIMARY KEY,
    unit_id     uuid        NOT NULL,
    kind        text        NOT NULL,
    grantor     text        NOT NULL,
    valid_from  date        NOT NULL,
    valid_until date        NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX portfolio_occupancy_right_unit ON portfolio_occupancy_right (unit_id);

CREATE TABLE portfolio_vacancy (
    vacancy_id         uuid        PRIMARY KEY,
    unit_id            uuid        NOT NULL,
    available_from     date        NOT NULL,
    closed_on          date        NULL,
    recorded_at        timestamptz NOT NULL,
    closed_recorded_at timestamptz NULL
);
CREATE INDEX portfolio_vacancy_unit ON portfolio_vacancy (unit_id);

CREATE TABLE portfolio_offer (
    offer_id          uuid        PRIMARY KEY,
    unit_id           uuid        NOT NULL,
    vacancy_id        uuid        NOT NULL,
    participant_id    uuid        NOT NULL,
    offered_on        date        NOT NULL,
    respond_by        date        NOT NULL,
    status            text        NOT NULL,
    -- the day it was accepted, declined, withdrawn, or the first day after it expired
    ended_on          date        NULL,
    declined_by       text        NULL,
    decline_reason    text        NULL,
    recorded_at       timestamptz NOT NULL,
    ended_recorded_at timestamptz NULL
);
CREATE INDEX portfolio_offer_unit ON portfolio_offer (unit_id);
CREATE INDEX portfolio_offer_participant ON portfolio_offer (participant_id);

CREATE TABLE portfolio_tenancy (
    tenancy_id            uuid          PRIMARY KEY,
    unit_id               uuid          NOT NULL,
    offer_id              uuid          NOT NULL,
    vacancy_id            uuid          NOT NULL,
    participant_id        uuid          NOT NULL,
    start_date            date          NOT NULL,
    -- the end of a fixed term, null when open-ended
    end_date              date          NULL,
    rent_cold             numeric NOT NULL,
    supported             boolean       NOT NULL,
    moved_in_on           date          NULL,
    ended_on              date          NULL,
    end_reason            text          NULL,
    recorded_at           timestamptz   NOT NULL,
    moved_in_recorded_at  timestamptz   NULL,
    ended_recorded_at     timestamptz   NULL
);
CREATE INDEX portfolio_tenancy_unit ON portfolio_tenancy (unit_id);
CREATE INDEX portfolio_tenancy_participant ON portfolio_tenancy (participant_id);

-- a check's note is free text about the tenant and stays in the event store, sealed
CREATE TABLE portfolio_tenancy_check (
    unit_id    uuid   NOT NULL,
    sequence   bigint NOT NULL,
    tenancy_id uuid   NOT NULL,
    check_date date   NOT NULL,
    status     text   NOT NULL,
    PRIMARY KEY (unit_id, sequence)
);
CREATE INDEX portfolio_tenancy_check_tenancy ON portfolio_tenancy_check (tenancy_id);
