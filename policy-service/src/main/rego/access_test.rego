package custodian_test

test_a_field_no_requested_dataset_offers_is_denied if {
	decision := decide({"request": {"fields": ["hba1c", "postcode"]}}, {})
	decision.reasons == [{
		"rule": "access",
		"code": "FIELDS_NOT_PERMITTED",
		"dataset": null,
		"message": "The field \"postcode\" is not offered by any requested dataset.",
	}]
}

test_each_field_not_offered_is_its_own_reason if {
	decision := decide({"request": {"fields": ["postcode", "name"]}}, {})
	count(reasons_with(decision, "FIELDS_NOT_PERMITTED")) == 2
}

test_a_field_may_come_from_any_requested_dataset if {
	decision := decide_over({"request": {"fields": ["hba1c", "postcode"]}}, {"ds-a": {}, "ds-b": {"fields": ["postcode"]}})
	decision.outcome == "allow"
	decision.obligations.fields == ["hba1c", "postcode"]
}

test_the_fields_obligation_lists_only_offered_fields_in_order if {
	decide({"request": {"fields": ["region", "postcode", "age_band"]}}, {}).obligations.fields == ["age_band", "region"]
}

test_an_access_mode_the_dataset_does_not_offer_is_denied if {
	decision := decide({"request": {"access_mode": "download"}}, {})
	decision.obligations.access_mode == "download"
	decision.reasons == [{
		"rule": "access",
		"code": "ACCESS_MODE_NOT_PERMITTED",
		"dataset": "ds-trials",
		"message": "This dataset may be accessed only in a secure enclave or through an aggregated API.",
	}]
}

test_the_access_mode_message_names_download_and_unknown_modes if {
	decision := decide({"request": {"access_mode": "secure_enclave"}}, {"access_modes": ["download", "sftp"]})
	only_reason(decision, "ACCESS_MODE_NOT_PERMITTED").message == "This dataset may be accessed only by download or by \"sftp\"."
}

test_a_dataset_without_access_modes_offers_none if {
	decision := decide({}, {"access_modes": null})
	only_reason(decision, "ACCESS_MODE_NOT_PERMITTED").message == "This dataset offers no access mode."
}

test_a_dataset_under_embargo_is_denied if {
	decision := decide({}, {"embargo_until": "2026-11-23"})
	decision.reasons == [{
		"rule": "access",
		"code": "EMBARGOED",
		"dataset": "ds-trials",
		"message": "This dataset is under embargo until 2026-11-23.",
	}]
}

test_an_embargo_ends_on_its_date if {
	decide({}, {"embargo_until": "2026-11-22"}).outcome == "allow"
}

test_an_unreadable_embargo_date_keeps_the_embargo if {
	codes(decide({}, {"embargo_until": "after the trial"})) == {"EMBARGOED"}
}

test_a_committee_dataset_needs_committee_review if {
	decision := decide({}, {"review": "committee"})
	decision.outcome == "review"
	decision.reasons == [{
		"rule": "access",
		"code": "COMMITTEE_REVIEW_REQUIRED",
		"dataset": "ds-trials",
		"message": "A data access committee must review requests for this dataset.",
	}]
}

test_sensitivity_5_needs_committee_review if {
	codes(decide({}, {"sensitivity": 5})) == {"COMMITTEE_REVIEW_REQUIRED"}
}

test_fields_are_not_judged_while_a_requested_dataset_is_unknown if {
	decision := decide({"request": {"datasets": ["ds-trials", "ds-missing"], "fields": ["hba1c", "postcode"]}}, {})
	codes(decision) == {"UNKNOWN_DATASET"}
	decision.obligations.fields == ["hba1c"]
}
