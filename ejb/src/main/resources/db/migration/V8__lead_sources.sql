-- Web-to-lead: each source is a form on some web site, identified by a random key that the form posts with.
-- The key is public (it sits in the page's HTML): it only says where a lead came from and what to give it.
CREATE TABLE lead_source (
    id                bigint       PRIMARY KEY,
    name              varchar(80)  NOT NULL,
    key               varchar(64)  NOT NULL UNIQUE,
    default_interests text,
    default_owner     varchar(64),
    active            boolean      NOT NULL DEFAULT true,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    version           bigint       NOT NULL DEFAULT 0
);
