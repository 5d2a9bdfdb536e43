package custodian

# The request's own duration and every requested dataset's retention and time limit bound how
# long the data may be kept; the shortest one sets the erase-by date.
retention_terms contains duration_days

retention_terms contains ds.retention_max_days if {
	some ds in requested_datasets
	is_number(ds.retention_max_days)
}

retention_terms contains ds.time_limit_days if {
	some ds in requested_datasets
	has_modifier(ds, "TS")
	is_number(ds.time_limit_days)
}

erase_by_day := today_day + min(retention_terms) if duration_days

default erase_by := null

erase_by := calendar_date(erase_by_day)

reasons contains {"rule": "retention", "code": "RETENTION_EXCEEDED", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	is_number(ds.retention_max_days)
	duration_days > ds.retention_max_days
	message := concat("", [
		"The request asks for ", days(duration_days), ", longer than this dataset's retention of ",
		days(ds.retention_max_days), ".",
	])
}

reasons contains {"rule": "retention", "code": "TIME_LIMIT_EXCEEDED", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	has_modifier(ds, "TS")
	is_number(ds.time_limit_days)
	duration_days > ds.time_limit_days
	message := concat("", [
		"The request asks for ", days(duration_days), ", longer than this dataset's time limit of ",
		days(ds.time_limit_days), ".",
	])
}

# A publisher's retention is counted in calendar years from today.
reasons contains {"rule": "retention", "code": "RETENTION_CONFLICT", "dataset": null, "message": message} if {
	publisher_retention_years > 0
	years_from_today(publisher_retention_years) > erase_by_day
	message := concat("", [
		"The publisher requires keeping the data for ", count_of(publisher_retention_years, "year"),
		", beyond the erase-by date ", erase_by, ".",
	])
}

days(n) := count_of(n, "day")

count_of(1, unit) := concat(" ", ["1", unit])

count_of(n, unit) := concat("", [format_int(n, 10), " ", unit, "s"]) if n != 1
