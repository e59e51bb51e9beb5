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
-- where (region, province, comune) and age decide which parties a fill judges; with what the judgement reads of
-- party (id, the consents, the type) in these indexes, counting a region or an age range reads no party page
-- (the benchmark's region preview seq-scanned party, 100-250 ms; province + interest probed 37,472 party rows by key)
DROP INDEX party_comune_idx;
CREATE INDEX party_comune_idx ON party (comune_istat)
    INCLUDE (id, consent_marketing, consent_third_parties, consent_profiling);
DROP INDEX party_birth_date_idx;
CREATE INDEX party_birth_date_idx ON party (birth_date)
    INCLUDE (id, type, consent_marketing, consent_third_parties, consent_profiling) WHERE birth_date IS NOT NULL;
