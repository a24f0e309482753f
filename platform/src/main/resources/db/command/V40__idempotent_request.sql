-- The POST requests sent with an Idempotency-Key header and the answer each got, so that a client
-- repeating a request (after a timeout or a lost connection) gets the first answer again rather
-- than a second change. A row without a status is a request still running. Keys are per user;
-- rows older than the key lifetime (24 h) are purged. It ships with the platform module, whose
-- filter uses it on both sides, but it belongs to the command side's history: in split mode the
-- command side creates it in the database both sides share.
CREATE TABLE idempotent_request (
    user_name       varchar(255) NOT NULL,
    idempotency_key varchar(255) NOT NULL,
    fingerprint     char(64)     NOT NULL,
    received_at     timestamptz  NOT NULL,
    status          integer,
    location        text,
    content_type    text,
    body            bytea,
    PRIMARY KEY (user_name, idempotency_key)
);

CREATE INDEX idempotent_request_received_at ON idempotent_request (received_at);
