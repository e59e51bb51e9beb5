-- Lists an administrator keeps (carriers, contact labels, roles in a company, ratings) and custom fields
-- of the registry: defined once, shown on the card of the party types they apply to, searchable.

-- ids 1..99 are the seeded values below; EclipseLink blocks of 50 start after them.
CREATE SEQUENCE configuration_seq START WITH 150 INCREMENT BY 50;

CREATE TABLE list_value (
    id       bigint PRIMARY KEY,
    list     varchar(16) NOT NULL CHECK (list IN ('CARRIER', 'CONTACT_LABEL', 'COMPANY_ROLE', 'RATING')),
    label    varchar(80) NOT NULL,
    position int         NOT NULL DEFAULT 0,
    active   boolean     NOT NULL DEFAULT true,
    version  bigint      NOT NULL DEFAULT 0,
    CONSTRAINT list_value_unique UNIQUE (list, label)
);

INSERT INTO list_value (id, list, label, position) VALUES
    (1, 'CARRIER', 'TIM', 1), (2, 'CARRIER', 'Vodafone', 2), (3, 'CARRIER', 'WindTre', 3), (4, 'CARRIER', 'Iliad', 4),
    (5, 'CARRIER', 'PosteMobile', 5), (6, 'CARRIER', 'Fastweb', 6), (7, 'CARRIER', 'Kena', 7), (8, 'CARRIER', 'ho.', 8),
    (9, 'CARRIER', 'Very Mobile', 9), (10, 'CARRIER', 'CoopVoce', 10),
    (11, 'CONTACT_LABEL', 'Casa', 1), (12, 'CONTACT_LABEL', 'Ufficio', 2), (13, 'CONTACT_LABEL', 'Personale', 3),
    (14, 'COMPANY_ROLE', 'Titolare', 1), (15, 'COMPANY_ROLE', 'Amministratore', 2), (16, 'COMPANY_ROLE', 'Responsabile acquisti', 3),
    (17, 'RATING', 'A - Ottimo', 1), (18, 'RATING', 'B - Buono', 2), (19, 'RATING', 'C - Da sviluppare', 3);

ALTER TABLE party ADD COLUMN rating varchar(80);

CREATE TABLE custom_field (
    id         bigint PRIMARY KEY,
    code       varchar(40)  NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
    label      varchar(80)  NOT NULL,
    type       varchar(8)   NOT NULL CHECK (type IN ('TEXT', 'NUMBER', 'DATE', 'CHOICE')),
    applies_to varchar(8)   NOT NULL CHECK (applies_to IN ('PERSON', 'COMPANY', 'BOTH')),
    required   boolean      NOT NULL DEFAULT false,
    choices    varchar(2000),
    position   int          NOT NULL DEFAULT 0,
    active     boolean      NOT NULL DEFAULT true,
    version    bigint       NOT NULL DEFAULT 0
);

CREATE TABLE party_custom_value (
    party_id bigint        NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    field_id bigint        NOT NULL REFERENCES custom_field (id) ON DELETE CASCADE,
    value    varchar(1000) NOT NULL,
    PRIMARY KEY (party_id, field_id)
);
CREATE INDEX party_custom_value_search_idx ON party_custom_value (field_id, lower(value));
