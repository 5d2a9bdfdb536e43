/** The {@code infra/bench audit} benchmark: append throughput against plain INSERTs, verification speed and filtered queries. */
package org.custodian.audit.bench;
