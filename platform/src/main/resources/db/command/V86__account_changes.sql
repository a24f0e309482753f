-- Every statement that changes what a sign-in decides on (an account's roles, whether it is enabled,
-- its password, a token's revocation or expiry) notifies the channel lotse_account_change. PostgreSQL
-- delivers the notification once the change commits, to every Lotse process listening
-- (AccountChanges), which then drops what it kept of signed-in tokens. A sign-in's own bookkeeping
-- (last_sign_in, last_used_at) notifies nobody.
CREATE FUNCTION notify_account_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('lotse_account_change', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER account_changed
    AFTER UPDATE OF username, display_name, roles, enabled, password_hash, must_change_password OR DELETE
    ON account FOR EACH STATEMENT EXECUTE FUNCTION notify_account_change();

CREATE TRIGGER api_token_changed
    AFTER UPDATE OF username, token_hash, expires_at, revoked_at OR DELETE
    ON api_token FOR EACH STATEMENT EXECUTE FUNCTION notify_account_change();
