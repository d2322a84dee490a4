-- Version 2: the facts of every request type, case links, and the rule/calendar version of each
-- case's clocks. Personal data kept to what domain.md allows: references, methods, never evidence.

ALTER TABLE privacy_case ADD COLUMN requester_kind VARCHAR(24);
ALTER TABLE privacy_case ADD COLUMN account_ref VARCHAR(40);
ALTER TABLE privacy_case ADD COLUMN reply_contact VARCHAR(200);
-- e.g. rules-2026.1/us-federal+1-3fa2c1d0: which rules and calendar set this case's dates
ALTER TABLE privacy_case ADD COLUMN rule_version VARCHAR(60);
UPDATE privacy_case c SET rule_version =
    (SELECT MAX(k.rule_version) FROM case_clock k WHERE k.case_id = c.id);
ALTER TABLE case_clock ALTER COLUMN rule_version VARCHAR(60);

CREATE TABLE ca_disclosure_request (
    case_id               BIGINT      NOT NULL PRIMARY KEY,
    designated            BOOLEAN     NOT NULL,
    residency_basis       VARCHAR(32) NOT NULL,
    personal_relationship BOOLEAN     NOT NULL,
    agent_authority       VARCHAR(500),
    CONSTRAINT fk_ca_case FOREIGN KEY (case_id) REFERENCES privacy_case (id)
);

-- No child name, birth date, email, photo or voice: only how "under 13" is known.
CREATE TABLE child_deletion_request (
    case_id             BIGINT      NOT NULL PRIMARY KEY,
    coppa_trigger       VARCHAR(32) NOT NULL,
    under13_basis       VARCHAR(32) NOT NULL,
    parent_verification VARCHAR(40) NOT NULL,
    CONSTRAINT fk_coppa_case FOREIGN KEY (case_id) REFERENCES privacy_case (id)
);

CREATE TABLE password_compromise_report (
    case_id        BIGINT      NOT NULL PRIMARY KEY,
    authentication VARCHAR(40) NOT NULL,
    CONSTRAINT fk_pwd_case FOREIGN KEY (case_id) REFERENCES privacy_case (id)
);

CREATE TABLE cpni_breach (
    case_id                     BIGINT        NOT NULL PRIMARY KEY,
    determined_on               DATE          NOT NULL,
    determined_by               VARCHAR(120)  NOT NULL,
    description                 VARCHAR(4000) NOT NULL,
    law_enforcement_notified_on DATE,
    CONSTRAINT fk_cpni_case FOREIGN KEY (case_id) REFERENCES privacy_case (id)
);

-- Shown both ways; kind ESCALATED_TO = password compromise -> CPNI breach.
CREATE TABLE case_link (
    from_case_id BIGINT      NOT NULL,
    to_case_id   BIGINT      NOT NULL,
    kind         VARCHAR(24) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_case_link PRIMARY KEY (from_case_id, to_case_id, kind),
    CONSTRAINT fk_link_from FOREIGN KEY (from_case_id) REFERENCES privacy_case (id),
    CONSTRAINT fk_link_to FOREIGN KEY (to_case_id) REFERENCES privacy_case (id)
);
CREATE INDEX ix_case_link_to ON case_link (to_case_id);
