-- Issue 17: several nodes on one database.
-- An import job is claimed by one node (owner_node) which beats its heartbeat while it runs; a job whose heartbeat
-- stopped (its node died) is taken over by another node, which resumes it from its committed position. The uploaded
-- file is kept in the database, in parts, so that whichever node runs the job reads it; stored_path stays for the
-- jobs queued before this migration, whose file is on the disk of the node that received it.
ALTER TABLE import_job
    ADD COLUMN owner_node   varchar(64),
    ADD COLUMN heartbeat_at timestamptz,
    ALTER COLUMN stored_path DROP NOT NULL;

CREATE TABLE import_file_part (
    job_id bigint NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    part   int    NOT NULL,
    data   bytea  NOT NULL,
    PRIMARY KEY (job_id, part)
);
