/**
 * Real infrastructure for tests, shared by every test class in a JVM: one embedded KRaft Kafka
 * broker, one embedded PostgreSQL (a database per service), bearer tokens signed by a test key,
 * free ports, and a service's jar run as a child process on that broker and database.
 */
package org.custodian.testing;
