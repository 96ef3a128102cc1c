-- Ids of deleted keys: AWS never reuses a key id, and a ciphertext of a deleted key is answered
-- differently from a damaged one.
CREATE TABLE deleted_key (
  key_id      TEXT PRIMARY KEY,
  account_id  TEXT NOT NULL,
  region      TEXT NOT NULL
);
