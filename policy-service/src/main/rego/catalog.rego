package custodian

default catalog := {}

catalog := data.datasets if is_object(data.datasets)

# The requested datasets the catalog knows, by id. Every per-dataset rule ranges over these,
# so an unknown dataset yields UNKNOWN_DATASET and nothing else.
requested_datasets[id] := catalog[id] if {
	some id in requested_ids
	is_object(catalog[id])
}

reasons contains {"rule": "catalog", "code": "UNKNOWN_DATASET", "dataset": id, "message": message} if {
	some id in requested_ids
	not requested_datasets[id]
	message := concat("", ["The dataset \"", id, "\" is not in the catalog."])
}
