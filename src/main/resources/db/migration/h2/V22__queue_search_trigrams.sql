-- The embedded file searches through PrivacyDesk's in-memory index of contacts and accounts
-- (ContactSearchIndex): PostgreSQL's trigram indexes (postgresql/V22) have no counterpart here.
-- Kept so that both databases are at the same version.
SELECT 1;
