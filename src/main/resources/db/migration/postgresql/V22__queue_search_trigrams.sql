-- Issue 21, "Queue": in team mode a queue search ("hill5") looks for the fragment inside every
-- case's email address and account reference (LIKE '%…%'), which without help reads the whole
-- table. PostgreSQL's pg_trgm extension indexes the three-letter pieces of those columns, so such a
-- search reads only the rows that hold them. Where the server has no pg_trgm (it ships with
-- PostgreSQL's contrib modules) or this account may not create it, nothing changes and the
-- searches scan as before: docs/performance.md says what that costs, and the server's log keeps
-- the notice below. pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may
-- create it. It lives in schema public, so that every PrivacyDesk schema of the database finds its
-- operator classes.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    BEGIN
      CREATE EXTENSION pg_trgm SCHEMA public;
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'pg_trgm is not available (%): queue searches in team mode scan the cases', SQLERRM;
    END;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE format(
        'CREATE INDEX ix_case_contact_trgm ON privacy_case USING gin (contact_normalized %I.gin_trgm_ops)',
        (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
          WHERE e.extname = 'pg_trgm'));
    EXECUTE format(
        'CREATE INDEX ix_case_account_trgm ON privacy_case USING gin (upper(account_ref) %I.gin_trgm_ops)',
        (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
          WHERE e.extname = 'pg_trgm'));
  END IF;
END $$;
