package custodian_test

import data.custodian

test_a_modifier_is_found_by_its_short_name if {
	custodian.has_modifier({"modifiers": ["DUO:0000046"]}, "NCU")
	not custodian.has_modifier({"modifiers": ["DUO:0000046"]}, "NPU")
}

test_a_permission_is_found_by_its_short_name if {
	custodian.has_permission({"permitted_uses": ["DUO:0000042"]}, "GRU")
}

test_a_dataset_without_modifiers_has_none if {
	not custodian.has_modifier({"modifiers": null}, "IRB")
	not custodian.has_modifier({}, "IRB")
}

test_the_five_permissions_are_the_purpose_codes if {
	custodian.permission_codes == {"DUO:0000004", "DUO:0000042", "DUO:0000006", "DUO:0000007", "DUO:0000011"}
}

test_without_the_duo_table_every_request_is_denied if {
	decision := decide({}, {}) with data.duo as {}
	decision.outcome == "deny"
	codes(decision) == {"PURPOSE_NOT_PERMITTED", "UNKNOWN_TERM"}
}

test_the_terms_that_are_no_permission_are_the_modifiers if {
	count(custodian.modifier_codes) == 15
	custodian.modifier_codes & custodian.permission_codes == set()
	"DUO:0000046" in custodian.modifier_codes
}
