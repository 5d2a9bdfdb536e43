/**
 * Integrations that sign their posts with Standard Webhooks: an admin lists, adds, rotates the secret of and
 * disables them through the API, each change published with the admin as actor. Configuration still seeds
 * integrations; those are listed but change only with the configuration.
 */
package org.custodian.request.integration;
