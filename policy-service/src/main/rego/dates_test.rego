package custodian_test

import data.custodian

test_day_zero_is_1970_01_01 if {
	custodian.day_number("1970-01-01") == 0
}

test_days_before_1970_are_negative if {
	custodian.day_number("1969-12-31") == -1
	custodian.format_date(-1) == "1969-12-31"
}

test_day_numbers_and_dates_round_trip_from_year_1_to_9999 if {
	first := custodian.day_number("0001-01-01")
	last := custodian.day_number("9999-12-31")
	mismatches := [n |
		some n in numbers.range_step(first, last, 12007)
		[year, month, day] := custodian.civil_from_days(n)
		custodian.days_from_civil(year, month, day) != n
	]
	mismatches == []
}

test_the_day_after_28_february_is_the_leap_day_in_a_leap_year if {
	start := custodian.day_number("2024-02-28")
	[custodian.format_date(n) | some n in numbers.range(start, start + 2)] == ["2024-02-28", "2024-02-29", "2024-03-01"]
}

test_the_day_after_28_february_is_1_march_in_a_common_year if {
	custodian.format_date(custodian.day_number("2026-02-28") + 1) == "2026-03-01"
}

test_the_day_after_31_december_is_in_the_next_year if {
	custodian.format_date(custodian.day_number("2026-12-31") + 1) == "2027-01-01"
}

test_reads_a_leap_day_in_a_leap_year if {
	custodian.format_date(custodian.day_number("2024-02-29")) == "2024-02-29"
	custodian.format_date(custodian.day_number("2000-02-29")) == "2000-02-29"
}

test_rejects_a_leap_day_in_a_common_year if {
	not custodian.day_number("2026-02-29")
	not custodian.day_number("1900-02-29")
}

test_rejects_dates_that_do_not_exist if {
	not custodian.day_number("2026-13-01")
	not custodian.day_number("2026-00-10")
	not custodian.day_number("2026-04-31")
	not custodian.day_number("2026-04-00")
}

test_rejects_year_zero if {
	not custodian.day_number("0000-06-01")
}

test_rejects_text_that_is_not_a_date if {
	not custodian.day_number("2026-1-1")
	not custodian.day_number("2026-11-22T10:00:00Z")
	not custodian.day_number(20261122)
}

test_pads_years_below_one_thousand if {
	custodian.format_date(custodian.day_number("0999-01-09")) == "0999-01-09"
}

test_writes_years_past_9999_in_full if {
	custodian.format_date(custodian.days_from_civil(10000, 1, 1)) == "10000-01-01"
}

test_adding_years_keeps_the_calendar_date if {
	custodian.format_date(custodian.add_years(custodian.day_number("2026-11-22"), 5)) == "2031-11-22"
}

test_adding_years_to_a_leap_day_lands_on_28_february if {
	custodian.format_date(custodian.add_years(custodian.day_number("2024-02-29"), 1)) == "2025-02-28"
	custodian.format_date(custodian.add_years(custodian.day_number("2024-02-29"), 4)) == "2028-02-29"
}

# The calendar facts the service sends (PolicyCalendar): computed here the way the service computes them.
service_calendar(patched_input, datasets) := {
	"today": today,
	"day_numbers": {date: custodian.day_number(date) |
		some date in array.concat([object.get(patched_input, ["requester", "irb", "expires"], null)], [date |
			some ds in datasets
			some key in ["embargo_until", "moratorium_until"]
			date := ds[key]
		])
		custodian.day_number(date)
	},
	"dates": [[today + days, custodian.format_date(today + days)] |
		some days in ({patched_input.request.duration_days} | {days |
			some ds in datasets
			some key in ["retention_max_days", "time_limit_days"]
			days := ds[key]
			is_number(days)
		})
	],
	"years_later": [[years, custodian.add_years(today, years)] |
		years := patched_input.request.publisher_retention_years
		years > 0
	],
} if {
	today := custodian.day_number(substring(patched_input.now, 0, 10))
}

# The decision for a patched base input, with and without the service's calendar facts.
with_and_without_calendar(input_patch, dataset_patch) := [with_calendar, without] if {
	datasets := {"ds-trials": object.union(base_dataset, dataset_patch)}
	patched_input := object.union(base_input, input_patch)
	calendar := service_calendar(patched_input, datasets)
	with_calendar := custodian.decision with input as object.union(patched_input, {"calendar": calendar})
		with data.datasets as datasets
	without := custodian.decision with input as patched_input with data.datasets as datasets
}

test_the_services_calendar_facts_do_not_change_a_decision if {
	every case in [
		[{}, {}],
		[{"request": {"publisher_retention_years": 5}}, {}],
		[{"request": {"duration_days": 30}}, {"modifiers": ["DUO:0000025"], "time_limit_days": 20}],
		[{"requester": {"irb": {"expires": "2027-11-21"}}}, {}],
		[{}, {"embargo_until": "2026-11-23", "modifiers": ["DUO:0000024"], "moratorium_until": "2027-06-01"}],
		[{"now": "2024-02-29T10:00:00Z", "request": {"publisher_retention_years": 1}}, {}],
	] {
		[with_calendar, without] := with_and_without_calendar(case[0], case[1])
		with_calendar == without
	}
}

# Facts that contradict `now` show which values were looked up: the IRB expiry a day before the
# erase-by date, the erase-by date itself, and a publisher's retention that ends before it.
test_calendar_facts_are_read_instead_of_computed if {
	today := custodian.day_number("2026-11-22")
	calendar := {
		"today": today,
		"day_numbers": {"2028-06-30": today + 364},
		"dates": [[today + 365, "from the calendar"]],
		"years_later": [[2, today + 300]],
	}
	patched := object.union(base_input, {"calendar": calendar, "request": {"publisher_retention_years": 2}})
	decision := custodian.decision with input as patched with data.datasets as {"ds-trials": base_dataset}
	decision.obligations.erase_by == "from the calendar"
	codes(decision) == {"ETHICS_APPROVAL_MISSING"}
}

test_a_calendar_without_a_fact_falls_back_to_computing_it if {
	patched := object.union(base_input, {"calendar": {"today": custodian.day_number("2026-11-23"), "dates": []}})
	decision := custodian.decision with input as patched with data.datasets as {"ds-trials": base_dataset}
	decision.obligations.erase_by == "2027-11-23"
	decision.outcome == "allow"
}
