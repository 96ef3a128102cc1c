-- GetKeyLastUsage names the CloudTrail event of the last use, now that every call has one.
ALTER TABLE key_last_usage ADD COLUMN event_id TEXT;
