package custodian_test

import data.custodian

test_allows_a_request_that_meets_every_term if {
	decide({}, {}) == {
		"outcome": "allow",
		"reasons": [],
		"obligations": {
			"erase_by": "2027-11-22",
			"access_mode": "secure_enclave",
			"publication_review": "approval",
			"fields": ["age_band", "hba1c"],
			"publish_results": false,
			"return_derived_data": false,
			"no_publication_before": null,
			"consented_subset_only": false,
		},
		"policy_revision": null,
	}
}

test_a_deny_reason_outranks_review_reasons if {
	decision := decide({"requester": {"dsa_signed": false}}, {"review": "committee"})
	codes(decision) == {"DSA_NOT_SIGNED", "COMMITTEE_REVIEW_REQUIRED"}
	decision.outcome == "deny"
}

test_a_review_reason_outranks_allow_reasons if {
	decision := decide({}, {"review": "committee", "consent": {"consented_subset_only": true}})
	codes(decision) == {"COMMITTEE_REVIEW_REQUIRED", "CONSENTED_SUBSET_ONLY"}
	decision.outcome == "review"
}

test_consented_subset_only_alone_allows if {
	decision := decide({}, {"consent": {"consented_subset_only": true}})
	codes(decision) == {"CONSENTED_SUBSET_ONLY"}
	decision.outcome == "allow"
}

test_lists_every_reason_not_only_the_first if {
	decision := decide({"requester": {"dsa_signed": false, "vetted": false}}, {"embargo_until": "2027-01-01"})
	codes(decision) == {"DSA_NOT_SIGNED", "RESEARCHER_NOT_VETTED", "EMBARGOED"}
}

test_sorts_reasons_by_rule_then_code_then_dataset if {
	decision := decide_over(
		{"requester": {"dsa_signed": false, "vetted": false}, "request": {"fields": ["zip"]}},
		{"ds-b": {"review": "committee"}, "ds-a": {"review": "committee"}},
	)
	[[r.rule, r.code, r.dataset] | some r in decision.reasons] == [
		["access", "COMMITTEE_REVIEW_REQUIRED", "ds-a"],
		["access", "COMMITTEE_REVIEW_REQUIRED", "ds-b"],
		["access", "FIELDS_NOT_PERMITTED", null],
		["credentials", "DSA_NOT_SIGNED", null],
		["credentials", "RESEARCHER_NOT_VETTED", null],
	]
}

test_an_unlisted_reason_code_denies if {
	custodian.denies({"code": "SOMETHING_NEW"})
}

test_policy_revision_comes_from_data if {
	decision := custodian.decision with input as base_input
		with data.datasets as {"ds-trials": base_dataset}
		with data.policy_revision as "sha256:abc"
	decision.policy_revision == "sha256:abc"
}

test_policy_revision_is_null_when_data_has_none if {
	decide({}, {}).policy_revision == null
}
