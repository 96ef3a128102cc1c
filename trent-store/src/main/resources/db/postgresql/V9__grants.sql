-- Mirrors db/sqlite/V9: grants, deleted with their key. Ids, names and principals are compared and
-- paged on, so COLLATE "C" (binary order, as on SQLite). Grant names are not unique: AWS creates
-- a second grant when a named CreateGrant is repeated with different parameters.
CREATE TABLE key_grant (
  grant_id            TEXT COLLATE "C" PRIMARY KEY,
  key_id              TEXT COLLATE "C" NOT NULL REFERENCES kms_key (key_id) ON DELETE CASCADE,
  grant_name          TEXT COLLATE "C",
  grantee_principal   TEXT COLLATE "C" NOT NULL,
  retiring_principal  TEXT COLLATE "C",
  issuing_account     TEXT COLLATE "C" NOT NULL,
  operations          TEXT    NOT NULL,
  constraints         TEXT,
  creation_date       BIGINT  NOT NULL
);
CREATE INDEX key_grant_by_key ON key_grant (key_id, grant_id);
CREATE INDEX key_grant_by_retiring ON key_grant (retiring_principal, grant_id);
