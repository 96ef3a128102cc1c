-- Mirrors db/sqlite/V8: the CloudTrail event id of the last use.
ALTER TABLE key_last_usage ADD COLUMN event_id TEXT;
