-- Issue 15, second half: campaign tools, field agents by zone, the operators' register (registro in/out).

-- The criteria of the campaign's last fill (FillCriteria as JSON): what a duplicate is filled with again.
ALTER TABLE campaign ADD COLUMN fill_criteria text;
-- The workstation's timer on the current customer turns amber, then red, past these seconds.
ALTER TABLE campaign ADD COLUMN timer_amber_seconds int NOT NULL DEFAULT 180 CHECK (timer_amber_seconds BETWEEN 10 AND 36000);
ALTER TABLE campaign ADD COLUMN timer_red_seconds int NOT NULL DEFAULT 300 CHECK (timer_red_seconds BETWEEN 10 AND 36000);
ALTER TABLE campaign ADD CONSTRAINT campaign_timer_order CHECK (timer_red_seconds > timer_amber_seconds);

-- A field agent's working week and appointments: the days (ISO numbers 1 = Monday .. 7 = Sunday), the hours in
-- Italian time, how long an appointment lasts and the travel time kept free between two appointments.
ALTER TABLE field_agent ADD COLUMN work_days int[] NOT NULL DEFAULT '{1,2,3,4,5}';
ALTER TABLE field_agent ADD COLUMN work_from time NOT NULL DEFAULT '09:00';
ALTER TABLE field_agent ADD COLUMN work_to time NOT NULL DEFAULT '18:00';
ALTER TABLE field_agent ADD COLUMN appointment_minutes int NOT NULL DEFAULT 60 CHECK (appointment_minutes BETWEEN 15 AND 480);
ALTER TABLE field_agent ADD COLUMN travel_minutes int NOT NULL DEFAULT 30 CHECK (travel_minutes BETWEEN 0 AND 240);
ALTER TABLE field_agent ADD CONSTRAINT field_agent_hours CHECK (work_to > work_from);

-- Where an agent goes: comuni (ISTAT code), postal codes, provinces (abbreviation).
CREATE TABLE field_agent_zone (
    username varchar(64) NOT NULL REFERENCES field_agent (username) ON DELETE CASCADE,
    kind     varchar(11) NOT NULL CHECK (kind IN ('COMUNE', 'POSTAL_CODE', 'PROVINCE')),
    code     varchar(6)  NOT NULL,
    PRIMARY KEY (username, kind, code)
);
-- who covers a party's comune, postal code or province
CREATE INDEX field_agent_zone_code_idx ON field_agent_zone (kind, code);

-- The operators' register: one row an interval, WORK from clock-in to clock-out, PAUSE from a pause to its end
-- (with the reason). An open interval has no ended_at; an operator has at most one open of each kind.
CREATE SEQUENCE operator_register_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE operator_register (
    id         bigint PRIMARY KEY,
    username   varchar(64)  NOT NULL,
    kind       varchar(5)   NOT NULL CHECK (kind IN ('WORK', 'PAUSE')),
    reason     varchar(32),
    started_at timestamptz  NOT NULL DEFAULT now(),
    ended_at   timestamptz,
    CONSTRAINT operator_register_ends_after CHECK (ended_at IS NULL OR ended_at >= started_at),
    CONSTRAINT operator_register_pause_reason CHECK (kind <> 'PAUSE' OR reason IS NOT NULL)
);
CREATE UNIQUE INDEX operator_register_open_key ON operator_register (username, kind) WHERE ended_at IS NULL;
-- the hours-worked report: the intervals of a period
CREATE INDEX operator_register_started_idx ON operator_register (started_at, username);

