/**
 * The local platform: one single-node KRaft Kafka broker and one PostgreSQL, both embedded, with
 * state in the data directory, and the four services started as separate processes against them.
 */
package org.custodian.infra;
