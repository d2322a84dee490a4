-- Version 10: company-specific do-not-call requests (TCPA, 47 CFR 64.1200(d)).

CREATE TABLE dnc_request (
    case_id BIGINT      NOT NULL PRIMARY KEY,
    scope   VARCHAR(32) NOT NULL,
    CONSTRAINT fk_dnc_case FOREIGN KEY (case_id) REFERENCES privacy_case (id)
);

-- Each number in E.164 and its SHA-256. A purge clears the number and keeps the hash, so a number
-- stays on the do-not-call list after its case is purged; a new request for it is found by hash.
CREATE TABLE dnc_number (
    case_id     BIGINT      NOT NULL,
    position    INT         NOT NULL,
    number_e164 VARCHAR(16),
    number_hash CHAR(64)    NOT NULL,
    CONSTRAINT pk_dnc_number PRIMARY KEY (case_id, position),
    CONSTRAINT fk_dnc_number_case FOREIGN KEY (case_id) REFERENCES privacy_case (id)
);
CREATE INDEX ix_dnc_number_hash ON dnc_number (number_hash);
