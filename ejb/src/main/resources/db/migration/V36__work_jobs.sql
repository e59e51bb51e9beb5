-- Issue 17: the work a screen starts in the background (a campaign's fill, an RPO return file) is a job in the
-- database, as an import is: claimed by one node (owner_node) with FOR UPDATE SKIP LOCKED, kept by its heartbeat,
-- taken over by another node when the heartbeat stops; its progress (done of total) and its end (result, or the
-- refusal's code) are committed rows, so the screen that polls it shows the same on every node. An RPO file is kept
-- in parts, as an import's, so whichever node runs the job reads it.
CREATE TABLE work_job (
    id             bigserial    PRIMARY KEY,
    kind           varchar(20)  NOT NULL CHECK (kind IN ('FILL', 'RPO_RETURN')),
    state          varchar(10)  NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    parameters     text         NOT NULL,
    created_by     varchar(64)  NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    started_at     timestamptz,
    finished_at    timestamptz,
    owner_node     varchar(64),
    heartbeat_at   timestamptz,
    takeovers      int          NOT NULL DEFAULT 0,
    done           bigint       NOT NULL DEFAULT 0,
    total          bigint       NOT NULL DEFAULT 0,
    result         text,
    error_code     varchar(60),
    error_argument varchar(255),
    version        bigint       NOT NULL DEFAULT 0
);

CREATE INDEX work_job_queue ON work_job (created_at, id) WHERE state IN ('QUEUED', 'RUNNING');

CREATE TABLE work_job_file_part (
    job_id bigint NOT NULL REFERENCES work_job (id) ON DELETE CASCADE,
    part   int    NOT NULL,
    data   bytea  NOT NULL,
    PRIMARY KEY (job_id, part)
);
