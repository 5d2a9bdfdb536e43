/** Wiring of request-service that belongs to no single feature. */
package org.custodian.request.config;
