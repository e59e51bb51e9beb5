-- Messages (issue 16): SMS and e-mail campaigns filled from the registry, the reusable templates, the daily automations
-- (birthday, welcome, appointment reminder), one row per message with its delivery state, the receipts and replies the
-- SMS centre sends back, and the opt-outs they carry (a STOP reply, the e-mail unsubscribe link).

CREATE SEQUENCE message_campaign_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE message_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE message_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE message_campaign (
    id          bigint PRIMARY KEY,
    name        varchar(120)  NOT NULL,
    channel     varchar(5)    NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    purpose     varchar(10)   NOT NULL CHECK (purpose IN ('PROMOTIONS', 'BIRTHDAY', 'WELCOME', 'SERVICE')),
    language    varchar(2)    NOT NULL DEFAULT 'it' CHECK (language IN ('it', 'en')),
    subject     varchar(200),
    template    varchar(4000) NOT NULL,
    criteria    text,
    state       varchar(7)    NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'SENDING', 'DONE')),
    created_by  varchar(64)   NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    sent_by     varchar(64),
    sent_at     timestamptz,
    done_at     timestamptz,
    recipients  int,
    no_address  int,
    do_not_call int,
    no_consent  int,
    version     bigint        NOT NULL DEFAULT 0,
    CONSTRAINT message_campaign_name_key UNIQUE (name),
    CONSTRAINT message_campaign_subject CHECK (channel <> 'EMAIL' OR subject IS NOT NULL),
    CONSTRAINT message_campaign_sent CHECK (state = 'DRAFT' OR (sent_by IS NOT NULL AND sent_at IS NOT NULL))
);
CREATE INDEX message_campaign_sending_idx ON message_campaign (id) WHERE state = 'SENDING';

CREATE TABLE message_template (
    id         bigint PRIMARY KEY,
    name       varchar(120)  NOT NULL,
    channel    varchar(5)    NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    language   varchar(2)    NOT NULL DEFAULT 'it' CHECK (language IN ('it', 'en')),
    subject    varchar(200),
    body       varchar(4000) NOT NULL,
    updated_by varchar(64)   NOT NULL,
    updated_at timestamptz   NOT NULL DEFAULT now(),
    version    bigint        NOT NULL DEFAULT 0,
    CONSTRAINT message_template_name_key UNIQUE (name)
);

-- One automation of each kind, run once a day from send_at (Italian time); off until a supervisor turns it on.
-- welcome_since: the parties created after it are welcomed (moved forward by each run).
CREATE TABLE message_automation (
    kind          varchar(20)   PRIMARY KEY CHECK (kind IN ('BIRTHDAY', 'WELCOME', 'APPOINTMENT_REMINDER')),
    active        boolean       NOT NULL DEFAULT false,
    channel       varchar(5)    NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    language      varchar(2)    NOT NULL DEFAULT 'it' CHECK (language IN ('it', 'en')),
    subject       varchar(200)  NOT NULL,
    template      varchar(4000) NOT NULL,
    send_at       time          NOT NULL DEFAULT '09:00',
    welcome_since timestamptz,
    last_run_on   date,
    last_run_at   timestamptz,
    last_result   varchar(200),
    version       bigint        NOT NULL DEFAULT 0
);
INSERT INTO message_automation (kind, channel, subject, template) VALUES
    ('BIRTHDAY', 'SMS', 'Buon compleanno!', 'Tanti auguri di buon compleanno, {nome}!'),
    ('WELCOME', 'EMAIL', 'Benvenuto!', 'Gentile {nome} {cognome}, grazie per averci scelto: benvenuto!'),
    ('APPOINTMENT_REMINDER', 'SMS', 'Promemoria del suo appuntamento',
     'Gentile {nome} {cognome}, le ricordiamo l''appuntamento di domani {data_appuntamento} alle {ora_appuntamento}'
         || ' presso {luogo_appuntamento}.');

