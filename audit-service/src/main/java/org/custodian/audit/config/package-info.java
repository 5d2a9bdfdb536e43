/** Wiring of audit-service that belongs to no single feature. */
package org.custodian.audit.config;
