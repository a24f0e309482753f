-- The provider directory's names, one provider each: the key is the name in lower case with runs of
-- spaces made one, so that a second listing of the same office under another spelling is refused.
CREATE TABLE provider_name (
    name_key    text PRIMARY KEY,
    provider_id uuid NOT NULL UNIQUE
);
