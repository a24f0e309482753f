-- The housing register (HousingRegister): what one housing aggregate needs to know of the others,
-- and which unit holds a vacancy, an offer or a tenancy, written in the transaction of the event.
-- btree_gist lets the exclusion constraint compare the unit id with = next to the date ranges;
-- it is a trusted extension, so the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE housing_property (
    property_id uuid         PRIMARY KEY,
    holding     varchar(30)  NOT NULL,
    address     varchar(400) NOT NULL
);

CREATE TABLE housing_unit (
    unit_id     uuid PRIMARY KEY,
    property_id uuid NOT NULL REFERENCES housing_property (property_id)
);

CREATE TABLE housing_unit_part (
    part_id uuid        PRIMARY KEY,
    unit_id uuid        NOT NULL REFERENCES housing_unit (unit_id),
    kind    varchar(20) NOT NULL
);

CREATE TABLE housing_open_offer (
    offer_id       uuid PRIMARY KEY,
    unit_id        uuid NOT NULL REFERENCES housing_unit (unit_id),
    participant_id uuid NOT NULL
);
CREATE INDEX housing_open_offer_participant ON housing_open_offer (participant_id);

-- A unit is in renovation from the start up to the day before completion (upper bound excluded).
CREATE TABLE housing_renovation_unit (
    renovation_id uuid      NOT NULL,
    unit_id       uuid      NOT NULL REFERENCES housing_unit (unit_id),
    period        daterange NOT NULL,
    PRIMARY KEY (renovation_id, unit_id)
);

-- Two tenancies of one unit never share a day, whatever reaches the database.
CREATE TABLE housing_tenancy (
    tenancy_id uuid      PRIMARY KEY,
    unit_id    uuid      NOT NULL REFERENCES housing_unit (unit_id),
    period     daterange NOT NULL,
    CONSTRAINT housing_tenancy_no_overlap EXCLUDE USING gist (unit_id WITH =, period WITH &&)
);
