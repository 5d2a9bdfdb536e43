/**
 * Judging live releases again when what they rest on changes: a dataset's terms, the subjects' consent,
 * the researcher's credentials. Each is judged as released (its approved version, at the time its
 * decision judged at); the outcome is published as {@code decision.re-evaluated}.
 */
package org.custodian.policy.reevaluation;
