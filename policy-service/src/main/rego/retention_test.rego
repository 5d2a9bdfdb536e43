package custodian_test

for_days(n) := {"request": {"duration_days": n}}

test_erase_by_is_now_plus_the_requested_duration if {
	decide(for_days(30), {}).obligations.erase_by == "2026-12-22"
}

test_erase_by_uses_the_retention_when_it_is_shorter if {
	decision := decide(for_days(365), {"retention_max_days": 90})
	decision.obligations.erase_by == "2027-02-20"
}

test_erase_by_uses_the_time_limit_of_a_ts_dataset if {
	decision := decide(for_days(365), {"modifiers": ["DUO:0000025"], "time_limit_days": 10})
	decision.obligations.erase_by == "2026-12-02"
}

test_a_time_limit_binds_only_with_ts if {
	decision := decide(for_days(365), {"time_limit_days": 10})
	decision.obligations.erase_by == "2027-11-22"
	decision.outcome == "allow"
}

test_erase_by_is_the_shortest_across_datasets if {
	decision := decide_over(for_days(365), {"ds-a": {"retention_max_days": 200}, "ds-b": {"retention_max_days": 100}})
	decision.obligations.erase_by == "2027-03-02"
}

test_erase_by_counts_the_leap_day if {
	decide({"now": "2028-02-28T12:00:00Z", "request": {"duration_days": 1}}, {}).obligations.erase_by == "2028-02-29"
	decide({"now": "2028-02-28T12:00:00Z", "request": {"duration_days": 2}}, {}).obligations.erase_by == "2028-03-01"
}

test_erase_by_across_a_whole_leap_year if {
	decide({"now": "2024-01-01T00:00:00Z", "request": {"duration_days": 366}}, {}).obligations.erase_by == "2025-01-01"
}

test_erase_by_crosses_a_month_end if {
	decide({"now": "2027-01-31T08:00:00Z", "request": {"duration_days": 1}}, {}).obligations.erase_by == "2027-02-01"
	decide({"now": "2027-04-30T08:00:00Z", "request": {"duration_days": 31}}, {}).obligations.erase_by == "2027-05-31"
}

test_erase_by_crosses_a_year_end if {
	decide({"now": "2026-12-31T23:59:59Z", "request": {"duration_days": 1}}, {}).obligations.erase_by == "2027-01-01"
}

test_a_duration_beyond_the_retention_is_denied if {
	only_reason(decide(for_days(400), {"retention_max_days": 365}), "RETENTION_EXCEEDED") == {
		"rule": "retention",
		"code": "RETENTION_EXCEEDED",
		"dataset": "ds-trials",
		"message": "The request asks for 400 days, longer than this dataset's retention of 365 days.",
	}
}

test_a_duration_equal_to_the_retention_is_allowed if {
	decide(for_days(365), {"retention_max_days": 365}).outcome == "allow"
}

test_a_duration_beyond_the_ts_time_limit_is_denied if {
	decision := decide(for_days(200), {"modifiers": ["DUO:0000025"], "time_limit_days": 1})
	only_reason(decision, "TIME_LIMIT_EXCEEDED") == {
		"rule": "retention",
		"code": "TIME_LIMIT_EXCEEDED",
		"dataset": "ds-trials",
		"message": "The request asks for 200 days, longer than this dataset's time limit of 1 day.",
	}
}

test_a_publisher_retention_past_erase_by_needs_review if {
	decision := decide({"request": {"publisher_retention_years": 5}}, {})
	decision.outcome == "review"
	decision.reasons == [{
		"rule": "retention",
		"code": "RETENTION_CONFLICT",
		"dataset": null,
		"message": "The publisher requires keeping the data for 5 years, beyond the erase-by date 2027-11-22.",
	}]
}

test_a_publisher_retention_within_erase_by_is_no_conflict if {
	decision := decide({"request": {"publisher_retention_years": 3, "duration_days": 1096}}, {"retention_max_days": 1096})
	decision.obligations.erase_by == "2029-11-22"
	not "RETENTION_CONFLICT" in codes(decision)
}

test_a_publisher_retention_ending_on_erase_by_is_no_conflict if {
	decide({"request": {"publisher_retention_years": 1}}, {}).outcome == "allow"
}

test_publisher_retention_counts_calendar_years if {
	decision := decide({"now": "2027-11-22T10:00:00Z", "request": {"publisher_retention_years": 1, "duration_days": 365}}, {})
	decision.obligations.erase_by == "2028-11-21"
	only_reason(decision, "RETENTION_CONFLICT").message == "The publisher requires keeping the data for 1 year, beyond the erase-by date 2028-11-21."
}
