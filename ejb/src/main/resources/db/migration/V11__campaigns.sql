-- Campaigns (issue 5): a campaign, the parties it will call (campaign_entry), who works it, and the compliance
-- lists every fill and every dial checks: the internal/RPO do-not-call list and the last RPO check of a number.
-- The fill is one INSERT ... SELECT over party; the indexes below are the ones that statement and its preview use.

CREATE SEQUENCE campaign_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE campaign_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE campaign (
    id                 bigint PRIMARY KEY,
    name               varchar(120) NOT NULL UNIQUE,
    description        varchar(2000),
    product            varchar(120),
    starts_on          date,
    ends_on            date,
    state              varchar(8)   NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'ACTIVE', 'PAUSED', 'CLOSED')),
    required_consent   varchar(16)  CHECK (required_consent IN ('MARKETING', 'THIRD_PARTIES', 'PROFILING')),
    requires_rpo_check boolean      NOT NULL DEFAULT false,
    caller_id          varchar(32),
    script             text,
    created_by         varchar(64)  NOT NULL,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    version            bigint       NOT NULL DEFAULT 0,
    CONSTRAINT campaign_dates CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE campaign_entry (
    id          bigint PRIMARY KEY,
    campaign_id bigint      NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    party_id    bigint      NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    phone       varchar(16) NOT NULL,
    state       varchar(16) NOT NULL DEFAULT 'OPEN',
    assigned_to varchar(64),
    added_at    timestamptz NOT NULL DEFAULT now(),
    -- the fill's ON CONFLICT target and its "already in the campaign" probe
    CONSTRAINT campaign_entry_party_once UNIQUE (campaign_id, party_id)
);
-- notInCampaigns and the cascade from party
CREATE INDEX campaign_entry_party_idx ON campaign_entry (party_id, campaign_id);
-- the campaign's figures and the SPLIT of its open, unassigned entries
CREATE INDEX campaign_entry_open_idx ON campaign_entry (campaign_id, assigned_to, id) WHERE state = 'OPEN';

CREATE TABLE campaign_assignment (
    campaign_id bigint      NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    username    varchar(64) NOT NULL,
    mode        varchar(8)  NOT NULL CHECK (mode IN ('SPLIT', 'SHARED')),
    PRIMARY KEY (campaign_id, username)
);
CREATE INDEX campaign_assignment_username_idx ON campaign_assignment (username, campaign_id);

-- Numbers nobody may call (E.164), whoever asked: the customer (INTERNAL) or the Registro delle Opposizioni (RPO).
CREATE TABLE do_not_call (
    number   varchar(16) PRIMARY KEY,
    source   varchar(8)  NOT NULL CHECK (source IN ('INTERNAL', 'RPO')),
    added_at timestamptz NOT NULL DEFAULT now(),
    added_by varchar(64) NOT NULL
);

-- The last answer of the Registro delle Opposizioni for a number; a campaign that requires it calls only
-- numbers checked in the last 15 days and not opposed.
CREATE TABLE rpo_check (
    number     varchar(16) PRIMARY KEY,
    checked_on date        NOT NULL,
    opposed    boolean     NOT NULL
);

-- criteria of the fill that party had no index for
CREATE INDEX party_postal_code_idx ON party (postal_code);
CREATE INDEX party_birth_date_idx ON party (birth_date) WHERE birth_date IS NOT NULL;
-- the fill picks a party's first MOBILE, else first PHONE
CREATE INDEX party_contact_callable_idx ON party_contact (party_id, kind, position) WHERE kind IN ('MOBILE', 'PHONE');
