-- Team mode: the server enforces the role matrix (issue 23, point 9; ADR 0026, docs/howto/team-server.md).
--
-- Each PrivacyDesk user signs in to PostgreSQL as a login role of their own, "pd_" + their
-- PrivacyDesk name, created, changed and disabled by PrivacyDesk's administrators through the
-- functions below. A login role is a member of exactly one group role, which holds the rights:
--   privacydesk_agent       what every user may do (work cases, import, mail)
--   privacydesk_supervisor  also: settings, templates, the register, mailboxes, monthly reports
--   privacydesk_admin       also: accounts, the retention purge
-- (each group is a member of the one before it, so its rights add up). The role running this
-- migration owns every table and function: only it may ALTER, and only it runs migrations.
-- Nobody may UPDATE or DELETE an audit entry; the chain's head moves only through
-- privacydesk_audit_head_advance, which checks the entries it moves over.
--
-- The running role needs CREATEROLE (it creates the group roles once per cluster and the users'
-- login roles later, through the functions).

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'privacydesk_agent') THEN
    CREATE ROLE privacydesk_agent NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'privacydesk_supervisor') THEN
    CREATE ROLE privacydesk_supervisor NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'privacydesk_admin') THEN
    CREATE ROLE privacydesk_admin NOLOGIN;
  END IF;
END $$;
GRANT privacydesk_agent TO privacydesk_supervisor;
GRANT privacydesk_supervisor TO privacydesk_admin;

-- Who wrote each entry, as the server saw it: filled in by the server, never by the writer (no
-- group may name this column in an INSERT). Not part of the chained hash.
ALTER TABLE audit_event ADD COLUMN db_login VARCHAR(63) DEFAULT session_user;

REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM PUBLIC;
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO privacydesk_agent;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO privacydesk_agent;

-- Reading: everything the window shows an agent; not the frozen monthly reports (VIEW_REPORTS)
-- or the purge runs (PURGE_DATA; supervisors read them to verify the audit trail).
GRANT SELECT ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO privacydesk_agent;
REVOKE SELECT ON month_report, purge_run FROM privacydesk_agent;
GRANT SELECT ON month_report TO privacydesk_supervisor;
GRANT SELECT ON purge_run TO privacydesk_supervisor; -- verify-audit checks its seals

-- Writing, agents: the cases and everything that hangs off them, imports, mail, their own views.
GRANT INSERT, UPDATE ON
    privacy_case, ca_disclosure_request, opt_out_request, child_deletion_request,
    password_compromise_report, cpni_breach, cpni_approval_request, dnc_request, dnc_number,
    case_clock, case_assignment, case_checklist, case_closure, case_letter, case_link,
    case_mail_receipt, case_note, letter_email, opt_out_import, opt_out_suppression,
    incoming_mail, saved_view, user_preference, entity_seal
  TO privacydesk_agent;
GRANT DELETE ON case_clock, case_assignment, case_checklist, saved_view, entity_seal
  TO privacydesk_agent;
-- the sign-in throttle counts failures per name (a keyed hash) and clears them at a sign-in
GRANT INSERT, UPDATE, DELETE ON sign_in_failure TO privacydesk_agent;
-- an agent changes their own password only (the row rule below)
GRANT UPDATE (password_hash, password_changed_at) ON app_user TO privacydesk_agent;
-- the audit trail: appended to, never changed
GRANT INSERT (seq, occurred_at, actor_id, actor_name, action, entity, entity_id, detail,
    prev_hash, entry_hash) ON audit_event TO privacydesk_agent;

-- Supervisors: settings, templates, the disclosure register, mailboxes, monthly reports.
GRANT INSERT, UPDATE ON app_setting, letter_template, disclosure_year, disclosure_recipient,
    mailbox, month_report
  TO privacydesk_supervisor;
GRANT DELETE ON disclosure_recipient TO privacydesk_supervisor;

-- Administrators: accounts and the retention purge.
GRANT INSERT, UPDATE ON app_user, purge_run TO privacydesk_admin;
GRANT DELETE ON case_note TO privacydesk_admin; -- the purge removes notes

-- Row rules: an account row is changed by an administrator, or by its own user (the password
-- only, by the column grant above); saved views and preferences are each user's own.
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_user_read ON app_user FOR SELECT USING (true);
CREATE POLICY app_user_admin ON app_user FOR ALL TO privacydesk_admin USING (true) WITH CHECK (true);
CREATE POLICY app_user_own ON app_user FOR UPDATE TO privacydesk_agent
  USING ('pd_' || username = session_user) WITH CHECK ('pd_' || username = session_user);

ALTER TABLE saved_view ENABLE ROW LEVEL SECURITY;
CREATE POLICY saved_view_own ON saved_view FOR ALL TO privacydesk_agent
  USING (owner_id IN (SELECT id FROM app_user WHERE 'pd_' || username = session_user))
  WITH CHECK (owner_id IN (SELECT id FROM app_user WHERE 'pd_' || username = session_user));

ALTER TABLE user_preference ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_preference_own ON user_preference FOR ALL TO privacydesk_agent
  USING (user_id IN (SELECT id FROM app_user WHERE 'pd_' || username = session_user))
  WITH CHECK (user_id IN (SELECT id FROM app_user WHERE 'pd_' || username = session_user));

