/**
 * The policy's vocabulary: every regime, access mode, DUO term and country the Rego knows, read from the
 * very tables it reads, and the check of dataset terms and requests against them.
 */
package org.custodian.contracts.vocabulary;
