-- Version 9: every queue column sorts (issue 18). Type and status already lead an index of V4;
-- the channel gets the same kind, so a page sorted by channel is read in index order too.
CREATE INDEX ix_case_channel ON privacy_case (channel, due_date NULLS LAST, id);
