/** The append-only log itself: entries, their canonical content, and the SHA-256 chain that links them. */
package org.custodian.audit.log;
