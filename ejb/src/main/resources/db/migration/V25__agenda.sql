-- The agenda (issue 12): field agents and their appointments, contracts, activities (tasks with a due date) and
-- lead notes. Each row belongs to a party and goes with it (ON DELETE CASCADE; the erasure deletes them first
-- through agenda.AgendaRecords). A row made by an outcome keeps its campaign and entry; they may go before it.

-- A field agent (agente) is a user who visits customers: the calendar of appointments belongs to the user. The name
-- shown is the user's full name; issue 15 adds zones, working hours and the usual appointment length here.
CREATE TABLE field_agent (
    username   varchar(64) PRIMARY KEY REFERENCES app_user (username),
    phone      varchar(32),
    active     boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    version    bigint      NOT NULL DEFAULT 0
);

CREATE SEQUENCE agenda_seq START WITH 50 INCREMENT BY 50;

-- Appointments: a BOOKED one blocks its agent's time [starts_at, ends_at); bookings of one agent are serialised by
-- locking the agent's field_agent row, so two overlapping bookings never both succeed.
CREATE TABLE appointment (
    id           bigint PRIMARY KEY,
    party_id     bigint        NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    campaign_id  bigint        REFERENCES campaign (id) ON DELETE SET NULL,
    entry_id     bigint        REFERENCES campaign_entry (id) ON DELETE SET NULL,
    agent        varchar(64)   NOT NULL REFERENCES field_agent (username),
    starts_at    timestamptz   NOT NULL,
    ends_at      timestamptz   NOT NULL,
    place        varchar(300)  NOT NULL,
    notes        varchar(2000),
    state        varchar(9)    NOT NULL DEFAULT 'BOOKED' CHECK (state IN ('BOOKED', 'CANCELLED')),
    booked_by    varchar(64)   NOT NULL,
    booked_at    timestamptz   NOT NULL DEFAULT now(),
    cancelled_by varchar(64),
    cancelled_at timestamptz,
    version      bigint        NOT NULL DEFAULT 0,
    CONSTRAINT appointment_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT appointment_cancelled CHECK (state <> 'CANCELLED' OR (cancelled_by IS NOT NULL AND cancelled_at IS NOT NULL))
);
-- an agent's calendar, the overlap check and the iCal feed
CREATE INDEX appointment_agent_idx ON appointment (agent, starts_at) WHERE state = 'BOOKED';
-- the agenda of every agent for a range
CREATE INDEX appointment_starts_idx ON appointment (starts_at) WHERE state = 'BOOKED';
CREATE INDEX appointment_party_idx ON appointment (party_id, booked_at);

-- Contracts (what a successful call produces): a product, a value in euro, the day it starts.
CREATE TABLE contract (
    id          bigint PRIMARY KEY,
    party_id    bigint         NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    campaign_id bigint         REFERENCES campaign (id) ON DELETE SET NULL,
    entry_id    bigint         REFERENCES campaign_entry (id) ON DELETE SET NULL,
    product     varchar(120)   NOT NULL,
    value       numeric(12, 2) NOT NULL CHECK (value >= 0),
    currency    char(3)        NOT NULL DEFAULT 'EUR' CHECK (currency = 'EUR'),
    start_date  date           NOT NULL,
    notes       varchar(2000),
    created_by  varchar(64)    NOT NULL,
    created_at  timestamptz    NOT NULL DEFAULT now(),
    version     bigint         NOT NULL DEFAULT 0
);
CREATE INDEX contract_party_idx ON contract (party_id, created_at);
CREATE INDEX contract_campaign_idx ON contract (campaign_id) WHERE campaign_id IS NOT NULL;

-- Activities: something to do about a party by a day (and maybe a time), for one user ("richiamare fra 9 mesi").
CREATE TABLE activity (
    id          bigint PRIMARY KEY,
    party_id    bigint        NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    text        varchar(500)  NOT NULL,
    due_on      date          NOT NULL,
    due_time    time,
    assigned_to varchar(64)   NOT NULL REFERENCES app_user (username),
    created_by  varchar(64)   NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    done_by     varchar(64),
    done_at     timestamptz,
    version     bigint        NOT NULL DEFAULT 0,
    CONSTRAINT activity_done CHECK ((done_by IS NULL) = (done_at IS NULL))
);
-- "Oggi": what is due for a user, not done yet
CREATE INDEX activity_due_idx ON activity (assigned_to, due_on) WHERE done_at IS NULL;
CREATE INDEX activity_party_idx ON activity (party_id, created_at);

-- Lead notes (segnalazioni): a note about a party passed to one user, who is notified in the application.
CREATE TABLE lead_note (
    id       bigint PRIMARY KEY,
    party_id bigint        NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    to_user  varchar(64)   NOT NULL REFERENCES app_user (username),
    text     varchar(2000) NOT NULL,
    sent_by  varchar(64)   NOT NULL,
    sent_at  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX lead_note_party_idx ON lead_note (party_id, sent_at);
