-- Grant signing keys are kept sealed (envelope encryption under the key-encryption key, which lives
-- outside the database); GrantKeySealing seals rows stored in plaintext before this version at startup.
-- A rotated key is retired, not deleted: it stays published until every grant it signed has expired.
ALTER TABLE grant_signing_key RENAME COLUMN jwk TO sealed_jwk;
ALTER TABLE grant_signing_key ADD COLUMN retired_at TIMESTAMPTZ;
