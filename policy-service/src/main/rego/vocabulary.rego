package custodian

# Defence in depth (DESIGN §6.9): a value the policy does not know is a reason to review, never
# silently ignored: "GDRP" among a dataset's regimes would otherwise switch off every GDPR rule.
# The known values are the tables of vocabulary.json and duo.json, which the services validate
# input against too, so a term reaches these rules only if it slipped past them (for example,
# terms stored before validation existed).

known(table, value) if is_string(data.vocabulary[table].terms[value])

known_duo(code) if code in permission_codes

known_duo(code) if code in modifier_codes

dataset_lists := [
	{"term": "regimes", "table": "regimes", "what": "a legal regime"},
	{"term": "access_modes", "table": "access_modes", "what": "an access mode"},
	{"term": "processing_countries", "table": "countries", "what": "a country"},
]

reasons contains {"rule": "vocabulary", "code": "UNKNOWN_TERM", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	some term in dataset_lists
	some value in list(ds, term.term)
	not known(term.table, value)
	message := unknown_message("The dataset's ", term.term, " include ", value, term.what)
}

reasons contains {"rule": "vocabulary", "code": "UNKNOWN_TERM", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	ds.home_country != null
	not known("countries", ds.home_country)
	message := unknown_message("The dataset's ", "home_country", " is ", ds.home_country, "a country")
}

# A permission among the modifiers, or a modifier among the permissions, is as unknown as a typo.
duo_lists := [
	{"term": "permitted_uses", "codes": permission_codes, "what": "a DUO permission"},
	{"term": "modifiers", "codes": modifier_codes, "what": "a DUO modifier"},
]

reasons contains {"rule": "vocabulary", "code": "UNKNOWN_TERM", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	some term in duo_lists
	some value in list(ds, term.term)
	not value in term.codes
	message := unknown_message("The dataset's ", term.term, " include ", value, term.what)
}

# The request's own terms: a missing one is POLICY_UNDEFINED (request.rego), an unknown one is this.
request_values := [
	{"term": "processing_country", "table": "countries", "what": "a country"},
	{"term": "access_mode", "table": "access_modes", "what": "an access mode"},
]

reasons contains {"rule": "vocabulary", "code": "UNKNOWN_TERM", "dataset": null, "message": message} if {
	some term in request_values
	text(request, term.term)
	not known(term.table, request[term.term])
	message := unknown_message("The request's ", term.term, " is ", request[term.term], term.what)
}

# A known DUO code that is no permission is PURPOSE_NOT_PERMITTED (purpose.rego); an unknown one is both.
reasons contains {"rule": "vocabulary", "code": "UNKNOWN_TERM", "dataset": null, "message": message} if {
	some code in purpose_codes
	not known_duo(code)
	message := unknown_message("The request's ", "purpose codes", " include ", code, "a DUO term")
}

unknown_message(owner, term, verb, value, what) := concat("", [
	owner, term, verb, json.marshal(value), ", which is not ", what,
	" the policy knows, so no rule could check it.",
])
