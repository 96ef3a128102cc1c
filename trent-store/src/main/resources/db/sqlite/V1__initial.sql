-- Keys are addressed by their globally unique id; account and region scope every lookup.
CREATE TABLE kms_key (
  key_id               TEXT    PRIMARY KEY,
  account_id           TEXT    NOT NULL,
  region               TEXT    NOT NULL,
  description          TEXT    NOT NULL,
  key_spec             TEXT    NOT NULL,
  key_usage            TEXT    NOT NULL,
  origin               TEXT    NOT NULL,
  key_state            TEXT    NOT NULL,
  creation_date        INTEGER NOT NULL,
  deletion_date        INTEGER,
  pending_window_days  INTEGER,
  policy               TEXT    NOT NULL,
  current_material_id  TEXT,
  version              INTEGER NOT NULL
);
CREATE INDEX kms_key_by_owner ON kms_key (account_id, region, key_id);
CREATE INDEX kms_key_by_deletion ON kms_key (deletion_date) WHERE deletion_date IS NOT NULL;

-- Material is only ever stored wrapped under the root key, bound to the key ARN and material id.
CREATE TABLE key_material (
  key_id         TEXT    NOT NULL REFERENCES kms_key (key_id) ON DELETE CASCADE,
  material_id    TEXT    NOT NULL,
  wrapped        BLOB    NOT NULL,
  creation_date  INTEGER NOT NULL,
  PRIMARY KEY (key_id, material_id)
);

CREATE TABLE alias (
  account_id         TEXT    NOT NULL,
  region             TEXT    NOT NULL,
  alias_name         TEXT    NOT NULL,
  target_key_id      TEXT    NOT NULL REFERENCES kms_key (key_id) ON DELETE CASCADE,
  creation_date      INTEGER NOT NULL,
  last_updated_date  INTEGER NOT NULL,
  PRIMARY KEY (account_id, region, alias_name)
);
CREATE INDEX alias_by_target ON alias (target_key_id);

CREATE TABLE key_tag (
  key_id     TEXT NOT NULL REFERENCES kms_key (key_id) ON DELETE CASCADE,
  tag_key    TEXT NOT NULL,
  tag_value  TEXT NOT NULL,
  PRIMARY KEY (key_id, tag_key)
);
