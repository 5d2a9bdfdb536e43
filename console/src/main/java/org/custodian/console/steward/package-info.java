/** The steward's pages: the catalog with search, a dataset registered with terms from the policy's vocabulary, its committee. */
package org.custodian.console.steward;
