package custodian

# Publication obligations: the strictest manuscript review and every publication modifier
# among the requested datasets.

publication_review := "approval" if {
	some ds in requested_datasets
	ds.publication_review == "approval"
} else := "notify" if {
	some ds in requested_datasets
	ds.publication_review == "notify"
} else := "none"

default publish_results := false

publish_results if {
	some ds in requested_datasets
	has_modifier(ds, "PUB")
}

default return_derived_data := false

return_derived_data if {
	some ds in requested_datasets
	has_modifier(ds, "RTN")
}

moratoria contains ds.moratorium_until if {
	some ds in requested_datasets
	has_modifier(ds, "MOR")
	calendar_day(ds.moratorium_until)
}

default no_publication_before := null

no_publication_before := max(moratoria) if count(moratoria) > 0
