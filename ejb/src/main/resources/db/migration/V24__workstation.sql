-- The operator workstation (issue 12): dispatch of campaign entries with leases, attempts, due times, callbacks
-- and outcomes; each campaign's outcome set and calling windows; the operators' presence for the live board;
-- background jobs claimed in the database. After the fill, campaign_entry is written only by the queue area.

-- An entry's life: OPEN (waiting; due at due_at) -> HELD (leased to held_by until lease_until) -> OPEN again (a
-- retry, due later), CALLBACK (due at due_at, for callback_for or anyone) or DONE (a final outcome, or the attempts
-- are used up).
ALTER TABLE campaign_entry ADD CONSTRAINT campaign_entry_state_check CHECK (state IN ('OPEN', 'HELD', 'CALLBACK', 'DONE'));
ALTER TABLE campaign_entry ADD COLUMN due_at timestamptz;
UPDATE campaign_entry SET due_at = added_at;
ALTER TABLE campaign_entry ALTER COLUMN due_at SET NOT NULL;
ALTER TABLE campaign_entry ALTER COLUMN due_at SET DEFAULT now();
ALTER TABLE campaign_entry ADD COLUMN attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0);
ALTER TABLE campaign_entry ADD COLUMN held_by varchar(64);
ALTER TABLE campaign_entry ADD COLUMN lease_until timestamptz;
ALTER TABLE campaign_entry ADD COLUMN held_at timestamptz;
ALTER TABLE campaign_entry ADD COLUMN last_outcome varchar(32);
ALTER TABLE campaign_entry ADD COLUMN callback_for varchar(64);
ALTER TABLE campaign_entry ADD COLUMN callback_shared_at timestamptz;
ALTER TABLE campaign_entry ADD COLUMN priority int NOT NULL DEFAULT 0;
ALTER TABLE campaign_entry ADD COLUMN dispatch_key bigint;
UPDATE campaign_entry SET dispatch_key = id;
ALTER TABLE campaign_entry ALTER COLUMN dispatch_key SET NOT NULL;
ALTER TABLE campaign_entry ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE campaign_entry ADD CONSTRAINT campaign_entry_held CHECK (state <> 'HELD' OR (held_by IS NOT NULL AND lease_until IS NOT NULL));

-- The four tiers of "next customer", one partial index each, in the order dispatch reads them:
-- 1. my callbacks, 2. anyone's callbacks (a personal one becomes anyone's at callback_shared_at, by a job),
-- 3. open entries dealt to me (SPLIT), 4. the shared pool (SHARED). Each is read ORDER BY priority, dispatch_key.
CREATE INDEX campaign_entry_my_callback_idx ON campaign_entry (callback_for, due_at) WHERE state = 'CALLBACK' AND callback_for IS NOT NULL;
CREATE INDEX campaign_entry_any_callback_idx ON campaign_entry (campaign_id, due_at) WHERE state = 'CALLBACK' AND callback_for IS NULL;
CREATE INDEX campaign_entry_dealt_idx ON campaign_entry (assigned_to, campaign_id, priority, dispatch_key) WHERE state = 'OPEN' AND assigned_to IS NOT NULL;
CREATE INDEX campaign_entry_pool_idx ON campaign_entry (campaign_id, priority, dispatch_key) WHERE state = 'OPEN' AND assigned_to IS NULL;
-- the lease-expiry job and the release at sign-out
CREATE INDEX campaign_entry_held_idx ON campaign_entry (lease_until) WHERE state = 'HELD';
CREATE INDEX campaign_entry_holder_idx ON campaign_entry (held_by) WHERE state = 'HELD';
-- a number put on the do-not-call list closes its open entries
CREATE INDEX campaign_entry_phone_idx ON campaign_entry (phone) WHERE state IN ('OPEN', 'CALLBACK', 'HELD');
-- the open-entries index of V11 keeps meaning "waiting": OPEN only
DROP INDEX campaign_entry_open_idx;
CREATE INDEX campaign_entry_open_idx ON campaign_entry (campaign_id, assigned_to, id) WHERE state = 'OPEN';

ALTER TABLE campaign ADD COLUMN dispatch_order varchar(16) NOT NULL DEFAULT 'OLDEST_FIRST'
    CHECK (dispatch_order IN ('OLDEST_FIRST', 'NEWEST_FIRST', 'RANDOM'));
ALTER TABLE campaign ADD COLUMN max_attempts int NOT NULL DEFAULT 5 CHECK (max_attempts BETWEEN 1 AND 50);
ALTER TABLE campaign ADD COLUMN lease_seconds int NOT NULL DEFAULT 900 CHECK (lease_seconds BETWEEN 10 AND 14400);
ALTER TABLE campaign ADD COLUMN callback_grace_minutes int NOT NULL DEFAULT 30 CHECK (callback_grace_minutes BETWEEN 0 AND 10080);
-- null: the Italian legal default windows (compliance.CallWindows.legalDefault)
ALTER TABLE campaign ADD COLUMN call_windows text;
ALTER TABLE campaign ADD COLUMN calls_on_holidays boolean NOT NULL DEFAULT false;

