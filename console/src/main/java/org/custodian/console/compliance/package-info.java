/**
 * The compliance officer's pages: the audit trail searched and exported, an entry with its inclusion proof checked
 * against the latest signed checkpoint, the whole log verified with live progress, and a request's or researcher's history.
 */
package org.custodian.console.compliance;
