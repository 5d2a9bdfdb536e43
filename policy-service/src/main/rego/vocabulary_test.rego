package custodian_test

import data.custodian

test_an_unknown_regime_is_reviewed_not_ignored if {
	decision := decide({"request": {"processing_country": "IN"}}, {"regimes": ["GDRP"]})
	decision.outcome == "review"
	decision.reasons == [{
		"rule": "vocabulary",
		"code": "UNKNOWN_TERM",
		"dataset": "ds-trials",
		"message": "The dataset's regimes include \"GDRP\", which is not a legal regime the policy knows, so no rule could check it.",
	}]
}

test_regimes_are_case_sensitive if {
	codes(decide({}, {"regimes": ["gdpr"]})) == {"UNKNOWN_TERM"}
}

test_an_unknown_access_mode_of_a_dataset_is_reviewed if {
	decision := decide({}, {"access_modes": ["secure_enclave", "ftp"]})
	decision.outcome == "review"
	only_reason(decision, "UNKNOWN_TERM").message == "The dataset's access_modes include \"ftp\", which is not an access mode the policy knows, so no rule could check it."
}

test_an_unknown_processing_country_of_a_dataset_is_reviewed if {
	decision := decide({}, {"processing_countries": ["DE", "de"]})
	only_reason(decision, "UNKNOWN_TERM").message == "The dataset's processing_countries include \"de\", which is not a country the policy knows, so no rule could check it."
}

test_an_invented_home_country_is_reviewed if {
	decision := decide({}, {"home_country": "UK"})
	decision.outcome == "review"
	only_reason(decision, "UNKNOWN_TERM").message == "The dataset's home_country is \"UK\", which is not a country the policy knows, so no rule could check it."
}

test_a_dataset_without_a_home_country_names_no_unknown_one if {
	decide({}, {"home_country": null}).outcome == "allow"
}

test_a_modifier_used_as_a_permission_is_unknown_as_a_permission if {
	decision := decide({}, {"permitted_uses": ["DUO:0000006", "DUO:0000046"]})
	only_reason(decision, "UNKNOWN_TERM").message == "The dataset's permitted_uses include \"DUO:0000046\", which is not a DUO permission the policy knows, so no rule could check it."
}

test_an_unknown_duo_modifier_is_reviewed if {
	decision := decide({}, {"modifiers": ["DUO:0000046", "DUO:9999999"]})
	decision.outcome == "review"
	only_reason(decision, "UNKNOWN_TERM").message == "The dataset's modifiers include \"DUO:9999999\", which is not a DUO modifier the policy knows, so no rule could check it."
}

test_an_unknown_processing_country_of_a_request_is_reviewed_beside_what_else_it_causes if {
	decision := decide({"request": {"processing_country": "de"}}, {})
	codes(decision) == {"TRANSFER_REQUIRES_SAFEGUARDS", "UNKNOWN_TERM"}
	only_reason(decision, "UNKNOWN_TERM") == {
		"rule": "vocabulary",
		"code": "UNKNOWN_TERM",
		"dataset": null,
		"message": "The request's processing_country is \"de\", which is not a country the policy knows, so no rule could check it.",
	}
}

test_an_unknown_access_mode_of_a_request_is_named_and_still_denied if {
	decision := decide({"request": {"access_mode": "ftp"}}, {})
	decision.outcome == "deny"
	codes(decision) == {"ACCESS_MODE_NOT_PERMITTED", "UNKNOWN_TERM"}
	only_reason(decision, "UNKNOWN_TERM").message == "The request's access_mode is \"ftp\", which is not an access mode the policy knows, so no rule could check it."
}

test_a_missing_request_term_is_undefined_not_unknown if {
	decision := decide({"request": {"access_mode": null}}, {})
	not "UNKNOWN_TERM" in codes(decision)
}

test_an_unknown_purpose_code_is_named_beside_the_denial if {
	decision := decide({"request": {"purpose": {"codes": ["DUO:0000006", "DUO:9999999"]}}}, {})
	codes(decision) == {"PURPOSE_NOT_PERMITTED", "UNKNOWN_TERM"}
	only_reason(decision, "UNKNOWN_TERM").message == "The request's purpose codes include \"DUO:9999999\", which is not a DUO term the policy knows, so no rule could check it."
}

test_a_known_modifier_as_a_purpose_is_not_permitted_but_known if {
	decision := decide({"request": {"purpose": {"codes": ["DUO:0000046"]}}}, {})
	codes(decision) == {"PURPOSE_NOT_PERMITTED"}
}

test_a_term_that_is_not_text_is_unknown if {
	decision := decide({}, {"regimes": [7]})
	only_reason(decision, "UNKNOWN_TERM").message == "The dataset's regimes include 7, which is not a legal regime the policy knows, so no rule could check it."
}

test_a_deny_outranks_an_unknown_term if {
	decide({"requester": {"vetted": false}}, {"regimes": ["GDRP"]}).outcome == "deny"
}

test_each_unknown_term_is_a_reason_of_its_own if {
	count(reasons_with(decide({}, {"regimes": ["GDRP", "HIPAA"], "access_modes": ["secure_enclave", "ftp"]}), "UNKNOWN_TERM")) == 3
}

test_without_the_vocabulary_table_every_term_is_unknown if {
	decision := decide({}, {}) with data.vocabulary as {}
	decision.outcome == "review"
	count(reasons_with(decision, "UNKNOWN_TERM")) == 6
}

test_every_country_of_the_jurisdiction_tables_is_a_known_country if {
	every table in ["eea", "eu_adequacy", "eu_adequacy_commercial", "eu_adequacy_dpf"] {
		every country in data.jurisdictions[table].countries {
			custodian.known("countries", country)
		}
	}
}

test_the_country_table_is_iso_3166_alpha_2 if {
	count(data.vocabulary.countries.terms) == 249
	every code, _ in data.vocabulary.countries.terms {
		count(code) == 2
		upper(code) == code
	}
}
