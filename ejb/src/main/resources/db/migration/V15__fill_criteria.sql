-- Fill wizard criteria (issue 5). "Not contacted since <day>": no entry of the party, in any campaign, whose last
-- call attempt is on or after that day. Nothing writes last_attempt_at yet: the queue (the dispatch issue) will set
-- it at every attempt on an entry; until then the criterion excludes nobody.
ALTER TABLE campaign_entry ADD COLUMN last_attempt_at timestamptz;

-- the fill's NOT EXISTS probe per party (party_id, then the range on the day); entries never attempted are
-- most of the table and never match, so they are left out of the index
CREATE INDEX campaign_entry_last_attempt_idx ON campaign_entry (party_id, last_attempt_at)
    WHERE last_attempt_at IS NOT NULL;

-- What the 1 M-party campaign benchmark's EXPLAIN asked for (BENCHMARKS.md, issue 5):
-- a region is chosen as lower(region_name); without statistics on that expression the planner guessed 40 comuni
-- for Lazio's 378 and nested-looped the whole fill; the expression index gives ANALYZE the expression to measure.
CREATE INDEX comune_region_lower_idx ON comune (lower(region_name));
-- the fill reads each matched party's first MOBILE, else PHONE: with the number in the index the look-up no longer
-- reads party_contact's table (65,000 pages for one region)
DROP INDEX party_contact_callable_idx;
CREATE INDEX party_contact_callable_idx ON party_contact (party_id, kind, position) INCLUDE (search_key)
    WHERE kind IN ('MOBILE', 'PHONE');
