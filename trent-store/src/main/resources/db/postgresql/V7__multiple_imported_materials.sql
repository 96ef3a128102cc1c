-- Mirrors db/sqlite/V7: several imported materials per key, at most one pending rotation.
ALTER TABLE imported_material ADD COLUMN description TEXT;
ALTER TABLE imported_material ADD COLUMN pending_rotation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imported_material DROP CONSTRAINT imported_material_pkey;
ALTER TABLE imported_material ADD PRIMARY KEY (key_id, material_id);
CREATE UNIQUE INDEX imported_material_one_pending ON imported_material (key_id) WHERE pending_rotation = 1;
