-- Issue 10: consents in imports, with the proof of when and how they were given (GDPR), and a note on the party.
-- consent_change.changed_at is when the consent was given or withdrawn: for an import, the date the file states
-- (or the time of the import); detail is how the source says it was given ("modulo web 2019"), reference where the
-- record came from (the imported file and its job). Both null for changes made on the card, by the API or a web lead.
ALTER TABLE consent_change ADD COLUMN detail varchar(500);
ALTER TABLE consent_change ADD COLUMN reference varchar(300);

-- A free note on the party, kept on the card (an import's "Note" column, the card's own field).
ALTER TABLE party ADD COLUMN note varchar(4000);
