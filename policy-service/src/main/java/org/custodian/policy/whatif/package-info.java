/** What-if evaluation: the decision a draft request or draft terms would get, with nothing stored or published. */
package org.custodian.policy.whatif;
