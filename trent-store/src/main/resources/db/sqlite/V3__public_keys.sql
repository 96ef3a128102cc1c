-- Asymmetric key material keeps its public key beside the wrapped private key: GetPublicKey and
-- Verify need it without unwrapping anything.
ALTER TABLE key_material ADD COLUMN public_key BLOB;
