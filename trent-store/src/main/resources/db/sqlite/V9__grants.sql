-- Grants: permissions on one key for a grantee principal, deleted with their key. Operations are
-- the API's names joined by commas; constraints are the encryption-context constraints as JSON
-- text, which the store does not interpret. Portable SQL (PostgreSQL runs it unchanged).
CREATE TABLE key_grant (
  grant_id            TEXT    PRIMARY KEY,
  key_id              TEXT    NOT NULL REFERENCES kms_key (key_id) ON DELETE CASCADE,
  grant_name          TEXT,
  grantee_principal   TEXT    NOT NULL,
  retiring_principal  TEXT,
  issuing_account     TEXT    NOT NULL,
  operations          TEXT    NOT NULL,
  constraints         TEXT,
  creation_date       BIGINT  NOT NULL
);
CREATE INDEX key_grant_by_key ON key_grant (key_id, grant_id);
CREATE INDEX key_grant_by_retiring ON key_grant (retiring_principal, grant_id);
