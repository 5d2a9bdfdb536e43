/** Wiring of release-service that belongs to no single feature. */
package org.custodian.release.config;
