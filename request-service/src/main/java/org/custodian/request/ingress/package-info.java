/**
 * The inbound integration endpoint: outside systems post CloudEvents (binary, structured or batch),
 * authenticated by an integration token or a Standard Webhooks signature; valid events go to the
 * inbound topic once per (source, id), unchanged but for who posted them (ADR 007).
 */
package org.custodian.request.ingress;
