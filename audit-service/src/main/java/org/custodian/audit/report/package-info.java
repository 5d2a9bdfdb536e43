/** Transparency reports computed from the logged events alone: requests, decisions and their reasons, releases and erasures. */
package org.custodian.audit.report;
