-- Mirrors db/sqlite/V5: import tokens and imported material.
CREATE TABLE import_token (
  token_id             TEXT COLLATE "C" PRIMARY KEY,
  key_id               TEXT COLLATE "C" NOT NULL REFERENCES kms_key (key_id) ON DELETE CASCADE,
  wrapping_algorithm   TEXT    NOT NULL,
  wrapping_key_spec    TEXT    NOT NULL,
  wrapped_private_key  BYTEA   NOT NULL,
  public_key           BYTEA   NOT NULL,
  valid_to             BIGINT  NOT NULL
);
CREATE INDEX import_token_by_key ON import_token (key_id);

CREATE TABLE imported_material (
  key_id            TEXT COLLATE "C" PRIMARY KEY REFERENCES kms_key (key_id) ON DELETE CASCADE,
  material_id       TEXT COLLATE "C" NOT NULL,
  expiration_model  TEXT    NOT NULL,
  valid_to          BIGINT
);
CREATE INDEX imported_material_by_expiry ON imported_material (valid_to) WHERE valid_to IS NOT NULL;
