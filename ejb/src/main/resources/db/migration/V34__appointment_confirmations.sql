-- Appointment confirmations (issue 13): the day before an appointment, a call to the party is queued for operators in
-- a campaign the system keeps (system_purpose), once per appointment (confirmation_queued_at). And the index the
-- reports' talk time (from the calls) reads.

-- a campaign made and kept by the system for a purpose of its own; null: an ordinary campaign
ALTER TABLE campaign ADD COLUMN system_purpose varchar(32) CHECK (system_purpose IN ('APPOINTMENT_CONFIRMATION'));
CREATE UNIQUE INDEX campaign_system_purpose_key ON campaign (system_purpose) WHERE system_purpose IS NOT NULL;

-- when the appointment's confirmation call was queued; null: not yet
ALTER TABLE appointment ADD COLUMN confirmation_queued_at timestamptz;
-- the job's look-up: tomorrow's booked appointments not queued yet
CREATE INDEX appointment_unconfirmed_idx ON appointment (starts_at) WHERE state = 'BOOKED' AND confirmation_queued_at IS NULL;

-- Reports (talk time from the calls, reporting.TalkTime): the answered calls of a period, whoever made them
CREATE INDEX call_answered_started_idx ON call (started_at) WHERE answered_at IS NOT NULL;
