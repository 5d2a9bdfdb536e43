/** Events of access requests: submitted, approved, rejected. */
package org.custodian.contracts.requests;
