-- Imports of parties from CSV files. The uploaded file is stored on disk before its job row exists, so a crash
-- loses nothing; "position" is the number of data records whose outcome is committed, so a job interrupted by a
-- crash resumes right after its last committed chunk and no record is imported twice.
CREATE SEQUENCE import_job_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE import_job (
    id            bigint       PRIMARY KEY,
    file_name     varchar(255) NOT NULL,
    stored_path   varchar(1000) NOT NULL,
    encoding      varchar(20)  NOT NULL,
    delimiter     varchar(1)   NOT NULL,
    mapping       text         NOT NULL,
    duplicates    varchar(10)  NOT NULL CHECK (duplicates IN ('SKIP', 'UPDATE', 'CREATE')),
    state         varchar(10)  NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    read_rows     bigint       NOT NULL DEFAULT 0,
    created_rows  bigint       NOT NULL DEFAULT 0,
    updated_rows  bigint       NOT NULL DEFAULT 0,
    skipped_rows  bigint       NOT NULL DEFAULT 0,
    rejected_rows bigint       NOT NULL DEFAULT 0,
    position      bigint       NOT NULL DEFAULT 0,
    created_by    varchar(64)  NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    message       varchar(1000),
    version       bigint       NOT NULL DEFAULT 0
);

CREATE INDEX import_job_queue ON import_job (created_at, id) WHERE state IN ('QUEUED', 'RUNNING');

CREATE TABLE import_rejection (
    job_id bigint        NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    line   bigint        NOT NULL,
    reason varchar(2000) NOT NULL,
    raw    text          NOT NULL,
    PRIMARY KEY (job_id, line)
);
