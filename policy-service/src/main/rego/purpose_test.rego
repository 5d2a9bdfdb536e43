package custodian_test

nres := "DUO:0000004"

gru := "DUO:0000042"

hmb := "DUO:0000006"

ds := "DUO:0000007"

poa := "DUO:0000011"

diabetes := "MONDO:0005148"

asks_for(codes) := {"request": {"purpose": {"codes": codes, "disease": diabetes}}}

permitting(uses) := {"permitted_uses": uses, "disease": diabetes}

test_no_restriction_allows_every_purpose if {
	every code in [nres, gru, hmb, ds, poa] {
		decide(asks_for([code]), permitting([nres])).outcome == "allow"
	}
}

test_general_research_use_allows_every_purpose_but_no_restriction if {
	every code in [gru, hmb, ds, poa] {
		decide(asks_for([code]), permitting([gru])).outcome == "allow"
	}
	decide(asks_for([nres]), permitting([gru])).outcome == "deny"
}

test_health_research_allows_health_and_disease_research if {
	decide(asks_for([hmb]), permitting([hmb])).outcome == "allow"
	decide(asks_for([ds]), permitting([hmb])).outcome == "allow"
}

test_health_research_denies_general_research if {
	only_reason(decide(asks_for([gru]), permitting([hmb])), "PURPOSE_NOT_PERMITTED") == {
		"rule": "purpose",
		"code": "PURPOSE_NOT_PERMITTED",
		"dataset": "ds-trials",
		"message": "This dataset may be used only for health, medical or biomedical research.",
	}
}

test_disease_specific_research_denies_health_research_and_names_the_disease if {
	reason := only_reason(decide(asks_for([hmb]), permitting([ds])), "PURPOSE_NOT_PERMITTED")
	reason.message == "This dataset may be used only for research on MONDO:0005148."
}

test_population_origins_permission_allows_only_population_origins_research if {
	decide(asks_for([poa]), permitting([poa])).outcome == "allow"
	reason := only_reason(decide(asks_for([hmb]), permitting([poa])), "PURPOSE_NOT_PERMITTED")
	reason.message == "This dataset may be used only for research on population origins or ancestry."
}

test_names_every_permission_of_the_dataset if {
	reason := only_reason(decide(asks_for([gru]), permitting([poa, ds])), "PURPOSE_NOT_PERMITTED")
	reason.message == "This dataset may be used only for research on MONDO:0005148 or research on population origins or ancestry."
}

test_general_research_use_is_named_in_the_message if {
	reason := only_reason(decide(asks_for([nres]), permitting([gru])), "PURPOSE_NOT_PERMITTED")
	reason.message == "This dataset may be used only for general research use."
}

test_a_dataset_without_permitted_uses_permits_nothing if {
	reason := only_reason(decide(asks_for([hmb]), {"permitted_uses": []}), "PURPOSE_NOT_PERMITTED")
	reason.message == "This dataset has no permitted research uses."
}

test_every_purpose_code_must_be_permitted if {
	decide(asks_for([hmb, gru]), permitting([hmb])).outcome == "deny"
}

test_a_request_without_purpose_codes_is_denied if {
	only_reason(decide(asks_for([]), {}), "PURPOSE_NOT_PERMITTED") == {
		"rule": "purpose",
		"code": "PURPOSE_NOT_PERMITTED",
		"dataset": null,
		"message": "The request states no research purpose as a DUO code.",
	}
}

test_a_purpose_code_that_is_no_permission_is_denied if {
	only_reason(decide(asks_for(["DUO:0000046"]), permitting([nres])), "PURPOSE_NOT_PERMITTED") == {
		"rule": "purpose",
		"code": "PURPOSE_NOT_PERMITTED",
		"dataset": null,
		"message": "\"DUO:0000046\" is not a research purpose: use a DUO data use permission code.",
	}
}

test_disease_specific_research_on_the_same_disease_is_allowed if {
	decide(asks_for([ds]), permitting([ds])).outcome == "allow"
}

test_disease_specific_research_on_another_disease_is_denied if {
	decision := decide(asks_for([ds]), {"permitted_uses": [ds], "disease": "MONDO:0004975"})
	only_reason(decision, "DISEASE_MISMATCH") == {
		"rule": "purpose",
		"code": "DISEASE_MISMATCH",
		"dataset": "ds-trials",
		"message": "This dataset may be used only for research on MONDO:0004975, not on MONDO:0005148.",
	}
}

test_disease_specific_research_without_a_disease_is_denied if {
	decision := decide({"request": {"purpose": {"codes": [ds], "disease": null}}}, permitting([ds]))
	only_reason(decision, "DISEASE_MISMATCH").message == "This dataset may be used only for research on MONDO:0005148, not on an unnamed disease."
}

