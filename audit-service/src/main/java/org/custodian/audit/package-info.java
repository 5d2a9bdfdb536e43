/** audit-service: keeps every governance event in an append-only, hash-chained log that compliance can query and verify. */
package org.custodian.audit;
