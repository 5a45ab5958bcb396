-- Organisations may hold P-384 keys (ecdsa-rdfc-2019 with SHA-384, ES384).
ALTER TABLE organisation_keys DROP CONSTRAINT organisation_keys_key_type_check;
ALTER TABLE organisation_keys
  ADD CONSTRAINT organisation_keys_key_type_check CHECK (key_type IN ('ED25519', 'P256', 'P384'));
