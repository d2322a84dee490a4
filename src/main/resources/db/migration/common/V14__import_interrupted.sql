-- Version 14 (issue 23, point 3): an opt-out import whose process died mid-way is marked
-- INTERRUPTED at the next start, with what its committed batches created, instead of staying
-- RUNNING for ever.
ALTER TABLE opt_out_import DROP CONSTRAINT ck_import_status;
ALTER TABLE opt_out_import ADD CONSTRAINT ck_import_status
    CHECK (status IN ('RUNNING', 'DONE', 'CANCELLED', 'FAILED', 'INTERRUPTED'));
