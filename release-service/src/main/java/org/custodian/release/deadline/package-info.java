/** Deadlines of releases (expiry, erasure reminder, erasure due, overdue): kept in the database, fired once by the injected clock. */
package org.custodian.release.deadline;
