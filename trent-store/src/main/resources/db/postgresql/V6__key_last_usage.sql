-- Mirrors db/sqlite/V6: the last use of each key, and when tracking began.
CREATE TABLE key_last_usage (
  key_id      TEXT COLLATE "C" PRIMARY KEY REFERENCES kms_key (key_id) ON DELETE CASCADE,
  operation   TEXT    NOT NULL,
  used_at     BIGINT  NOT NULL,
  request_id  TEXT
);

CREATE TABLE feature_start (
  feature     TEXT COLLATE "C" PRIMARY KEY,
  started_at  BIGINT NOT NULL
);
INSERT INTO feature_start (feature, started_at)
  VALUES ('key-last-usage', (EXTRACT(EPOCH FROM now()) * 1000)::BIGINT);
