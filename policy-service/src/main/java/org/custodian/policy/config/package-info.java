/** Wiring of policy-service that belongs to no single feature. */
package org.custodian.policy.config;
