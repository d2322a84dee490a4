-- Issue 21, Home: "waiting on me" and "waiting on the customer" count one user's open cases in
-- some statuses. With only (assignee_id, due_date) H2 reads each of those rows to see its status
-- (about 180 ms for one agent at a million cases); with the status in the index the count is
-- answered from the index alone.
CREATE INDEX ix_case_assignee_status ON privacy_case (assignee_id, status, due_date NULLS LAST, id);
