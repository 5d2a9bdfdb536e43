/**
 * The Slack adapter of chat-ops: signed requests in (buttons and the {@code /custodian} command),
 * Block Kit messages out through a durable, retried queue of Web API calls.
 */
package org.custodian.request.chatops.slack;
