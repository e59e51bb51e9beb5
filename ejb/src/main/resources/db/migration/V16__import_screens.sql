-- The import screens: a job may be cancelled (the runner stops after the chunk in flight, committed chunks stay);
-- the total of data rows is estimated at submission from the file's first bytes and made exact when known, so the
-- progress bar has an end; column mappings are saved as named templates, by header name, to apply to new files.
ALTER TABLE import_job DROP CONSTRAINT import_job_state_check;
ALTER TABLE import_job ADD CONSTRAINT import_job_state_check
    CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED'));
ALTER TABLE import_job ADD COLUMN total_rows bigint NOT NULL DEFAULT 0;
ALTER TABLE import_job ADD COLUMN total_exact boolean NOT NULL DEFAULT false;
CREATE INDEX import_job_newest ON import_job (created_by, created_at DESC, id DESC);

CREATE SEQUENCE import_template_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE import_template (
    id         bigint       PRIMARY KEY,
    name       varchar(80)  NOT NULL UNIQUE,
    mapping    text         NOT NULL,
    created_by varchar(64)  NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    version    bigint       NOT NULL DEFAULT 0
);
