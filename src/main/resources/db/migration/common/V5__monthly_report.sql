-- Version 5: the monthly report (issue 6).
-- Every closure of a case, kept when the case is reopened, so a month's report reads the same
-- whenever it is produced: "closed in October" and "open at 31 October" do not change because a
-- case was reopened in November. privacy_case.closed_at stays the latest closure.
CREATE TABLE case_closure (
    case_id     BIGINT      NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status      VARCHAR(32) NOT NULL,
    outcome     VARCHAR(40) NOT NULL,
    -- set when the case is reopened after this closure
    reopened_at TIMESTAMP WITH TIME ZONE,
    -- the facts the report needs, as they were when the case closed (no joins at a million cases)
    statutory_due      DATE,
    internal_due       DATE,
    change_notice_on   DATE,
    identifiers_purged BOOLEAN NOT NULL DEFAULT FALSE,
    last_suppressed_on DATE,
    CONSTRAINT pk_case_closure PRIMARY KEY (case_id, closed_at),
    CONSTRAINT fk_closure_case FOREIGN KEY (case_id) REFERENCES privacy_case (id)
);
CREATE INDEX ix_closure_closed ON case_closure (closed_at, case_id);

-- Closures recorded before this version: the latest one of each ended case (earlier closures of
-- reopened cases are in the audit trail only).
INSERT INTO case_closure (case_id, closed_at, status, outcome, statutory_due, internal_due,
                          change_notice_on, identifiers_purged, last_suppressed_on)
SELECT c.id, c.closed_at, c.status, c.outcome,
       (SELECT k.due_date FROM case_clock k WHERE k.case_id = c.id AND k.name = 'statutory'),
       (SELECT k.due_date FROM case_clock k WHERE k.case_id = c.id AND k.name = 'internal'),
       (SELECT t.done_on FROM case_checklist t WHERE t.case_id = c.id AND t.item_key = 'CHANGE_NOTICE_SENT'),
       EXISTS (SELECT 1 FROM case_checklist t WHERE t.case_id = c.id AND t.item_key = 'CHILD_IDENTIFIERS_PURGED'),
       (SELECT MAX(t.done_on) FROM case_checklist t WHERE t.case_id = c.id AND t.item_key LIKE 'SUPPRESSED_IN:%')
  FROM privacy_case c
 WHERE c.closed_at IS NOT NULL AND c.outcome IS NOT NULL AND c.status IN ('CLOSED', 'REJECTED', 'WITHDRAWN');

-- Cases closed after a month's end (candidates for "open at month end") and retention checks.
CREATE INDEX ix_case_closed ON privacy_case (closed_at, case_type);
