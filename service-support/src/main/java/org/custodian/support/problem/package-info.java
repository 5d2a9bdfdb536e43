/** Errors as RFC 9457 problem details, each with a stable {@code code}. */
package org.custodian.support.problem;
