/** policy-service: evaluates every submitted request and every what-if query against the Rego policy set (DESIGN §5). */
package org.custodian.policy;
