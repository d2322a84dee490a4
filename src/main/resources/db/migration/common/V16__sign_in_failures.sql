-- Version 16 (issue 23, point 13): failed sign-ins are counted per name tried, whether an account
-- has that name or not, so that the answer and its delay never tell who exists. The name is kept
-- only as a keyed digest (HMAC under the installation's secret, which is not in the database).
-- Accounts are no longer locked: app_user.locked_until stays for older versions and is not set.
CREATE TABLE sign_in_failure (
    name_digest     VARCHAR(64) NOT NULL,
    failures        INTEGER NOT NULL,
    last_failed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sign_in_failure PRIMARY KEY (name_digest),
    CONSTRAINT ck_sign_in_failures CHECK (failures > 0)
);
