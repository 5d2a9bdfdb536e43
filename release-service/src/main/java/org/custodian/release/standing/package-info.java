/**
 * What release-service knows of each request before releasing it: its latest decision and, for a
 * request under review, the quorum and its approving votes; and what it does when a decision turns to deny.
 */
package org.custodian.release.standing;
