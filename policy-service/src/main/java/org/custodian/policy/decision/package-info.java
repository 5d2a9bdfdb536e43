/** Deciding submitted requests: the decisions aggregate, the intake of submissions and the decisions projection. */
package org.custodian.policy.decision;
