/** Compliance's questions answered from the log: one request's timeline, and who had which data, why, approved by whom and erased when. */
package org.custodian.audit.history;
