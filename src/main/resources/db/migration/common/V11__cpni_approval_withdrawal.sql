-- Version 11: withdrawals and denials of CPNI approval (47 CFR 64.2007–64.2009). The account is
-- the case's account reference; only which approval is withdrawn is recorded here.

CREATE TABLE cpni_approval_request (
    case_id  BIGINT      NOT NULL PRIMARY KEY,
    approval VARCHAR(24) NOT NULL,
    CONSTRAINT fk_cpni_approval_case FOREIGN KEY (case_id) REFERENCES privacy_case (id)
);
