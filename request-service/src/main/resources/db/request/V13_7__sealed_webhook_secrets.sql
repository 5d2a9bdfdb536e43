-- Webhook signing secrets are kept sealed (envelope encryption under the key-encryption key, which lives
-- outside the database); WebhookSecretSealing seals rows stored in plaintext before this version at startup.
ALTER TABLE webhook_subscription RENAME COLUMN secret TO sealed_secret;
ALTER TABLE webhook_subscription ALTER COLUMN sealed_secret TYPE TEXT;
