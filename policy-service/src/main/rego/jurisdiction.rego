package custodian

# Country tables come from data.jurisdictions (jurisdictions.json), each with the date it was
# last checked; none is written into a rule.
countries(table) := value if {
	value := data.jurisdictions[table].countries
	is_array(value)
} else := []

default processing_country := null

processing_country := request.processing_country if text(request, "processing_country")

# EU adequacy decisions cover some recipients only: Canada's covers organisations under PIPEDA
# (commercial ones), the United States' covers organisations certified under the Data Privacy Framework.
adequate(country) if country in countries("eea")

adequate(country) if country in countries("eu_adequacy")

adequate(country) if {
	country in countries("eu_adequacy_commercial")
	flag(requester, "for_profit")
}

adequate(country) if {
	country in countries("eu_adequacy_dpf")
	flag(requester, "dpf_certified")
}

# GS without an explicit list keeps the data in its home country.
permitted_locations(ds) := [country | some country in ds.processing_countries; is_string(country)] if {
	is_array(ds.processing_countries)
} else := [ds.home_country] if {
	has_modifier(ds, "GS")
	is_string(ds.home_country)
} else := [] if has_modifier(ds, "GS")

reasons contains {"rule": "jurisdiction", "code": "PROCESSING_LOCATION_NOT_PERMITTED", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	locations := permitted_locations(ds)
	not processing_country in locations
	message := locations_message(locations)
}

locations_message([]) := "This dataset names no country where it may be processed."

locations_message(locations) := concat("", ["This dataset may be processed only in ", concat(", ", locations), "."]) if {
	count(locations) > 0
}

reasons contains {"rule": "jurisdiction", "code": "TRANSFER_REQUIRES_SAFEGUARDS", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	"GDPR" in list(ds, "regimes")
	not adequate(processing_country)
	message := concat("", [
		"This dataset is under the GDPR and no EU adequacy decision covers processing in ",
		shown(processing_country), " by this requester: the transfer needs safeguards such as standard contractual clauses.",
	])
}

reasons contains {"rule": "jurisdiction", "code": "FERPA_BASIS_MISSING", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	"FERPA" in list(ds, "regimes")
	not flag(requester, "school_official")
	not flag(requester, "dsa_signed")
	message := "This dataset holds education records under FERPA: the requester must be a school official or covered by a studies agreement."
}
