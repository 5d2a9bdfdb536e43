/**
 * Events other systems send in (a secure enclave's access log, an IRB system, a consent platform,
 * HR): their CloudEvents types, JSON Schemas and records. They travel on the inbound topic as the
 * original CloudEvents.
 */
package org.custodian.contracts.inbound;
