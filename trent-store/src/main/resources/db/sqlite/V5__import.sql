-- GetParametersForImport: one row per import token. The wrapping private key is stored only
-- wrapped under the root key, bound to the key ARN and token id.
CREATE TABLE import_token (
  token_id             TEXT    PRIMARY KEY,
  key_id               TEXT    NOT NULL REFERENCES kms_key (key_id) ON DELETE CASCADE,
  wrapping_algorithm   TEXT    NOT NULL,
  wrapping_key_spec    TEXT    NOT NULL,
  wrapped_private_key  BLOB    NOT NULL,
  public_key           BLOB    NOT NULL,
  valid_to             INTEGER NOT NULL
);
CREATE INDEX import_token_by_key ON import_token (key_id);

-- The imported material a key holds now; no row while the key is PendingImport.
CREATE TABLE imported_material (
  key_id            TEXT    PRIMARY KEY REFERENCES kms_key (key_id) ON DELETE CASCADE,
  material_id       TEXT    NOT NULL,
  expiration_model  TEXT    NOT NULL,
  valid_to          INTEGER
);
CREATE INDEX imported_material_by_expiry ON imported_material (valid_to) WHERE valid_to IS NOT NULL;
