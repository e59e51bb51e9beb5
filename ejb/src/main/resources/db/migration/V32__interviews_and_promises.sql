-- Interviews and the contact promise (issue 15). A campaign's questionnaire is its questions in order and a
-- "mandatory" flag on the campaign; the answers are kept per entry (one row a question), with the campaign and
-- the party for the report and the timeline. A promise is a later contact: the party joined to a target campaign
-- with an entry due from a day; the campaign's rule makes one after a CONTRACT or APPOINTMENT.

ALTER TABLE campaign ADD COLUMN interview_mandatory boolean NOT NULL DEFAULT false;
ALTER TABLE campaign ADD COLUMN promise_campaign_id bigint REFERENCES campaign (id) ON DELETE SET NULL;
ALTER TABLE campaign ADD COLUMN promise_months int CHECK (promise_months BETWEEN 1 AND 60);
ALTER TABLE campaign ADD CONSTRAINT campaign_promise_rule
    CHECK (promise_campaign_id IS NULL OR promise_campaign_id <> id);

CREATE TABLE interview_question (
    campaign_id bigint        NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    code        varchar(32)   NOT NULL,
    position    int           NOT NULL CHECK (position >= 0),
    text        varchar(500)  NOT NULL,
    type        varchar(8)    NOT NULL CHECK (type IN ('TEXT', 'NUMBER', 'YES_NO', 'CHOICE')),
    choices     text[],
    required    boolean       NOT NULL DEFAULT false,
    PRIMARY KEY (campaign_id, code),
    CONSTRAINT interview_question_choices CHECK ((type = 'CHOICE') = (choices IS NOT NULL))
);

CREATE TABLE interview_answer (
    entry_id    bigint        NOT NULL REFERENCES campaign_entry (id) ON DELETE CASCADE,
    code        varchar(32)   NOT NULL,
    campaign_id bigint        NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    party_id    bigint        NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    answer      varchar(2000) NOT NULL,
    answered_by varchar(64)   NOT NULL,
    answered_at timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (entry_id, code)
);
-- the report's counts per question and answer
CREATE INDEX interview_answer_campaign_idx ON interview_answer (campaign_id, code);
-- the timeline
CREATE INDEX interview_answer_party_idx ON interview_answer (party_id, answered_at DESC);

CREATE SEQUENCE contact_promise_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE contact_promise (
    id                 bigint PRIMARY KEY,
    party_id           bigint        NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    from_campaign_id   bigint        REFERENCES campaign (id) ON DELETE SET NULL,
    from_entry_id      bigint        REFERENCES campaign_entry (id) ON DELETE SET NULL,
    target_campaign_id bigint        NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    target_entry_id    bigint        REFERENCES campaign_entry (id) ON DELETE SET NULL,
    due_on             date          NOT NULL,
    note               varchar(2000),
    promised_by        varchar(64)   NOT NULL,
    promised_at        timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX contact_promise_party_idx ON contact_promise (party_id, promised_at DESC);
CREATE INDEX contact_promise_target_idx ON contact_promise (target_campaign_id);
-- the cascades from an entry deleted
CREATE INDEX contact_promise_from_entry_idx ON contact_promise (from_entry_id);
CREATE INDEX contact_promise_target_entry_idx ON contact_promise (target_entry_id);
