-- The people who sign in to Lotse. Each row is written in the transaction that stores the account's
-- event (AccountOpened, RolesChanged, ...), so sign-in always decides on the current state; the
-- password hash lives only here, never in an event, so it can be changed and erased. It ships with
-- the platform module because both sides authenticate against it, but it belongs to the command
-- side's migration history.
CREATE TABLE account (
    username             varchar(40)  PRIMARY KEY,
    display_name         varchar(200) NOT NULL,
    roles                varchar(200) NOT NULL,
    enabled              boolean      NOT NULL,
    password_hash        varchar(200) NOT NULL,
    must_change_password boolean      NOT NULL,
    opened_at            timestamptz  NOT NULL,
    last_sign_in         timestamptz
);

-- API tokens: only the SHA-256 hash of a token is kept, and a request finds its token by that hash.
CREATE TABLE api_token (
    id           uuid         PRIMARY KEY,
    username     varchar(40)  NOT NULL REFERENCES account (username),
    name         varchar(100) NOT NULL,
    token_hash   char(64)     NOT NULL UNIQUE,
    created_at   timestamptz  NOT NULL,
    expires_at   timestamptz  NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
CREATE INDEX api_token_username ON api_token (username, created_at);
