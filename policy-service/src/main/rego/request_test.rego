package custodian_test

import data.custodian

input_problems(decision) := {reason.message | some reason in reasons_with(decision, "POLICY_UNDEFINED")}

test_an_empty_input_is_denied_not_undefined if {
	decision := custodian.decision with input as {} with data.datasets as {}
	decision.outcome == "deny"
	input_problems(decision) == {
		"The input has no valid \"now\" time (RFC 3339).",
		"The input has no request.",
		"The input has no requester.",
	}
}

test_no_input_at_all_is_denied_not_undefined if {
	decision := custodian.decision with data.datasets as {}
	decision.outcome == "deny"
}

test_a_missing_now_is_denied if {
	decision := decide({"now": null}, {})
	input_problems(decision) == {"The input has no valid \"now\" time (RFC 3339)."}
	decision.obligations.erase_by == null
}

test_a_now_without_time_is_denied if {
	input_problems(decide({"now": "2026-11-22"}, {})) == {"The input has no valid \"now\" time (RFC 3339)."}
}

test_a_now_on_an_impossible_date_is_denied if {
	input_problems(decide({"now": "2026-02-30T10:00:00Z"}, {})) == {"The input has no valid \"now\" time (RFC 3339)."}
}

test_now_may_be_written_in_lower_case_with_a_fraction if {
	decide({"now": "2026-11-22t10:00:00.25z"}, {}).obligations.erase_by == "2027-11-22"
}

test_a_now_that_is_not_rfc_3339_is_denied if {
	every now in [
		"2026-11-22T10:00:00", "2026-11-22 10:00:00Z", "2026-11-22T10:0a:00Z", "2026-11-22T10:00:00.Z",
		"2026-11-22T10:00:00+0500", "2026-11-22T10:00:00+05:00:00", "2026-11-22T10:00:00+5:000",
		"2026-11-22T10:00:00ZZ", "2026-11-22T10:00:00.5.5Z", "2026-11-22T10:00:00-05:00+05:00",
	] {
		input_problems(decide({"now": now}, {})) == {"The input has no valid \"now\" time (RFC 3339)."}
	}
}

test_now_is_read_as_its_own_calendar_date if {
	decision := decide({"now": "2026-11-22T23:30:00.5-05:00"}, {})
	decision.outcome == "allow"
	decision.obligations.erase_by == "2027-11-22"
}

test_a_request_without_datasets_is_denied if {
	input_problems(decide({"request": {"datasets": []}}, {})) == {"The request must name its datasets as a list of dataset ids."}
}

test_a_dataset_id_that_is_not_text_is_denied if {
	input_problems(decide({"request": {"datasets": ["ds-trials", 7]}}, {})) == {"The request must name its datasets as a list of dataset ids."}
}

test_a_duration_of_zero_days_is_denied if {
	input_problems(decide({"request": {"duration_days": 0}}, {})) == {"The request's duration_days must be a whole number of days, at least 1."}
}

test_a_fractional_duration_is_denied if {
	input_problems(decide({"request": {"duration_days": 30.5}}, {})) == {"The request's duration_days must be a whole number of days, at least 1."}
}

test_a_duration_given_as_text_is_denied if {
	decision := decide({"request": {"duration_days": "365"}}, {})
	input_problems(decision) == {"The request's duration_days must be a whole number of days, at least 1."}
	decision.obligations.erase_by == null
}

test_a_missing_processing_country_is_denied if {
	input_problems(decide({"request": {"processing_country": null}}, {})) == {"The request must name the country where the data will be processed."}
}

test_a_missing_access_mode_is_denied if {
	decision := decide({"request": {"access_mode": null}}, {})
	"The request must name an access mode." in input_problems(decision)
	decision.obligations.access_mode == null
}

test_a_field_that_is_not_text_is_denied if {
	input_problems(decide({"request": {"fields": ["hba1c", 3]}}, {})) == {"The request's fields must be a list of field names."}
}

test_a_negative_publisher_retention_is_denied if {
	input_problems(decide({"request": {"publisher_retention_years": -1}}, {})) == {"The request's publisher_retention_years must be a whole number of years."}
}

test_a_null_publisher_retention_means_none if {
	decide({"request": {"publisher_retention_years": null}}, {}).outcome == "allow"
}

test_absent_optional_values_still_decide if {
	request := object.remove(base_input.request, ["fields", "publisher_retention_years"])
	requester := object.remove(base_input.requester, ["irb", "dpf_certified", "school_official"])
	decision := custodian.decision with input as {"now": base_input.now, "request": request, "requester": requester}
		with data.datasets as {"ds-trials": object.remove(base_dataset, ["modifiers", "disease", "consent", "regimes"])}
	codes(decision) == {"ETHICS_APPROVAL_MISSING"}
	decision.obligations.fields == []
}

test_fields_that_are_not_a_list_are_denied if {
	input_problems(decide({"request": {"fields": "hba1c"}}, {})) == {"The request's fields must be a list of field names."}
}

test_datasets_that_are_not_a_list_are_denied if {
	input_problems(decide({"request": {"datasets": "ds-trials"}}, {})) == {"The request must name its datasets as a list of dataset ids."}
}

test_null_fields_request_no_field if {
	decision := decide({"request": {"fields": null}}, {})
	decision.outcome == "allow"
	decision.obligations.fields == []
}
