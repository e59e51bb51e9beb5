-- Fill wizard criteria (issue 5). "Not contacted since <day>": no entry of the party, in any campaign, whose last
-- call attempt is on or after that day. Nothing writes last_attempt_at yet: the queue (the dispatch issue) will set
-- it at every attempt on an entry; until then the criterion excludes nobody.
ALTER TABLE campaign_entry ADD COLUMN last_attempt_at timestamptz;

-- the fill's NOT EXISTS probe per party (party_id, then the range on the day); entries never attempted are
-- most of the table and never match, so they are left out of the index
CREATE INDEX campaign_entry_last_attempt_idx ON campaign_entry (party_id, last_attempt_at)
    WHERE last_attempt_at IS NOT NULL;
