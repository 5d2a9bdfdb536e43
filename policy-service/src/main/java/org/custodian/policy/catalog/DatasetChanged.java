package org.custodian.policy.catalog;

/** A change that may alter what is lawful for a dataset's live releases: its terms, or consent recorded or withdrawn. */
public record DatasetChanged(String datasetId, Change change) {
}
