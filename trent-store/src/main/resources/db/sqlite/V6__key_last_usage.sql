-- GetKeyLastUsage: the last successful cryptographic use of each key, written in batches from
-- memory, never per request.
CREATE TABLE key_last_usage (
  key_id      TEXT    PRIMARY KEY REFERENCES kms_key (key_id) ON DELETE CASCADE,
  operation   TEXT    NOT NULL,
  used_at     INTEGER NOT NULL,
  request_id  TEXT
);

-- When each tracked feature began, for GetKeyLastUsage's TrackingStartDate of older keys.
CREATE TABLE feature_start (
  feature     TEXT    PRIMARY KEY,
  started_at  INTEGER NOT NULL
);
INSERT INTO feature_start (feature, started_at)
  VALUES ('key-last-usage', CAST(strftime('%s', 'now') AS INTEGER) * 1000);
