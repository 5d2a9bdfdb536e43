/** Researchers and the credentials the policy checks: institution, vetting, DSA, IRB approval. */
package org.custodian.request.researcher;
