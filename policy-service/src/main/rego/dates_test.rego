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
