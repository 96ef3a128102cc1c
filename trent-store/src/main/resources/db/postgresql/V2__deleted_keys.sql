-- Mirrors db/sqlite/V2: ids of deleted keys, never reused.
CREATE TABLE deleted_key (
  key_id      TEXT COLLATE "C" PRIMARY KEY,
  account_id  TEXT COLLATE "C" NOT NULL,
  region      TEXT COLLATE "C" NOT NULL
);
