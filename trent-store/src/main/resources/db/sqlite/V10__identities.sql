-- IAM identities (issue 5): accounts, users, roles, access keys, inline and managed policies.
-- Names are unique regardless of case (IAM's rule): *_key columns hold the lower-case name.
-- Users, roles and their dependents are keyed by the entity's unique id (AIDA..., AROA...).
-- Portable SQL: TEXT, BIGINT epoch milliseconds, BLOB for wrapped secrets (BYTEA on PostgreSQL).
CREATE TABLE iam_account (
  account_id  TEXT   NOT NULL PRIMARY KEY,
  create_date BIGINT NOT NULL
);

CREATE TABLE iam_user (
  user_id     TEXT   NOT NULL PRIMARY KEY,
  account_id  TEXT   NOT NULL,
  user_name   TEXT   NOT NULL,
  name_key    TEXT   NOT NULL,
  path        TEXT   NOT NULL,
  create_date BIGINT NOT NULL,
  UNIQUE (account_id, name_key)
);

CREATE TABLE iam_role (
  role_id              TEXT    NOT NULL PRIMARY KEY,
  account_id           TEXT    NOT NULL,
  role_name            TEXT    NOT NULL,
  name_key             TEXT    NOT NULL,
  path                 TEXT    NOT NULL,
  trust_policy         TEXT    NOT NULL,
  max_session_duration INTEGER NOT NULL,
  description          TEXT,
  create_date          BIGINT  NOT NULL,
  UNIQUE (account_id, name_key)
);

CREATE TABLE iam_access_key (
  access_key_id        TEXT   NOT NULL PRIMARY KEY,
  account_id           TEXT   NOT NULL,
  owner_id             TEXT   NOT NULL,
  principal_arn        TEXT   NOT NULL,
  user_name            TEXT,
  status               TEXT   NOT NULL,
  wrapped_secret       BLOB   NOT NULL,
  session_token_digest BLOB,
  expiration           BIGINT,
  create_date          BIGINT NOT NULL
);
CREATE INDEX iam_access_key_owner ON iam_access_key (owner_id);
CREATE INDEX iam_access_key_expiration ON iam_access_key (expiration);

CREATE TABLE iam_identity_tag (
  owner_id  TEXT NOT NULL,
  tag_key   TEXT NOT NULL,
  tag_value TEXT NOT NULL,
  PRIMARY KEY (owner_id, tag_key)
);

CREATE TABLE iam_inline_policy (
  owner_id    TEXT NOT NULL,
  policy_name TEXT NOT NULL,
  document    TEXT NOT NULL,
  PRIMARY KEY (owner_id, policy_name)
);

CREATE TABLE iam_managed_policy (
  policy_id   TEXT   NOT NULL PRIMARY KEY,
  account_id  TEXT   NOT NULL,
  policy_name TEXT   NOT NULL,
  path        TEXT   NOT NULL,
  arn         TEXT   NOT NULL,
  arn_key     TEXT   NOT NULL UNIQUE,
  document    TEXT   NOT NULL,
  description TEXT,
  create_date BIGINT NOT NULL
);

CREATE TABLE iam_policy_attachment (
  owner_id   TEXT NOT NULL,
  policy_arn TEXT NOT NULL,
  PRIMARY KEY (owner_id, policy_arn)
);
CREATE INDEX iam_policy_attachment_policy ON iam_policy_attachment (policy_arn);
