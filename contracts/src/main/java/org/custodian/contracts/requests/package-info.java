/**
 * Events of access requests and their reviews on {@code custodian.requests.v1}: submitted (again, for
 * the same request id, when an amended version is resubmitted), withdrawn, review assigned, votes
 * cast, conflicts declared, changes requested, approved, rejected; and of manuscript reviews:
 * manuscript submitted and reviewed.
 */
package org.custodian.contracts.requests;
