package custodian

reasons contains {"rule": "consent", "code": "MINOR_CONSENT_INCOMPLETE", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	flag(ds.consent, "minors")
	not minors_consented(ds)
	message := "Some subjects of this dataset are minors, and it lacks parental consent or the minors' own assent."
}

minors_consented(ds) if {
	flag(ds.consent, "parental_consent")
	flag(ds.consent, "assent")
}

reasons contains {"rule": "consent", "code": "CONSENTED_SUBSET_ONLY", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	flag(ds.consent, "consented_subset_only")
	message := "Only the records of subjects whose consent covers this use may be released."
}

default consented_subset_only := false

consented_subset_only if {
	some ds in requested_datasets
	flag(ds.consent, "consented_subset_only")
}
