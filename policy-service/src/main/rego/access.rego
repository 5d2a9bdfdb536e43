package custodian

offered_fields := {field | some ds in requested_datasets; some field in list(ds, "fields")}

# While a requested dataset is unknown, its fields are too, so no field can be ruled out.
reasons contains {"rule": "access", "code": "FIELDS_NOT_PERMITTED", "dataset": null, "message": message} if {
	count(requested_datasets) == count(requested_ids)
	some field in requested_fields
	not field in offered_fields
	message := concat("", ["The field \"", field, "\" is not offered by any requested dataset."])
}

obligation_fields := sort({field | some field in requested_fields; field in offered_fields})

default access_mode := null

access_mode := request.access_mode if is_string(request.access_mode)

reasons contains {"rule": "access", "code": "ACCESS_MODE_NOT_PERMITTED", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	not access_mode in list(ds, "access_modes")
	message := access_modes_message(list(ds, "access_modes"))
}

access_modes_message(modes) := concat("", ["This dataset may be accessed only ", concat(" or ", phrases), "."]) if {
	phrases := [access_mode_phrase(mode) | some mode in modes]
	count(phrases) > 0
} else := "This dataset offers no access mode."

access_mode_phrase("download") := "by download"

access_mode_phrase("secure_enclave") := "in a secure enclave"

access_mode_phrase("aggregate_api") := "through an aggregated API"

access_mode_phrase(mode) := concat("", ["by ", json.marshal(mode)]) if {
	not mode in {"download", "secure_enclave", "aggregate_api"}
}

reasons contains {"rule": "access", "code": "EMBARGOED", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	ds.embargo_until != null
	not embargo_over(ds)
	message := concat("", ["This dataset is under embargo until ", shown(ds.embargo_until), "."])
}

# An embargo date that cannot be read keeps the dataset embargoed.
embargo_over(ds) if today_day >= calendar_day(ds.embargo_until)

reasons contains {"rule": "access", "code": "COMMITTEE_REVIEW_REQUIRED", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	committee_reviewed(ds)
	message := "A data access committee must review requests for this dataset."
}

committee_reviewed(ds) if ds.review == "committee"

committee_reviewed(ds) if ds.sensitivity == 5
