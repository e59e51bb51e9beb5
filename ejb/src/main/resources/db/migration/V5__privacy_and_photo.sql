-- Privacy: exporting a party's data and erasing a party on request are audited like any other change.
-- The CHECK of V4 was declared on the column without a name, so PostgreSQL called it audit_entry_action_check.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check
    CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'ERASE'));

-- A party's photo, already validated and scaled (at most 200x300). A table of its own, so that loading a party
-- never loads the image; changing it moves the party's version like any other edit.
CREATE TABLE party_photo (
    party_id     bigint      PRIMARY KEY REFERENCES party (id) ON DELETE CASCADE,
    content_type varchar(32) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    width        int         NOT NULL CHECK (width BETWEEN 1 AND 200),
    height       int         NOT NULL CHECK (height BETWEEN 1 AND 300),
    image        bytea       NOT NULL,
    updated_at   timestamptz NOT NULL
);
