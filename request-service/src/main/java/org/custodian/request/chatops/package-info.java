/**
 * Chat-ops: reviewers act from chat (Slack first) through the same {@code review.Reviews} port as the
 * HTTP API; reviews, manuscripts, vote deadlines and stewards' alerts are announced in chat. Chat
 * accounts are linked to reviewers by stewards; nothing a reviewer receives names the requester of a
 * blinded review.
 */
package org.custodian.request.chatops;
