-- Team mode's server, set up once by a PostgreSQL superuser (docs/howto/team-server.md, ADR 0026).
-- Run in PrivacyDesk's database, naming the schema owner's account, e.g.
--   psql -v owner=privacydesk_owner -d privacydesk -f team-server.sql
-- The owner (LOGIN CREATEROLE, created beforehand) runs PrivacyDesk's migrations and creates the
-- first administrator; it is the database administrator's account, never a workstation's. Every
-- PrivacyDesk user signs in with a login role of their own ("pd_" + their name), which
-- PrivacyDesk's administrators create through the schema's functions, in one of these groups.
\set ON_ERROR_STOP on
SELECT 'CREATE ROLE privacydesk_agent NOLOGIN'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'privacydesk_agent') \gexec
SELECT 'CREATE ROLE privacydesk_supervisor NOLOGIN'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'privacydesk_supervisor') \gexec
SELECT 'CREATE ROLE privacydesk_admin NOLOGIN'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'privacydesk_admin') \gexec
-- the owner gives users their group (from PostgreSQL 16 that takes the ADMIN option)
GRANT privacydesk_agent, privacydesk_supervisor, privacydesk_admin TO :"owner" WITH ADMIN OPTION;
-- the schema belongs to the owner; nobody else may create objects in it
ALTER SCHEMA public OWNER TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- The witness table (docs/security.md): owned by a role that cannot sign in; PrivacyDesk's users
-- may add checkpoints and read them, never change or delete them.
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
GRANT USAGE ON SCHEMA privacydesk_witness TO privacydesk_agent, :"owner";
GRANT INSERT, SELECT ON privacydesk_witness.checkpoint TO privacydesk_agent, :"owner";

-- Queue searches in team mode use PostgreSQL's trigram indexes (migration V22) where pg_trgm is
-- installed. It comes with PostgreSQL's contrib modules (Debian's postgresql-15 package has them);
-- the database's owner could create it too (it is a trusted extension), here it is made sure of.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
