/** Recomputing the hash chain over the whole log and naming the first entry that breaks it. */
package org.custodian.audit.verification;
