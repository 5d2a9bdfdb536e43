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
