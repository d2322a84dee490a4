-- Version 17 (issue 23, point 6): a purged opt-out's kept hash becomes an HMAC under the
-- installation's secret (outside the database) instead of a plain SHA-256 anyone can recompute
-- from a guessed address. The key is not available to a migration, so the hashes written before
-- are rekeyed when the database next opens (each case concerned gets an audit entry and a new
-- seal), and this flag records that it was done.
ALTER TABLE audit_head ADD COLUMN suppression_keyed BOOLEAN DEFAULT FALSE NOT NULL;
