/**
 * The inbound integration endpoint: outside systems post CloudEvents (binary, structured or batch),
 * authenticated by an integration token or a Standard Webhooks signature; valid events go to the
 * inbound topic unchanged, once per (source, id).
 */
package org.custodian.request.ingress;