test_a_disease_specific_dataset_that_names_no_disease_matches_nothing if {
	decision := decide(asks_for([ds]), {"permitted_uses": [ds], "disease": null})
	"DISEASE_MISMATCH" in codes(decision)
}

test_a_broader_permission_lifts_the_disease_restriction if {
	decide(asks_for([ds]), {"permitted_uses": [hmb, ds], "disease": "MONDO:0004975"}).outcome == "allow"
}

test_health_research_denies_population_origins_research if {
	decision := decide({"request": {"purpose": {"population_origins": true}}}, permitting([hmb]))
	only_reason(decision, "POPULATION_ORIGINS_PROHIBITED") == {
		"rule": "purpose",
		"code": "POPULATION_ORIGINS_PROHIBITED",
		"dataset": "ds-trials",
		"message": "This dataset may not be used to study population origins or ancestry.",
	}
}

test_a_population_origins_purpose_code_counts_as_population_origins_research if {
	codes(decide(asks_for([poa]), permitting([hmb]))) == {"PURPOSE_NOT_PERMITTED", "POPULATION_ORIGINS_PROHIBITED"}
}

test_general_research_use_allows_population_origins_research if {
	decide({"request": {"purpose": {"population_origins": true}}}, permitting([gru])).outcome == "allow"
}

test_npoa_denies_population_origins_research_under_any_permission if {
	decision := decide({"request": {"purpose": {"population_origins": true}}}, {"permitted_uses": [nres], "modifiers": ["DUO:0000044"]})
	codes(decision) == {"POPULATION_ORIGINS_PROHIBITED"}
}

test_ncu_denies_commercial_purposes if {
	decision := decide({"request": {"purpose": {"commercial": true}}}, {"modifiers": ["DUO:0000046"]})
	only_reason(decision, "COMMERCIAL_USE_PROHIBITED") == {
		"rule": "purpose",
		"code": "COMMERCIAL_USE_PROHIBITED",
		"dataset": "ds-trials",
		"message": "This dataset may not be used for commercial purposes.",
	}
}

test_npuncu_denies_commercial_purposes if {
	decision := decide({"request": {"purpose": {"commercial": true}}}, {"modifiers": ["DUO:0000018"]})
	codes(decision) == {"COMMERCIAL_USE_PROHIBITED"}
}

test_ncu_allows_a_for_profit_requester_with_a_non_commercial_purpose if {
	decide({"requester": {"for_profit": true}}, {"modifiers": ["DUO:0000046"]}).outcome == "allow"
}

test_npu_denies_a_for_profit_requester if {
	decision := decide({"requester": {"for_profit": true}}, {"modifiers": ["DUO:0000045"]})
	only_reason(decision, "FOR_PROFIT_PROHIBITED") == {
		"rule": "purpose",
		"code": "FOR_PROFIT_PROHIBITED",
		"dataset": "ds-trials",
		"message": "This dataset may be used only by not-for-profit organisations.",
	}
}

test_npuncu_denies_a_for_profit_requester if {
	decision := decide({"requester": {"for_profit": true}}, {"modifiers": ["DUO:0000018"]})
	codes(decision) == {"FOR_PROFIT_PROHIBITED"}
}

test_nmds_denies_methods_development if {
	decision := decide({"request": {"purpose": {"methods_development": true}}}, {"modifiers": ["DUO:0000015"]})
	only_reason(decision, "METHODS_DEVELOPMENT_PROHIBITED") == {
		"rule": "purpose",
		"code": "METHODS_DEVELOPMENT_PROHIBITED",
		"dataset": "ds-trials",
		"message": "This dataset may not be used to develop methods, software or tools.",
	}
}

test_methods_development_is_allowed_without_nmds if {
	decide({"request": {"purpose": {"methods_development": true}}}, {}).outcome == "allow"
}

test_col_sends_the_request_to_review if {
	decision := decide({}, {"modifiers": ["DUO:0000020"]})
	decision.outcome == "review"
	only_reason(decision, "COLLABORATION_REQUIRED") == {
		"rule": "purpose",
		"code": "COLLABORATION_REQUIRED",
		"dataset": "ds-trials",
		"message": "This dataset requires collaboration with the study's investigators; a reviewer will confirm it.",
	}
}

test_ps_sends_the_request_to_review if {
	decision := decide({}, {"modifiers": ["DUO:0000027"]})
	decision.outcome == "review"
	only_reason(decision, "PROJECT_SPECIFIC_REVIEW") == {
		"rule": "purpose",
		"code": "PROJECT_SPECIFIC_REVIEW",
		"dataset": "ds-trials",
		"message": "This dataset may be used only within an approved project; a reviewer will confirm this one.",
	}
}
