-- Revocation and suspension are what the registry's status lists say (issuer CurrentStatuses):
-- the issuer's own copies could only fall behind a change made at the registry directly.
ALTER TABLE issued_credentials DROP COLUMN revoked, DROP COLUMN suspended;
