-- Mirrors db/sqlite/V4. The (key_id, sequence) key makes a rotation a claim across nodes.
CREATE TABLE key_rotation (
  key_id         TEXT COLLATE "C" NOT NULL REFERENCES kms_key (key_id) ON DELETE CASCADE,
  sequence       BIGINT  NOT NULL,
  material_id    TEXT COLLATE "C" NOT NULL,
  rotation_date  BIGINT  NOT NULL,
  rotation_type  TEXT,
  PRIMARY KEY (key_id, sequence)
);

CREATE TABLE rotation_schedule (
  key_id              TEXT COLLATE "C" PRIMARY KEY REFERENCES kms_key (key_id) ON DELETE CASCADE,
  period_days         INTEGER NOT NULL,
  next_rotation_date  BIGINT  NOT NULL
);
CREATE INDEX rotation_schedule_by_date ON rotation_schedule (next_rotation_date);

INSERT INTO key_rotation (key_id, sequence, material_id, rotation_date, rotation_type)
  SELECT key_id, 0, current_material_id, creation_date, NULL FROM kms_key
  WHERE current_material_id IS NOT NULL;
