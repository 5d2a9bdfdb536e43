/** Consuming every governance topic and turning each CloudEvent into one log entry. */
package org.custodian.audit.ingestion;
