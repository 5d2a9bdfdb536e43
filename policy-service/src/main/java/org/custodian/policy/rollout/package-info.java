/**
 * Rolling out a policy revision (its rules or its tables): an impact report that judges every live release
 * under a candidate without changing anything, and the activation of the revision a service starts with,
 * which judges every live release under it for real.
 */
package org.custodian.policy.rollout;
