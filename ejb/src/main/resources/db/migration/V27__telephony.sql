-- Telephony (issue 13): every call made or received through the PBX, and each state it went through with the moment
-- the PBX said so and the moment this application applied it. Rows are written by the AMI events, each event with one
-- conditional statement (states only move forward), so that two nodes on one PBX, or two threads, write it once.

CREATE SEQUENCE call_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE call (
    id                bigint PRIMARY KEY,
    direction         varchar(8)   NOT NULL CHECK (direction IN ('OUTBOUND', 'INBOUND')),
    -- DIALING: the operator's phone is rung; RINGING: the customer's; ANSWERED: they talk; HUNG_UP: ended after the
    -- customer's phone was dialled (answered or not: see disposition); FAILED: the customer was never dialled
    state             varchar(8)   NOT NULL CHECK (state IN ('DIALING', 'RINGING', 'ANSWERED', 'HUNG_UP', 'FAILED')),
    disposition       varchar(20)  CHECK (disposition IN ('ANSWERED', 'BUSY', 'NO_ANSWER', 'CONGESTION', 'CANCELLED',
                                                          'ABANDONED', 'OPERATOR_BUSY', 'OPERATOR_NO_ANSWER',
                                                          'OPERATOR_UNAVAILABLE', 'FAILED', 'LOST')),
    operator          varchar(64)  NOT NULL,
    party_id          bigint REFERENCES party (id) ON DELETE SET NULL,
    entry_id          bigint REFERENCES campaign_entry (id) ON DELETE SET NULL,
    campaign_id       bigint REFERENCES campaign (id) ON DELETE SET NULL,
    -- E.164 when it is a phone number (the caller id of an inbound call as the PBX gave it otherwise)
    number            varchar(32)  NOT NULL,
    dialled           varchar(40),
    started_at        timestamptz  NOT NULL DEFAULT now(),
    ringing_at        timestamptz,
    answered_at       timestamptz,
    ended_at          timestamptz,
    hangup_cause      int,
    recording         varchar(255),
    transferred_to    varchar(40),
    -- what ties the AMI events to the call: our Originate's ActionID, the PBX's Linkedid, the operator's and the
    -- customer's channel (the name without a Local channel's ;1/;2) and the operator leg's Uniqueid
    action_id         varchar(40),
    linkedid          varchar(64),
    operator_channel  varchar(128),
    operator_uniqueid varchar(64),
    customer_channel  varchar(128),
    customer_uniqueid varchar(64),
    version           bigint       NOT NULL DEFAULT 0,
    CONSTRAINT call_ended CHECK (state NOT IN ('HUNG_UP', 'FAILED') OR ended_at IS NOT NULL)
);
CREATE UNIQUE INDEX call_action_id_key ON call (action_id);
-- an inbound call is made once, whichever node sees its first event
CREATE UNIQUE INDEX call_operator_uniqueid_key ON call (operator_uniqueid);
CREATE INDEX call_linkedid_idx ON call (linkedid);
CREATE INDEX call_party_idx ON call (party_id, started_at DESC);
CREATE INDEX call_operator_idx ON call (operator, started_at DESC);
CREATE INDEX call_entry_idx ON call (entry_id);
-- calls in progress: the reconciliation after a reconnect, "one call at a time" per operator
CREATE INDEX call_in_progress_idx ON call (operator) WHERE state IN ('DIALING', 'RINGING', 'ANSWERED');

CREATE TABLE call_state_change (
    call_id    bigint      NOT NULL REFERENCES call (id) ON DELETE CASCADE,
    state      varchar(8)  NOT NULL CHECK (state IN ('DIALING', 'RINGING', 'ANSWERED', 'HUNG_UP', 'FAILED')),
    -- when the PBX said it (the event's Timestamp), and when this application applied it, on which node
    at         timestamptz NOT NULL,
    applied_at timestamptz NOT NULL,
    node       varchar(64),
    PRIMARY KEY (call_id, state)
);

-- an inbound call rings an extension: whose phone it is
CREATE INDEX app_user_extension_idx ON app_user (extension) WHERE extension IS NOT NULL;
