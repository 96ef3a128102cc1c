-- Mirrors db/sqlite/V3: the public key beside the wrapped private key.
ALTER TABLE key_material ADD COLUMN public_key BYTEA;
