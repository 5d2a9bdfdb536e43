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

# The consent held, as recorded (input.consent[id], assembled by policy-service from consent.recorded and
# consent.withdrawn): whether the whole dataset's consent was withdrawn, and per cohort its recorded basis
# and whether the cohort withdrew.
consent_record(id) := input.consent[id] if {
	is_object(input.consent[id])
} else := {}

cohorts(id) := record if {
	record := consent_record(id).cohorts
	is_object(record)
} else := {}

reasons contains {"rule": "consent", "code": "CONSENT_WITHDRAWN", "dataset": id, "message": message} if {
	some id, _ in requested_datasets
	flag(consent_record(id), "withdrawn")
	message := "The data subjects' consent for this dataset was withdrawn."
}

# Under per-participant consent each cohort's own recorded consent, a DUO permission, must cover the purpose.
per_participant(ds) if ds.consent.basis == "per_participant"

covers(basis) if {
	some name, codes in allowed_purposes
	duo[name] == basis
	count(purpose_codes) > 0
	every code in purpose_codes { code in codes }
}

usable_cohort(cohort) if {
	not flag(cohort, "withdrawn")
	covers(cohort.basis)
}

reasons contains {"rule": "consent", "code": "COHORT_CONSENT_WITHDRAWN", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	per_participant(ds)
	some name, cohort in cohorts(id)
	flag(cohort, "withdrawn")
	message := concat("", ["Cohort ", name, " withdrew its consent: its records must be left out of this release."])
}

reasons contains {"rule": "consent", "code": "CONSENT_NOT_COVERING_PURPOSE", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	per_participant(ds)
	some name, cohort in cohorts(id)
	not flag(cohort, "withdrawn")
	not covers(object.get(cohort, "basis", null))
	message := concat("", [
		"The consent recorded for cohort ", name, " (", shown(object.get(cohort, "basis", null)),
		") does not cover this purpose: its records must be left out of this release.",
	])
}

reasons contains {"rule": "consent", "code": "NO_CONSENTING_COHORT", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	per_participant(ds)
	not any_usable_cohort(id)
	message := "This dataset is released per participant's consent, and no cohort's recorded consent covers this purpose."
}

any_usable_cohort(id) if {
	some cohort in cohorts(id)
	usable_cohort(cohort)
}
