/**
 * Events of how Custodian is operated through its API: chat accounts reviewers act from and webhook
 * subscriptions that send events out. Published on the catalog topic, so the audit log keeps them.
 */
package org.custodian.contracts.operations;
