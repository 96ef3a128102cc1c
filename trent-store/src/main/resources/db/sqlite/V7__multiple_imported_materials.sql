-- Symmetric keys with imported material may hold several materials (on-demand rotation of imported
-- material): one row per imported material, with the customer's description, and the material
-- imported for a rotation that has not happened yet marked pending_rotation (at most one per key).
-- A row exists exactly while its material is imported.
CREATE TABLE imported_material_v7 (
  key_id            TEXT    NOT NULL REFERENCES kms_key (key_id) ON DELETE CASCADE,
  material_id       TEXT    NOT NULL,
  expiration_model  TEXT    NOT NULL,
  valid_to          INTEGER,
  description       TEXT,
  pending_rotation  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (key_id, material_id)
);
INSERT INTO imported_material_v7 (key_id, material_id, expiration_model, valid_to)
  SELECT key_id, material_id, expiration_model, valid_to FROM imported_material;
DROP TABLE imported_material;
ALTER TABLE imported_material_v7 RENAME TO imported_material;
CREATE INDEX imported_material_by_expiry ON imported_material (valid_to) WHERE valid_to IS NOT NULL;
CREATE UNIQUE INDEX imported_material_one_pending ON imported_material (key_id) WHERE pending_rotation = 1;
