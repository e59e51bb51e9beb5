-- The registry (anagrafica): persons and companies, their contacts, interests, consents, owners and history.
-- Searches the archive runs: name prefix (name_search, accent-free lower case), codice fiscale, partita IVA,
-- any phone (party_contact.search_key, E.164), comune; each has its index here.

CREATE SEQUENCE party_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE interest_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE registry_history_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE party (
    id                      bigint PRIMARY KEY,
    type                    varchar(8)   NOT NULL CHECK (type IN ('PERSON', 'COMPANY')),
    first_name              varchar(80),
    last_name               varchar(80),
    birth_date              date,
    gender                  char(1)      CHECK (gender IN ('M', 'F')),
    birth_comune_istat      char(6)      REFERENCES comune (istat_code),
    company_name            varchar(200),
    activity_start          date,
    fiscal_code             varchar(16),
    vat_number              varchar(11),
    legal_representative_id bigint       REFERENCES party (id) ON DELETE SET NULL,
    street                  varchar(200),
    comune_istat            char(6)      REFERENCES comune (istat_code),
    postal_code             char(5),
    display_name            varchar(200) NOT NULL,
    name_search             varchar(200) COLLATE "C" NOT NULL,
    status                  varchar(32)  NOT NULL DEFAULT 'NEW',
    visibility              varchar(8)   NOT NULL DEFAULT 'ALL' CHECK (visibility IN ('OWNERS', 'ALL')),
    consent_marketing       boolean      NOT NULL DEFAULT false,
    consent_third_parties   boolean      NOT NULL DEFAULT false,
    consent_profiling       boolean      NOT NULL DEFAULT false,
    consent_birthday        boolean      NOT NULL DEFAULT false,
    consent_welcome         boolean      NOT NULL DEFAULT false,
    consent_promotions      boolean      NOT NULL DEFAULT false,
    created_at              timestamptz  NOT NULL DEFAULT now(),
    created_by              varchar(64)  NOT NULL,
    updated_at              timestamptz  NOT NULL DEFAULT now(),
    version                 bigint       NOT NULL DEFAULT 0,
    CONSTRAINT party_person_names CHECK (type <> 'PERSON' OR (first_name IS NOT NULL AND last_name IS NOT NULL)),
    CONSTRAINT party_company_name CHECK (type <> 'COMPANY' OR company_name IS NOT NULL)
);
-- name_search is accent-free ASCII in the "C" collation: one btree serves the prefix LIKE and the ORDER BY.
CREATE INDEX party_name_search_idx ON party (name_search, id);
CREATE INDEX party_type_name_search_idx ON party (type, name_search, id);
CREATE INDEX party_fiscal_code_idx ON party (fiscal_code) WHERE fiscal_code IS NOT NULL;
CREATE INDEX party_vat_number_idx ON party (vat_number) WHERE vat_number IS NOT NULL;
CREATE INDEX party_comune_idx ON party (comune_istat);
CREATE INDEX party_legal_representative_idx ON party (legal_representative_id) WHERE legal_representative_id IS NOT NULL;

CREATE TABLE party_contact (
    party_id      bigint      NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    position      int         NOT NULL,
    kind          varchar(8)  NOT NULL CHECK (kind IN ('MOBILE', 'PHONE', 'FAX', 'EMAIL', 'WEBSITE', 'SOCIAL')),
    value         varchar(254) NOT NULL,
    search_key    varchar(254) NOT NULL,
    carrier       varchar(40),
    email_consent boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (party_id, position)
);
CREATE INDEX party_contact_search_key_idx ON party_contact (search_key);

CREATE TABLE interest (
    id          bigint PRIMARY KEY,
    name        varchar(80) NOT NULL,
    name_search varchar(80) NOT NULL UNIQUE,
    version     bigint      NOT NULL DEFAULT 0
);

CREATE TABLE party_interest (
    party_id    bigint NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    interest_id bigint NOT NULL REFERENCES interest (id),
    PRIMARY KEY (party_id, interest_id)
);
CREATE INDEX party_interest_interest_idx ON party_interest (interest_id, party_id);

CREATE TABLE party_owner (
    party_id bigint      NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    username varchar(64) NOT NULL,
    PRIMARY KEY (party_id, username)
);
CREATE INDEX party_owner_username_idx ON party_owner (username, party_id);

CREATE TABLE company_administrator (
    company_id bigint NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    person_id  bigint NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    PRIMARY KEY (company_id, person_id)
);

-- Every change of a consent: what, to which value, when, by whom, from which source (screen, API, import).
CREATE TABLE consent_change (
    id         bigint PRIMARY KEY,
    party_id   bigint      NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    consent    varchar(16) NOT NULL,
    granted    boolean     NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by varchar(64) NOT NULL,
    source     varchar(16) NOT NULL
);
CREATE INDEX consent_change_party_idx ON consent_change (party_id, changed_at);

CREATE TABLE party_status_change (
    id          bigint PRIMARY KEY,
    party_id    bigint      NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    from_status varchar(32),
    to_status   varchar(32) NOT NULL,
    changed_at  timestamptz NOT NULL,
    changed_by  varchar(64) NOT NULL
);
CREATE INDEX party_status_change_party_idx ON party_status_change (party_id, changed_at);

-- Who changed what: kept after the party is gone (no foreign key), the party's own data is not copied here.
CREATE TABLE audit_entry (
    id          bigint PRIMARY KEY,
    entity_type varchar(32)  NOT NULL,
    entity_id   bigint       NOT NULL,
    action      varchar(8)   NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    fields      varchar(2000),
    username    varchar(64)  NOT NULL,
    at          timestamptz  NOT NULL
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, at);

-- In-app notifications (a new owner of a party is told).
CREATE TABLE notification (
    id          bigint PRIMARY KEY,
    username    varchar(64)  NOT NULL,
    message_key varchar(64)  NOT NULL,
    argument    varchar(200),
    party_id    bigint,
    created_at  timestamptz  NOT NULL,
    read_at     timestamptz
);
CREATE INDEX notification_unread_idx ON notification (username) WHERE read_at IS NULL;
