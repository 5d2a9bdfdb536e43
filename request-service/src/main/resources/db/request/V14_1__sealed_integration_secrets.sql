-- Integration signing secrets are kept sealed (envelope encryption under the key-encryption key, which lives
-- outside the database); StartupSealing seals rows stored in plaintext before this version at startup.
ALTER TABLE integration_secret RENAME COLUMN secret TO sealed_secret;
ALTER TABLE integration_secret ALTER COLUMN sealed_secret TYPE TEXT;
