-- The embedded file has one user at a time and no server to enforce roles: the rights on V20's
-- tables (postgresql/V21) have nothing to match here. Kept so that both databases are at the same
-- version.
SELECT 1;
