/**
 * The wire contract between Custodian's services: governance events, their CloudEvents types and
 * Kafka topics, and the codec that writes and reads them in Kafka binary mode.
 */
package org.custodian.contracts;
