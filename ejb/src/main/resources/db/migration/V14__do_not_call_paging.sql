-- Do-not-call management (issue 5): the list is shown newest first, a page at a time, optionally of one source.
CREATE INDEX do_not_call_added_idx ON do_not_call (added_at DESC, number DESC);
CREATE INDEX do_not_call_source_added_idx ON do_not_call (source, added_at DESC, number DESC);
