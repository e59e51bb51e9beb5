-- The supervisor's board counts today's outcomes at every change it is pushed: the attempts recorded since
-- midnight are read by this index, not by a scan of every attempt ever recorded.
CREATE INDEX entry_attempt_recorded_idx ON entry_attempt (recorded_at);
