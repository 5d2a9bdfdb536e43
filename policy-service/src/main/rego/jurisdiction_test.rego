package custodian_test

processed_in(country) := {"request": {"processing_country": country}}

test_gdpr_data_may_be_processed_in_the_eea if {
	decide(processed_in("NO"), {}).outcome == "allow"
}

test_gdpr_data_may_be_processed_in_a_country_with_an_adequacy_decision if {
	decide(processed_in("JP"), {}).outcome == "allow"
}

test_gdpr_data_processed_without_adequacy_needs_safeguards if {
	decision := decide(processed_in("BR"), {})
	decision.outcome == "review"
	decision.reasons == [{
		"rule": "jurisdiction",
		"code": "TRANSFER_REQUIRES_SAFEGUARDS",
		"dataset": "ds-trials",
		"message": "This dataset is under the GDPR and no EU adequacy decision covers processing in BR by this requester: the transfer needs safeguards such as standard contractual clauses.",
	}]
}

test_gdpr_data_to_the_us_needs_safeguards_without_dpf_certification if {
	codes(decide(processed_in("US"), {})) == {"TRANSFER_REQUIRES_SAFEGUARDS"}
}

test_gdpr_data_to_a_dpf_certified_us_requester_is_adequate if {
	decide({"request": {"processing_country": "US"}, "requester": {"dpf_certified": true}}, {}).outcome == "allow"
}

test_gdpr_data_to_a_commercial_canadian_requester_is_adequate if {
	decide({"request": {"processing_country": "CA"}, "requester": {"for_profit": true}}, {}).outcome == "allow"
}

test_gdpr_data_to_a_non_profit_canadian_requester_needs_safeguards if {
	codes(decide(processed_in("CA"), {})) == {"TRANSFER_REQUIRES_SAFEGUARDS"}
}

test_data_outside_the_gdpr_may_travel if {
	decide(processed_in("BR"), {"regimes": []}).outcome == "allow"
}

test_without_country_tables_every_gdpr_transfer_needs_safeguards if {
	decision := decide({}, {}) with data.jurisdictions as {}
	codes(decision) == {"TRANSFER_REQUIRES_SAFEGUARDS"}
}

test_processing_outside_an_explicit_list_is_denied if {
	decision := decide(processed_in("FR"), {"processing_countries": ["DE", "AT"]})
	only_reason(decision, "PROCESSING_LOCATION_NOT_PERMITTED") == {
		"rule": "jurisdiction",
		"code": "PROCESSING_LOCATION_NOT_PERMITTED",
		"dataset": "ds-trials",
		"message": "This dataset may be processed only in DE, AT.",
	}
}

test_processing_inside_an_explicit_list_is_allowed if {
	decide(processed_in("AT"), {"processing_countries": ["DE", "AT"]}).outcome == "allow"
}

test_gs_keeps_the_data_in_its_home_country if {
	decision := decide(processed_in("FR"), {"modifiers": ["DUO:0000022"], "home_country": "DE"})
	only_reason(decision, "PROCESSING_LOCATION_NOT_PERMITTED").message == "This dataset may be processed only in DE."
}

test_gs_allows_its_home_country if {
	decide(processed_in("DE"), {"modifiers": ["DUO:0000022"], "home_country": "DE"}).outcome == "allow"
}

test_gs_follows_an_explicit_list if {
	decide(processed_in("FR"), {"modifiers": ["DUO:0000022"], "home_country": "DE", "processing_countries": ["FR"]}).outcome == "allow"
}

test_gs_without_a_home_country_permits_no_location if {
	decision := decide(processed_in("DE"), {"modifiers": ["DUO:0000022"], "home_country": null})
	only_reason(decision, "PROCESSING_LOCATION_NOT_PERMITTED").message == "This dataset names no country where it may be processed."
}

test_a_missing_processing_country_is_outside_every_list if {
	decision := decide({"request": {"processing_country": null}}, {"processing_countries": ["DE"]})
	codes(decision) == {"POLICY_UNDEFINED", "PROCESSING_LOCATION_NOT_PERMITTED", "TRANSFER_REQUIRES_SAFEGUARDS"}
	only_reason(decision, "TRANSFER_REQUIRES_SAFEGUARDS").message == "This dataset is under the GDPR and no EU adequacy decision covers processing in null by this requester: the transfer needs safeguards such as standard contractual clauses."
}

test_ferpa_data_needs_a_school_official_or_a_studies_agreement if {
	decision := decide({"requester": {"dsa_signed": false, "school_official": false}}, {"regimes": ["FERPA"]})
	only_reason(decision, "FERPA_BASIS_MISSING") == {
		"rule": "jurisdiction",
		"code": "FERPA_BASIS_MISSING",
		"dataset": "ds-trials",
		"message": "This dataset holds education records under FERPA: the requester must be a school official or covered by a studies agreement.",
	}
}

test_ferpa_data_may_go_to_a_school_official if {
	decision := decide({"requester": {"dsa_signed": false, "school_official": true}}, {"regimes": ["FERPA"]})
	not "FERPA_BASIS_MISSING" in codes(decision)
}

test_ferpa_data_may_go_to_a_requester_under_a_studies_agreement if {
	decide({}, {"regimes": ["FERPA"]}).outcome == "allow"
}
