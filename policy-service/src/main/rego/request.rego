package custodian

# Accessors that read the input leniently (an absent or null value reads as empty or false),
# and the checks that turn malformed input into a deny instead of an undefined decision.

default request := {}

request := input.request if is_object(input.request)

default requester := {}

requester := input.requester if is_object(input.requester)

default purpose := {}

purpose := request.purpose if is_object(request.purpose)

# Negate these helpers, never a call on a possibly undefined value: OPA makes
# `not is_string(input.x)` undefined, not true, when input.x is absent.
list(obj, key) := value if {
	value := obj[key]
	is_array(value)
} else := []

flag(obj, key) if obj[key] == true

text(obj, key) if is_string(obj[key])

# A value as a message shows it: text as it is, anything else as JSON.
shown(value) := value if {
	is_string(value)
} else := json.marshal(value)

requested_ids := {id | some id in list(request, "datasets"); is_string(id)}

requested_fields := {field | some field in list(request, "fields"); is_string(field)}

purpose_codes := {code | some code in list(purpose, "codes")}

duration_days := request.duration_days if whole_number(request.duration_days, 1)

default publisher_retention_years := 0

publisher_retention_years := request.publisher_retention_years if whole_number(request.publisher_retention_years, 0)

whole_number(value, least) if {
	is_number(value)
	value == floor(value)
	value >= least
}

# The calendar date of `now` as written, in its own offset. `now` must be an RFC 3339 date-time:
# a date (checked by day_number), T, hh:mm:ss, an optional fraction, then Z or an offset. Checked
# by hand, not with a regex: in wasm a regex is compiled again on every call.
today := substring(input.now, 0, 10) if {
	is_string(input.now)
	count(input.now) >= 20
	substring(input.now, 10, 1) in {"T", "t"}
	clock(substring(input.now, 11, 8))
	fraction_and_offset(substring(input.now, 19, -1))
}

# hh:mm:ss as digits; the ranges are not checked (the time of day cannot change the date).
clock(text) if {
	all_digits(substring(text, 0, 2))
	substring(text, 2, 1) == ":"
	all_digits(substring(text, 3, 2))
	substring(text, 5, 1) == ":"
	all_digits(substring(text, 6, 2))
}

fraction_and_offset(text) if {
	some zulu in ["Z", "z"]
	endswith(text, zulu)
	fraction(trim_suffix(text, zulu))
}

fraction_and_offset(text) if {
	some sign in ["+", "-"]
	at := indexof(text, sign)
	at >= 0
	offset := substring(text, at, -1)
	count(offset) == 6
	all_digits(substring(offset, 1, 2))
	substring(offset, 3, 1) == ":"
	all_digits(substring(offset, 4, 2))
	fraction(substring(text, 0, at))
}

fraction("")

fraction(text) if {
	startswith(text, ".")
	all_digits(substring(text, 1, -1))
}

all_digits(text) if {
	text != ""
	trim_left(text, "0123456789") == ""
}

# The service supplies today's day number with the input (input.calendar); anyone else gets it
# computed from `now`.
today_day := input.calendar.today if {
	is_number(input.calendar.today)
} else := day_number(today)

invalid_input contains "The input has no valid \"now\" time (RFC 3339)." if not today_day

invalid_input contains "The input has no request." if not request_given

invalid_input contains "The input has no requester." if not requester_given

request_given if is_object(input.request)

requester_given if is_object(input.requester)

invalid_input contains "The request must name its datasets as a list of dataset ids." if {
	request_given
	not valid_dataset_list
}

invalid_input contains "The request's duration_days must be a whole number of days, at least 1." if {
	request_given
	not duration_days
}

invalid_input contains "The request must name the country where the data will be processed." if {
	request_given
	not text(request, "processing_country")
}

invalid_input contains "The request must name an access mode." if {
	request_given
	not text(request, "access_mode")
}

invalid_input contains "The request's fields must be a list of field names." if {
	fields := request.fields
	fields != null
	not all_text(fields)
}

invalid_input contains "The request's publisher_retention_years must be a whole number of years." if {
	years := request.publisher_retention_years
	years != null
	not whole_number(years, 0)
}

valid_dataset_list if {
	count(list(request, "datasets")) > 0
	all_text(request.datasets)
}

all_text(values) if {
	is_array(values)
	count(values) == count([value | some value in values; is_string(value)])
}

reasons contains {"rule": "input", "code": "POLICY_UNDEFINED", "dataset": null, "message": message} if {
	some message in invalid_input
}
