-- Mirrors db/sqlite/V1. Text that is compared or ordered is COLLATE "C": lists and paging markers
-- follow the binary order of the string, as on SQLite, whatever the database's locale.
-- Instants are epoch milliseconds (BIGINT), as on SQLite, so the shared queries bind the same.
CREATE TABLE kms_key (
  key_id               TEXT COLLATE "C" PRIMARY KEY,
  account_id           TEXT COLLATE "C" NOT NULL,
  region               TEXT COLLATE "C" NOT NULL,
  description          TEXT    NOT NULL,
  key_spec             TEXT COLLATE "C" NOT NULL,
  key_usage            TEXT    NOT NULL,
  origin               TEXT    NOT NULL,
  key_state            TEXT COLLATE "C" NOT NULL,
  creation_date        BIGINT  NOT NULL,
  deletion_date        BIGINT,
  pending_window_days  INTEGER,
  policy               TEXT    NOT NULL,
  current_material_id  TEXT COLLATE "C",
  version              BIGINT  NOT NULL
);
CREATE INDEX kms_key_by_owner ON kms_key (account_id, region, key_id);
CREATE INDEX kms_key_by_deletion ON kms_key (deletion_date) WHERE deletion_date IS NOT NULL;

CREATE TABLE key_material (
  key_id         TEXT COLLATE "C" NOT NULL REFERENCES kms_key (key_id) ON DELETE CASCADE,
  material_id    TEXT COLLATE "C" NOT NULL,
  wrapped        BYTEA   NOT NULL,
  creation_date  BIGINT  NOT NULL,
  PRIMARY KEY (key_id, material_id)
);

-- The primary key makes an alias name unique within its account and region on every node at once:
-- of two concurrent CreateAlias of one name, the second insert fails with unique_violation.
CREATE TABLE alias (
  account_id         TEXT COLLATE "C" NOT NULL,
  region             TEXT COLLATE "C" NOT NULL,
  alias_name         TEXT COLLATE "C" NOT NULL,
  target_key_id      TEXT COLLATE "C" NOT NULL REFERENCES kms_key (key_id) ON DELETE CASCADE,
  creation_date      BIGINT  NOT NULL,
  last_updated_date  BIGINT  NOT NULL,
  PRIMARY KEY (account_id, region, alias_name)
);
CREATE INDEX alias_by_target ON alias (target_key_id);

CREATE TABLE key_tag (
  key_id     TEXT COLLATE "C" NOT NULL REFERENCES kms_key (key_id) ON DELETE CASCADE,
  tag_key    TEXT COLLATE "C" NOT NULL,
  tag_value  TEXT NOT NULL,
  PRIMARY KEY (key_id, tag_key)
);
