package custodian

# Which purpose codes each DUO permission allows: GRU ⊃ HMB ⊃ DS; NRES allows every purpose;
# GRU includes population origins research, HMB and DS exclude it.
allowed_purposes := {
	"NRES": permission_codes,
	"GRU": {duo.GRU, duo.HMB, duo.DS, duo.POA},
	"HMB": {duo.HMB, duo.DS},
	"DS": {duo.DS},
	"POA": {duo.POA},
}

permits(ds, code) if {
	some name, codes in allowed_purposes
	has_permission(ds, name)
	code in codes
}

permission_phrase(_, "GRU") := "general research use"

permission_phrase(_, "HMB") := "health, medical or biomedical research"

permission_phrase(ds, "DS") := concat("", ["research on ", disease_name(ds, "disease")])

permission_phrase(_, "POA") := "research on population origins or ancestry"

disease_name(obj, key) := obj[key] if {
	text(obj, key)
} else := "an unnamed disease"

permitted_uses_message(ds) := concat("", ["This dataset may be used only for ", concat(" or ", phrases), "."]) if {
	phrases := [permission_phrase(ds, name) | some name in ["GRU", "HMB", "DS", "POA"]; has_permission(ds, name)]
	count(phrases) > 0
} else := "This dataset has no permitted research uses."

studies_population_origins if flag(purpose, "population_origins")

studies_population_origins if duo.POA in purpose_codes

reasons contains {"rule": "purpose", "code": "PURPOSE_NOT_PERMITTED", "dataset": null, "message": message} if {
	count(purpose_codes) == 0
	message := "The request states no research purpose as a DUO code."
}

reasons contains {"rule": "purpose", "code": "PURPOSE_NOT_PERMITTED", "dataset": null, "message": message} if {
	some code in purpose_codes
	not code in permission_codes
	message := concat("", [json.marshal(code), " is not a research purpose: use a DUO data use permission code."])
}

reasons contains {"rule": "purpose", "code": "PURPOSE_NOT_PERMITTED", "dataset": id, "message": permitted_uses_message(ds)} if {
	some id, ds in requested_datasets
	some code in purpose_codes
	code in permission_codes
	not permits(ds, code)
}

# DS narrows use to one disease only where no broader permission also covers the purpose.
reasons contains {"rule": "purpose", "code": "DISEASE_MISMATCH", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	duo.DS in purpose_codes
	has_permission(ds, "DS")
	not broadly_permits_disease_research(ds)
	not same_disease(ds)
	message := concat("", [
		"This dataset may be used only for research on ", disease_name(ds, "disease"),
		", not on ", disease_name(purpose, "disease"), ".",
	])
}

broadly_permits_disease_research(ds) if {
	some name in ["NRES", "GRU", "HMB"]
	has_permission(ds, name)
}

same_disease(ds) if {
	is_string(ds.disease)
	ds.disease == purpose.disease
}

reasons contains {"rule": "purpose", "code": "COMMERCIAL_USE_PROHIBITED", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	some name in ["NCU", "NPUNCU"]
	has_modifier(ds, name)
	flag(purpose, "commercial")
	message := "This dataset may not be used for commercial purposes."
}

reasons contains {"rule": "purpose", "code": "FOR_PROFIT_PROHIBITED", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	some name in ["NPU", "NPUNCU"]
	has_modifier(ds, name)
	flag(requester, "for_profit")
	message := "This dataset may be used only by not-for-profit organisations."
}

reasons contains {"rule": "purpose", "code": "METHODS_DEVELOPMENT_PROHIBITED", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	has_modifier(ds, "NMDS")
	flag(purpose, "methods_development")
	message := "This dataset may not be used to develop methods, software or tools."
}

reasons contains {"rule": "purpose", "code": "POPULATION_ORIGINS_PROHIBITED", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	studies_population_origins
	not permits_population_origins(ds)
	message := "This dataset may not be used to study population origins or ancestry."
}

permits_population_origins(ds) if {
	not has_modifier(ds, "NPOA")
	permits(ds, duo.POA)
}

reasons contains {"rule": "purpose", "code": "COLLABORATION_REQUIRED", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	has_modifier(ds, "COL")
	message := "This dataset requires collaboration with the study's investigators; a reviewer will confirm it."
}

reasons contains {"rule": "purpose", "code": "PROJECT_SPECIFIC_REVIEW", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	has_modifier(ds, "PS")
	message := "This dataset may be used only within an approved project; a reviewer will confirm this one."
}
