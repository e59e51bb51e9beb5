-- Appointment confirmations (issue 13): the day before an appointment, a call to the party is queued for operators in
-- a campaign the system keeps (system_purpose), once per appointment (confirmation_queued_at).

-- a campaign made and kept by the system for a purpose of its own; null: an ordinary campaign
ALTER TABLE campaign ADD COLUMN system_purpose varchar(32) CHECK (system_purpose IN ('APPOINTMENT_CONFIRMATION'));
CREATE UNIQUE INDEX campaign_system_purpose_key ON campaign (system_purpose) WHERE system_purpose IS NOT NULL;

-- when the appointment's confirmation call was queued; null: not yet
ALTER TABLE appointment ADD COLUMN confirmation_queued_at timestamptz;
-- the job's look-up: tomorrow's booked appointments not queued yet
CREATE INDEX appointment_unconfirmed_idx ON appointment (starts_at) WHERE state = 'BOOKED' AND confirmation_queued_at IS NULL;
