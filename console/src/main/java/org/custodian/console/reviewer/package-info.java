/** The reviewer's pages: a request with the policy's reasons and obligations, a vote with a comment, a declared conflict. */
package org.custodian.console.reviewer;
