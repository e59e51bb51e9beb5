-- Users of the workstation and their roles (a user may have several).
-- EclipseLink takes a nextval as the last id of a block of 50: the first block is 1..50.
CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
    id            bigint PRIMARY KEY,
    username      varchar(64)  NOT NULL,
    full_name     varchar(120) NOT NULL,
    password_hash varchar(200) NOT NULL,
    enabled       boolean      NOT NULL DEFAULT true,
    locale        varchar(5)   NOT NULL DEFAULT 'it',
    extension     varchar(32),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT app_user_username_format CHECK (username ~ '^[a-z0-9._-]{3,64}$')
);
CREATE UNIQUE INDEX app_user_username_key ON app_user (username);

CREATE TABLE app_user_role (
    user_id bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    varchar(16) NOT NULL CHECK (role IN ('OPERATOR', 'SUPERVISOR', 'MANAGER', 'ADMIN')),
    PRIMARY KEY (user_id, role)
);
