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

now_pattern := `^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$`

# The calendar date of `now` as written, in its own offset.
today := substring(input.now, 0, 10) if {
	is_string(input.now)
	regex.match(now_pattern, input.now)
}

today_day := day_number(today)

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
