-- The embedded file has one user at a time and no server to enforce roles: team mode's group
-- roles, grants and row rules (postgresql/V18) have nothing to match here. Kept so that both
-- databases are at the same version.
SELECT 1;
