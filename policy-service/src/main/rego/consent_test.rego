package custodian_test

minors_with(parental_consent, assent) := {"consent": {"minors": true, "parental_consent": parental_consent, "assent": assent}}

test_minors_without_parental_consent_are_denied if {
	only_reason(decide({}, minors_with(false, true)), "MINOR_CONSENT_INCOMPLETE") == {
		"rule": "consent",
		"code": "MINOR_CONSENT_INCOMPLETE",
		"dataset": "ds-trials",
		"message": "Some subjects of this dataset are minors, and it lacks parental consent or the minors' own assent.",
	}
}

test_minors_without_their_own_assent_are_denied if {
	decide({}, minors_with(true, false)).outcome == "deny"
}

test_minors_with_parental_consent_and_assent_are_allowed if {
	decide({}, minors_with(true, true)).outcome == "allow"
}

test_consented_subset_only_allows_with_an_obligation if {
	decision := decide({}, {"consent": {"consented_subset_only": true}})
	decision.outcome == "allow"
	decision.obligations.consented_subset_only == true
	only_reason(decision, "CONSENTED_SUBSET_ONLY") == {
		"rule": "consent",
		"code": "CONSENTED_SUBSET_ONLY",
		"dataset": "ds-trials",
		"message": "Only the records of subjects whose consent covers this use may be released.",
	}
}

test_a_dataset_without_consent_terms_adds_no_consent_reason if {
	decide({}, {"consent": null}).outcome == "allow"
}

per_participant := {"consent": {"basis": "per_participant"}}

with_cohorts(cohorts) := {"consent": {"ds-trials": {"cohorts": cohorts}}}

test_a_withdrawn_datasets_consent_denies_whatever_its_basis if {
	decision := decide({"consent": {"ds-trials": {"withdrawn": true}}}, {})
	decision.outcome == "deny"
	only_reason(decision, "CONSENT_WITHDRAWN") == {
		"rule": "consent",
		"code": "CONSENT_WITHDRAWN",
		"dataset": "ds-trials",
		"message": "The data subjects' consent for this dataset was withdrawn.",
	}
}

test_consent_records_of_a_dataset_not_per_participant_change_nothing if {
	decide(with_cohorts({"a": {"basis": "DUO:0000007", "withdrawn": true}}), {}).outcome == "allow"
}

test_per_participant_cohorts_whose_consent_covers_the_purpose_allow if {
	decision := decide(with_cohorts({"a": {"basis": "DUO:0000006"}, "b": {"basis": "DUO:0000042"}}), per_participant)
	decision.outcome == "allow"
	codes(decision) == set()
}

test_a_withdrawn_cohort_sends_a_per_participant_release_to_review if {
	decision := decide(with_cohorts({"a": {"basis": "DUO:0000006"}, "b": {"basis": "DUO:0000006", "withdrawn": true}}), per_participant)
	decision.outcome == "review"
	only_reason(decision, "COHORT_CONSENT_WITHDRAWN").message == "Cohort b withdrew its consent: its records must be left out of this release."
	codes(decision) == {"COHORT_CONSENT_WITHDRAWN"}
}

test_a_cohort_whose_consent_does_not_cover_the_purpose_is_reviewed if {
	decision := decide(with_cohorts({"a": {"basis": "DUO:0000006"}, "b": {"basis": "DUO:0000007"}}), per_participant)
	decision.outcome == "review"
	only_reason(decision, "CONSENT_NOT_COVERING_PURPOSE").message == "The consent recorded for cohort b (DUO:0000007) does not cover this purpose: its records must be left out of this release."
}

test_a_cohort_basis_that_is_no_duo_permission_covers_nothing if {
	decision := decide(with_cohorts({"a": {"basis": "DUO:0000006"}, "b": {"basis": "informed_consent"}, "c": {}}), per_participant)
	count(reasons_with(decision, "CONSENT_NOT_COVERING_PURPOSE")) == 2
}

test_no_consenting_cohort_denies if {
	decision := decide(with_cohorts({"a": {"basis": "DUO:0000007"}, "b": {"basis": "DUO:0000006", "withdrawn": true}}), per_participant)
	decision.outcome == "deny"
	codes(decision) == {"NO_CONSENTING_COHORT", "COHORT_CONSENT_WITHDRAWN", "CONSENT_NOT_COVERING_PURPOSE"}
}

test_per_participant_without_any_consent_record_denies if {
	codes(decide({}, per_participant)) == {"NO_CONSENTING_COHORT"}
	codes(decide({"consent": {"ds-trials": {"cohorts": "a"}}}, per_participant)) == {"NO_CONSENTING_COHORT"}
}

test_a_purpose_without_codes_is_covered_by_no_cohort if {
	decision := decide(object.union(with_cohorts({"a": {"basis": "DUO:0000004"}}), {"request": {"purpose": {"codes": []}}}), per_participant)
	"NO_CONSENTING_COHORT" in codes(decision)
}
