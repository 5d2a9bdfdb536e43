package custodian

# Wasm has no time built-ins, so calendar dates are handled as day numbers (days since
# 1970-01-01, proleptic Gregorian) with Howard Hinnant's days_from_civil / civil_from_days.
# Months are counted from March, so that the leap day falls at the end of the year.

digits := {"0": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9}

# to_number would reject "08" (a leading zero is not JSON), so two digits are read by hand.
two_digits(text) := (10 * digits[substring(text, 0, 1)]) + digits[substring(text, 1, 1)]

# The day number of a "YYYY-MM-DD" date; undefined when it is not a real date. Year 0000 is
# refused because OPA's floor is wrong for negative fractions (floor(-0.5) is 0).
# The shape is checked by hand, not with a regex: in wasm a regex is compiled on every call,
# which made dates the larger part of a decision's cost. two_digits refuses any non-digit.
day_number(date) := days_from_civil(year, month, day) if {
	is_string(date)
	count(date) == 10
	substring(date, 4, 1) == "-"
	substring(date, 7, 1) == "-"
	year := (100 * two_digits(substring(date, 0, 2))) + two_digits(substring(date, 2, 2))
	month := two_digits(substring(date, 5, 2))
	day := two_digits(substring(date, 8, 2))
	year >= 1
	month >= 1
	month <= 12
	day >= 1
	day <= days_in_month(year, month)
}

leap_year(year) if {
	year % 4 == 0
	year % 100 != 0
}

leap_year(year) if year % 400 == 0

month_lengths := [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

days_in_month(year, month) := 29 if {
	month == 2
	leap_year(year)
} else := month_lengths[month - 1]

days_from_civil(year, month, day) := (days_before_march(march_year) + day_of_year) - 719468 if {
	march_month := (month + 9) % 12
	march_year := year - floor(march_month / 10)
	day_of_year := (floor(((153 * march_month) + 2) / 5) + day) - 1
}

# Days from 0000-03-01 to 1 March of the given year.
days_before_march(year) := (((365 * year) + floor(year / 4)) - floor(year / 100)) + floor(year / 400)

civil_from_days(n) := [year, month, day] if {
	z := n + 719468
	era := floor(z / 146097)
	day_of_era := z - (era * 146097)
	year_of_era := floor((((day_of_era - floor(day_of_era / 1460)) + floor(day_of_era / 36524)) - floor(day_of_era / 146096)) / 365)
	day_of_year := day_of_era - (((365 * year_of_era) + floor(year_of_era / 4)) - floor(year_of_era / 100))
	march_month := floor(((5 * day_of_year) + 2) / 153)
	day := (day_of_year - floor(((153 * march_month) + 2) / 5)) + 1
	month := ((march_month + 2) % 12) + 1
	year := (year_of_era + (era * 400)) + floor(march_month / 10)
}

format_date(n) := concat("-", [zero_pad(year, 4), zero_pad(month, 2), zero_pad(day, 2)]) if {
	[year, month, day] := civil_from_days(n)
}

zero_pad(number, width) := concat("", [substring("0000", 0, width - count(text)), text]) if {
	text := format_int(number, 10)
	count(text) < width
} else := format_int(number, 10)

# The same calendar date `years` later; 29 February becomes 28 February in a common year.
add_years(n, years) := days_from_civil(year + years, month, min([day, days_in_month(year + years, month)])) if {
	[year, month, day] := civil_from_days(n)
}

# Calendar facts the service computes in Java and sends as input.calendar (see PolicyCalendar):
# a lookup is far cheaper in wasm, where every arithmetic step is a decimal operation, than the
# arithmetic above. Each fact absent from the input is computed here instead, with the same result.
calendar_day(date) := day if {
	day := input.calendar.day_numbers[date]
} else := day_number(date)

calendar_date(n) := date if {
	some [day, date] in input.calendar.dates
	day == n
} else := format_date(n)

years_from_today(years) := day if {
	some [later, day] in input.calendar.years_later
	later == years
} else := add_years(today_day, years)
