-- Issue 10: users and sign-in.

-- A user's credential generation moves whenever the password, the roles or the enabled state change: a screen
-- session or a remembered API credential of an older generation is no longer accepted. Kept here, not in a
-- server's memory, so that every server of a cluster ends the sessions it holds.
ALTER TABLE app_user ADD COLUMN credential_generation bigint NOT NULL DEFAULT 0;

-- Refused sign-ins, for the audit: the name tried (lower case, cut at 64), the user it names if any, the caller's
-- address, the door (the login screen or HTTP Basic on the API) and why. Never the password.
CREATE SEQUENCE sign_in_refusal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sign_in_refusal (
    id       bigint      PRIMARY KEY,
    at       timestamptz NOT NULL,
    username varchar(64) NOT NULL,
    user_id  bigint,
    address  varchar(64) NOT NULL,
    door     varchar(8)  NOT NULL CHECK (door IN ('SCREEN', 'API')),
    reason   varchar(16) NOT NULL CHECK (reason IN ('UNKNOWN_USER', 'WRONG_PASSWORD', 'DISABLED', 'THROTTLED'))
);
CREATE INDEX sign_in_refusal_at_idx ON sign_in_refusal (at);
CREATE INDEX sign_in_refusal_username_idx ON sign_in_refusal (username, at);
