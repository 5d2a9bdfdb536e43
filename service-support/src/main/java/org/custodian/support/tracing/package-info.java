/** W3C trace context carried through HTTP, Kafka records and Axon messages. */
package org.custodian.support.tracing;
