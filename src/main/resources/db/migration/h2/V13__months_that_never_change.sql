-- Version 13: months that never change (issue 22, domain.md §6). A finished month's report depends
-- on who held each case then, so assignments keep their history; and the month's figures, once
-- computed after it ended, are kept (sealed like every audited record, ADR 0022) and reported
-- from then on. (PostgreSQL twin: postgresql/V13, BYTEA for BLOB.)

-- Every change of a case's assignee from this version on. A case's first change also records who
-- held it before (from its creation); a case never reassigned has no rows, and its assignee is
-- the one on PRIVACY_CASE.
CREATE TABLE case_assignment (
    case_id     BIGINT NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    assignee_id BIGINT,
    CONSTRAINT pk_case_assignment PRIMARY KEY (case_id, assigned_at),
    CONSTRAINT fk_assignment_case FOREIGN KEY (case_id) REFERENCES privacy_case (id),
    CONSTRAINT fk_assignment_user FOREIGN KEY (assignee_id) REFERENCES app_user (id)
);

-- A finished month's report tables as first computed after the month ended (gzip-compressed
-- JSON), with what they were measured by.
CREATE TABLE month_report (
    report_month INT          NOT NULL,
    frozen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    frozen_by    BIGINT       NOT NULL,
    calendar     VARCHAR(200) NOT NULL,
    measured     VARCHAR(400) NOT NULL,
    report_tables BLOB        NOT NULL,
    CONSTRAINT pk_month_report PRIMARY KEY (report_month),
    CONSTRAINT fk_month_report_user FOREIGN KEY (frozen_by) REFERENCES app_user (id)
);
