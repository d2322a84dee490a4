-- Team mode's witness table (docs/security.md, ADR 0022): run once as a PostgreSQL superuser (or
-- the database's owner with CREATEROLE), in PrivacyDesk's database, e.g.
--   psql -v app_role=privacydesk -d privacydesk -f witness-table.sql
-- app_role is the account PrivacyDesk signs in with. The table belongs to a role of its own that
-- cannot sign in; PrivacyDesk's account may add rows and read them, never change or delete them,
-- so a checkpoint it once wrote cannot be taken back by someone holding that account's password.
\set ON_ERROR_STOP on
SELECT 'CREATE ROLE privacydesk_witness NOLOGIN'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'privacydesk_witness') \gexec
CREATE SCHEMA IF NOT EXISTS privacydesk_witness AUTHORIZATION privacydesk_witness;
CREATE TABLE IF NOT EXISTS privacydesk_witness.checkpoint (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    line        TEXT NOT NULL,
    occasion    TEXT
);
ALTER TABLE privacydesk_witness.checkpoint OWNER TO privacydesk_witness;
REVOKE ALL ON SCHEMA privacydesk_witness FROM PUBLIC;
REVOKE ALL ON privacydesk_witness.checkpoint FROM PUBLIC;
GRANT USAGE ON SCHEMA privacydesk_witness TO :"app_role";
GRANT INSERT, SELECT ON privacydesk_witness.checkpoint TO :"app_role";
