-- Every material a key has had, in the order each became current: sequence 0 is the material the
-- key was created with, 1..n its rotations. The (key_id, sequence) key makes a rotation a claim:
-- two nodes rotating the same key at once cannot both append the same step.
CREATE TABLE key_rotation (
  key_id         TEXT    NOT NULL REFERENCES kms_key (key_id) ON DELETE CASCADE,
  sequence       INTEGER NOT NULL,
  material_id    TEXT    NOT NULL,
  rotation_date  INTEGER NOT NULL,
  rotation_type  TEXT,
  PRIMARY KEY (key_id, sequence)
);

-- A row exists exactly while automatic rotation is enabled for the key.
CREATE TABLE rotation_schedule (
  key_id              TEXT    PRIMARY KEY REFERENCES kms_key (key_id) ON DELETE CASCADE,
  period_days         INTEGER NOT NULL,
  next_rotation_date  INTEGER NOT NULL
);
CREATE INDEX rotation_schedule_by_date ON rotation_schedule (next_rotation_date);

-- Keys made before rotation existed: their current material is their first.
INSERT INTO key_rotation (key_id, sequence, material_id, rotation_date, rotation_type)
  SELECT key_id, 0, current_material_id, creation_date, NULL FROM kms_key
  WHERE current_material_id IS NOT NULL;
