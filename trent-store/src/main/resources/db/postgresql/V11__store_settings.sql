-- Mirrors db/sqlite/V11 (the same portable SQL). Settings every node sharing the store must agree on, such as the root key's check value and the
-- passphrase provider's Argon2id parameters, and a root-key rotation in progress. Never secret:
-- nothing here lets anyone derive a key. Portable SQL: PostgreSQL uses the same migration.
CREATE TABLE store_setting (
  name   VARCHAR(200) PRIMARY KEY,
  value  TEXT         NOT NULL
);
