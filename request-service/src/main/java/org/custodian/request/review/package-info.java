/**
 * Committee review of access requests: who sits on a request's panel, the quorum and recusal rules,
 * and the {@link org.custodian.request.review.Reviews} port that the HTTP and chat-ops adapters vote through.
 */
package org.custodian.request.review;
