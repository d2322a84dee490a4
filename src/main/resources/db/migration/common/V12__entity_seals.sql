-- Sealed rows (ADR 0022): the keyed hash of each audited entity's rows (a case with its facts,
-- checklist, clocks, notes, letters and links; a user; the settings; the templates; a register
-- year) as its latest audit entry left them. The key is outside the database.
CREATE TABLE entity_seal (
    entity    VARCHAR(16) NOT NULL,
    entity_id BIGINT      NOT NULL,
    audit_seq BIGINT      NOT NULL,
    seal      CHAR(64)    NOT NULL,
    -- the id first: a transaction reads and rewrites the seals of the records it touched with
    -- entity_id IN (...), which an index can serve only on its first column
    CONSTRAINT pk_entity_seal PRIMARY KEY (entity_id, entity)
);
-- verify-audit walks one kind of record after another in id order
CREATE INDEX ix_entity_seal_entity ON entity_seal (entity, entity_id);

-- which installation key (a file outside the data folder) this database's chain and seals use
ALTER TABLE audit_head ADD COLUMN installation_id VARCHAR(36);

-- a case's seal covers the opt-out hash its purge kept
CREATE INDEX ix_suppression_case ON opt_out_suppression (first_case_id);