-- Outcomes (esiti): the defaults an administrator edits (campaign_id NULL) and each campaign's own copy, made
-- when the campaign is created.
CREATE SEQUENCE outcome_definition_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outcome_definition (
    id                  bigint PRIMARY KEY,
    campaign_id         bigint REFERENCES campaign (id) ON DELETE CASCADE,
    code                varchar(32)  NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    label_it            varchar(80)  NOT NULL,
    label_en            varchar(80)  NOT NULL,
    kind                varchar(16)  NOT NULL CHECK (kind IN ('FINAL', 'RETRY', 'CALLBACK')),
    retry_delay_minutes int          NOT NULL DEFAULT 0 CHECK (retry_delay_minutes >= 0),
    counts_as_contact   boolean      NOT NULL DEFAULT false,
    counts_as_success   boolean      NOT NULL DEFAULT false,
    shortcut            varchar(8),
    position            int          NOT NULL DEFAULT 0,
    active              boolean      NOT NULL DEFAULT true,
    version             bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX outcome_definition_code_key ON outcome_definition (coalesce(campaign_id, 0), code);

INSERT INTO outcome_definition (id, campaign_id, code, label_it, label_en, kind, retry_delay_minutes, counts_as_contact, counts_as_success, shortcut, position)
VALUES (nextval('outcome_definition_seq'), NULL, 'NO_ANSWER', 'Non risponde', 'No answer', 'RETRY', 120, false, false, '1', 1),
       (nextval('outcome_definition_seq'), NULL, 'BUSY', 'Occupato', 'Busy', 'RETRY', 15, false, false, '2', 2),
       (nextval('outcome_definition_seq'), NULL, 'CALLBACK', 'Da richiamare', 'Call back', 'CALLBACK', 0, true, false, '3', 3),
       (nextval('outcome_definition_seq'), NULL, 'NOT_INTERESTED', 'Non interessato', 'Not interested', 'FINAL', 0, true, false, '4', 4),
       (nextval('outcome_definition_seq'), NULL, 'CONTRACT', 'Contratto', 'Contract', 'FINAL', 0, true, true, '5', 5),
       (nextval('outcome_definition_seq'), NULL, 'APPOINTMENT', 'Appuntamento', 'Appointment', 'FINAL', 0, true, true, '6', 6),
       (nextval('outcome_definition_seq'), NULL, 'DO_NOT_CALL', 'Non chiamare più', 'Do not call', 'FINAL', 0, true, false, '7', 7),
       (nextval('outcome_definition_seq'), NULL, 'WRONG_NUMBER', 'Numero errato', 'Wrong number', 'FINAL', 0, false, false, '8', 8);

INSERT INTO outcome_definition (id, campaign_id, code, label_it, label_en, kind, retry_delay_minutes, counts_as_contact,
                                counts_as_success, shortcut, position)
SELECT nextval('outcome_definition_seq'), c.id, d.code, d.label_it, d.label_en, d.kind, d.retry_delay_minutes,
       d.counts_as_contact, d.counts_as_success, d.shortcut, d.position
FROM campaign c CROSS JOIN outcome_definition d WHERE d.campaign_id IS NULL;

-- One row per outcome recorded on an entry: the calls and outcomes of the party's timeline and of the reports.
CREATE SEQUENCE entry_attempt_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE entry_attempt (
    id          bigint PRIMARY KEY,
    entry_id    bigint       NOT NULL REFERENCES campaign_entry (id) ON DELETE CASCADE,
    campaign_id bigint       NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    party_id    bigint       NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    operator    varchar(64)  NOT NULL,
    phone       varchar(16)  NOT NULL,
    outcome     varchar(32)  NOT NULL,
    note        varchar(2000),
    taken_at    timestamptz  NOT NULL,
    recorded_at timestamptz  NOT NULL DEFAULT now(),
    callback_at timestamptz,
    contact     boolean      NOT NULL,
    success     boolean      NOT NULL
);
CREATE INDEX entry_attempt_party_idx ON entry_attempt (party_id, recorded_at DESC);
CREATE INDEX entry_attempt_entry_idx ON entry_attempt (entry_id);
CREATE INDEX entry_attempt_campaign_idx ON entry_attempt (campaign_id, outcome);
CREATE INDEX entry_attempt_operator_idx ON entry_attempt (operator, recorded_at);

-- What each operator is doing, for the supervisor's live board (one row an operator, upserted).
CREATE TABLE operator_presence (
    username     varchar(64) PRIMARY KEY,
    state        varchar(16) NOT NULL CHECK (state IN ('LOGGED_OUT', 'IDLE', 'HOLDING', 'IN_CALL', 'PAUSED')),
    since        timestamptz NOT NULL DEFAULT now(),
    campaign_id  bigint REFERENCES campaign (id) ON DELETE SET NULL,
    entry_id     bigint REFERENCES campaign_entry (id) ON DELETE SET NULL,
    node         varchar(64),
    pause_reason varchar(32)
);

-- Background work claimed in the database: whichever node's ticker moves next_run_at first runs the job.
CREATE TABLE background_job (
    name             varchar(64) PRIMARY KEY,
    interval_seconds int         NOT NULL CHECK (interval_seconds > 0),
    next_run_at      timestamptz NOT NULL DEFAULT now(),
    owner_node       varchar(64),
    heartbeat_at     timestamptz,
    last_result      varchar(200)
);