-- One message to one party: from a campaign (one a party) or from an automation (one a party and key: the day of a
-- birthday, 'once' for a welcome, the appointment for a reminder), so that nothing is ever sent twice.
-- body and subject are what was sent (a reminder's are written when it is made, the others' when they are sent).
CREATE TABLE message (
    id             bigint PRIMARY KEY,
    campaign_id    bigint        REFERENCES message_campaign (id) ON DELETE CASCADE,
    automation     varchar(20)   CHECK (automation IN ('BIRTHDAY', 'WELCOME', 'APPOINTMENT_REMINDER')),
    automation_key varchar(40),
    party_id       bigint        NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    channel        varchar(5)    NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    purpose        varchar(10)   NOT NULL CHECK (purpose IN ('PROMOTIONS', 'BIRTHDAY', 'WELCOME', 'SERVICE')),
    address        varchar(254)  NOT NULL,
    carrier        varchar(40),
    state          varchar(9)    NOT NULL DEFAULT 'QUEUED'
                   CHECK (state IN ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED')),
    attempts       int           NOT NULL DEFAULT 0,
    due_at         timestamptz   NOT NULL DEFAULT now(),
    claimed_by     varchar(64),
    claimed_at     timestamptz,
    subject        varchar(200),
    body           varchar(8000),
    segments       int,
    gateway_id     varchar(65),
    failure        varchar(200),
    created_at     timestamptz   NOT NULL DEFAULT now(),
    sent_at        timestamptz,
    done_at        timestamptz,
    CONSTRAINT message_origin CHECK ((campaign_id IS NULL) <> (automation IS NULL)),
    CONSTRAINT message_automation_keyed CHECK (automation IS NULL OR automation_key IS NOT NULL),
    CONSTRAINT message_campaign_party_key UNIQUE (campaign_id, party_id),
    CONSTRAINT message_automation_once_key UNIQUE (automation, party_id, automation_key)
);
-- the senders' claim: the due messages of a channel, oldest first
CREATE INDEX message_queued_idx ON message (channel, due_at, id) WHERE state = 'QUEUED';
-- a sender that died mid-batch: its messages go back to the queue
CREATE INDEX message_sending_idx ON message (claimed_at) WHERE state = 'SENDING';
-- a delivery receipt finds its message
CREATE INDEX message_gateway_idx ON message (gateway_id) WHERE gateway_id IS NOT NULL;
-- the party's timeline and privacy export; a campaign's progress and report
CREATE INDEX message_party_idx ON message (party_id, created_at);
CREATE INDEX message_campaign_state_idx ON message (campaign_id, state) WHERE campaign_id IS NOT NULL;

-- Delivery receipts as the SMS centre sent them, kept until their message is found (a receipt can arrive before the
-- sender has written the id the centre gave): the receipts job applies them in one statement.
CREATE TABLE message_receipt (
    gateway_id  varchar(65)  PRIMARY KEY,
    delivered   boolean      NOT NULL,
    status      varchar(10)  NOT NULL,
    error       varchar(10),
    received_at timestamptz  NOT NULL DEFAULT now()
);

-- What phones sent back (a STOP among them).
CREATE TABLE message_inbound (
    id          bigint PRIMARY KEY,
    sender      varchar(20)   NOT NULL,
    recipient   varchar(21),
    text        varchar(1000) NOT NULL,
    stop        boolean       NOT NULL,
    received_at timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX message_inbound_sender_idx ON message_inbound (sender, received_at);

-- Each opt-out a message carried, per party: a STOP reply (the party's message consents withdrawn, with their history
-- in consent_change) or the unsubscribe link of an e-mail (that address's e-mail consent withdrawn).
CREATE TABLE message_opt_out (
    id         bigint PRIMARY KEY,
    party_id   bigint       NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    channel    varchar(5)   NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    address    varchar(254) NOT NULL,
    source     varchar(16)  NOT NULL CHECK (source IN ('SMS_STOP', 'UNSUBSCRIBE')),
    message_id bigint,
    withdrawn  varchar(100) NOT NULL,
    at         timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX message_opt_out_party_idx ON message_opt_out (party_id, at);

-- The key that signs the unsubscribe links (made at first use by the application, the same on every node).
CREATE TABLE message_signing_key (
    id  smallint PRIMARY KEY CHECK (id = 1),
    key bytea    NOT NULL
);
