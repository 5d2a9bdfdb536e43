/**
 * Real infrastructure for tests, shared by every test class in a JVM: one embedded KRaft Kafka
 * broker, one embedded PostgreSQL (a database per service), and bearer tokens signed by a test key.
 */
package org.custodian.testing;
