/**
 * Judging approved requests again when what they rest on changes: a dataset's terms, or the
 * subjects' consent. The outcome is published as {@code decision.re-evaluated}.
 */
package org.custodian.policy.reevaluation;