-- The chain's head: locked for the writer's transaction, moved forward only over entries that are
-- there, in order, each linked to the one before.
CREATE FUNCTION privacydesk_audit_head_lock() RETURNS TABLE (last_seq BIGINT, last_hash CHAR(64))
  LANGUAGE sql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
  SELECT h.last_seq, h.last_hash FROM audit_head h WHERE h.id = 1 FOR UPDATE
$$;

CREATE FUNCTION privacydesk_audit_head_advance(new_seq BIGINT, new_hash CHAR(64)) RETURNS VOID
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
DECLARE
  head_seq  BIGINT;
  head_hash CHAR(64);
BEGIN
  SELECT h.last_seq, h.last_hash INTO head_seq, head_hash FROM audit_head h WHERE h.id = 1 FOR UPDATE;
  IF new_seq <= head_seq THEN
    RAISE EXCEPTION 'the audit head only moves forward' USING ERRCODE = '42501';
  END IF;
  IF (SELECT count(*) FROM audit_event e WHERE e.seq > head_seq AND e.seq <= new_seq)
      <> new_seq - head_seq THEN
    RAISE EXCEPTION 'audit entries are missing before the new head' USING ERRCODE = '42501';
  END IF;
  IF EXISTS (
      SELECT 1 FROM audit_event e
        LEFT JOIN audit_event p ON p.seq = e.seq - 1
       WHERE e.seq > head_seq AND e.seq <= new_seq
         AND e.prev_hash <> CASE WHEN e.seq = head_seq + 1 THEN head_hash ELSE p.entry_hash END) THEN
    RAISE EXCEPTION 'audit entries do not link to the head' USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.seq = new_seq AND e.entry_hash = new_hash) THEN
    RAISE EXCEPTION 'the new head is not the last entry' USING ERRCODE = '42501';
  END IF;
  UPDATE audit_head SET last_seq = new_seq, last_hash = new_hash WHERE id = 1;
END
$$;

-- A user's login role: created when missing, given the one group role of their PrivacyDesk role,
-- the password (a SCRAM verifier computed by PrivacyDesk, never the password itself) and whether
-- it may sign in. Refuses any role that is not a PrivacyDesk login.
CREATE FUNCTION privacydesk_set_login(app_username TEXT, app_role TEXT, verifier TEXT,
    may_sign_in BOOLEAN) RETURNS VOID
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
DECLARE
  login TEXT := 'pd_' || app_username;
  grp   TEXT;
  r     RECORD;
BEGIN
  -- one change of login roles at a time on the whole server (roles are the cluster's, and two
  -- changes of one role at once would fail): held until the caller's transaction ends
  PERFORM pg_advisory_xact_lock(hashtext('privacydesk_set_login'));
  IF app_username !~ '^[a-z0-9][a-z0-9._-]{1,31}$' THEN
    RAISE EXCEPTION 'not a PrivacyDesk user name' USING ERRCODE = '22023';
  END IF;
  grp := CASE app_role WHEN 'AGENT' THEN 'privacydesk_agent'
                       WHEN 'SUPERVISOR' THEN 'privacydesk_supervisor'
                       WHEN 'ADMIN' THEN 'privacydesk_admin' END;
  IF grp IS NULL THEN
    RAISE EXCEPTION 'not a PrivacyDesk role' USING ERRCODE = '22023';
  END IF;
  IF verifier IS NOT NULL AND verifier !~ '^SCRAM-SHA-256\$' THEN
    RAISE EXCEPTION 'a password must come as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
  END IF;
  SELECT * INTO r FROM pg_roles WHERE rolname = login;
  IF FOUND THEN
    IF r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls
       OR NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                       WHERE m.member = r.oid
                         AND g.rolname IN ('privacydesk_agent', 'privacydesk_supervisor',
                                           'privacydesk_admin')) THEN
      RAISE EXCEPTION 'the server already has a role of that name that is not a PrivacyDesk login'
        USING ERRCODE = '42710';
    END IF;
  ELSE
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT', login);
  END IF;
  -- one group role, given directly: any other the login was given is taken back
  FOR r IN SELECT g.rolname FROM pg_auth_members m
             JOIN pg_roles g ON g.oid = m.roleid
             JOIN pg_roles l ON l.oid = m.member
            WHERE l.rolname = login AND g.rolname <> grp
              AND g.rolname IN ('privacydesk_agent', 'privacydesk_supervisor', 'privacydesk_admin') LOOP
    EXECUTE format('REVOKE %I FROM %I', r.rolname, login);
  END LOOP;
  EXECUTE format('GRANT %I TO %I', grp, login);
  IF verifier IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
  END IF;
  EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN may_sign_in THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$;

REVOKE ALL ON FUNCTION privacydesk_audit_head_lock() FROM PUBLIC;
REVOKE ALL ON FUNCTION privacydesk_audit_head_advance(BIGINT, CHAR) FROM PUBLIC;
REVOKE ALL ON FUNCTION privacydesk_set_login(TEXT, TEXT, TEXT, BOOLEAN) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacydesk_audit_head_lock() TO privacydesk_agent;
GRANT EXECUTE ON FUNCTION privacydesk_audit_head_advance(BIGINT, CHAR) TO privacydesk_agent;
GRANT EXECUTE ON FUNCTION privacydesk_set_login(TEXT, TEXT, TEXT, BOOLEAN) TO privacydesk_admin;
