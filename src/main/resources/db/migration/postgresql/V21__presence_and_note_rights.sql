-- Team mode: the rights on V20's tables (ADR 0026). Everyone reads them; an agent writes notes'
-- kinds and earlier versions (adding and correcting notes, redacting a COPPA case's notes) and
-- their own presence only; the retention purge (administrators) deletes a case's notes with them.
GRANT SELECT ON case_presence, case_note_correspondence, case_note_version TO privacydesk_agent;
GRANT INSERT ON case_note_correspondence, case_note_version TO privacydesk_agent;
GRANT UPDATE (body, redacted) ON case_note_version TO privacydesk_agent;
GRANT DELETE ON case_note_correspondence, case_note_version TO privacydesk_admin;
GRANT INSERT, UPDATE, DELETE ON case_presence TO privacydesk_agent;

ALTER TABLE case_presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_presence_read ON case_presence FOR SELECT USING (true);
CREATE POLICY case_presence_own ON case_presence FOR ALL TO privacydesk_agent
  USING (user_id IN (SELECT id FROM app_user WHERE 'pd_' || username = session_user))
  WITH CHECK (user_id IN (SELECT id FROM app_user WHERE 'pd_' || username = session_user));
