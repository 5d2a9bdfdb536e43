/** The policy decision document (DESIGN §5) and the events that carry it. */
package org.custodian.contracts.decisions;
