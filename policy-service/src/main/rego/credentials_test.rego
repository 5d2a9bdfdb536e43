package custodian_test

import data.custodian

test_a_requester_without_a_signed_dsa_is_denied if {
	decision := decide({"requester": {"dsa_signed": false}}, {})
	decision.reasons == [{
		"rule": "credentials",
		"code": "DSA_NOT_SIGNED",
		"dataset": null,
		"message": "The requester has not signed the data sharing agreement.",
	}]
}

test_an_unvetted_requester_is_denied if {
	decision := decide({"requester": {"vetted": false}}, {})
	decision.reasons == [{
		"rule": "credentials",
		"code": "RESEARCHER_NOT_VETTED",
		"dataset": null,
		"message": "The requester has not been vetted as a bona fide researcher.",
	}]
}

test_an_irb_approval_ending_before_erase_by_is_missing if {
	decision := decide({"requester": {"irb": {"expires": "2027-11-21"}}}, {})
	only_reason(decision, "ETHICS_APPROVAL_MISSING") == {
		"rule": "credentials",
		"code": "ETHICS_APPROVAL_MISSING",
		"dataset": "ds-trials",
		"message": "This dataset requires an ethics (IRB) approval valid until the erase-by date, 2027-11-22.",
	}
}

test_an_irb_approval_ending_on_erase_by_is_valid if {
	decide({"requester": {"irb": {"expires": "2027-11-22"}}}, {}).outcome == "allow"
}

test_no_irb_approval_is_missing if {
	codes(decide({"requester": {"irb": null}}, {})) == {"ETHICS_APPROVAL_MISSING"}
}

test_an_irb_approval_with_an_unreadable_date_is_missing if {
	codes(decide({"requester": {"irb": {"expires": "30/06/2028"}}}, {})) == {"ETHICS_APPROVAL_MISSING"}
}

test_sensitivity_3_needs_an_irb_approval_without_the_modifier if {
	codes(decide({"requester": {"irb": null}}, {"modifiers": [], "sensitivity": 3})) == {"ETHICS_APPROVAL_MISSING"}
}

test_low_sensitivity_needs_no_irb_approval_without_the_modifier if {
	decide({"requester": {"irb": null}}, {"modifiers": [], "sensitivity": 2}).outcome == "allow"
}

test_without_an_erase_by_date_the_ethics_message_asks_for_a_valid_approval if {
	decision := decide({"request": {"duration_days": null}}, {})
	only_reason(decision, "ETHICS_APPROVAL_MISSING").message == "This dataset requires a valid ethics (IRB) approval."
}

test_us_denies_a_requester_who_is_not_an_approved_user if {
	decision := decide({}, {"modifiers": ["DUO:0000026"], "approved_users": ["r-9"]})
	only_reason(decision, "USER_NOT_APPROVED") == {
		"rule": "credentials",
		"code": "USER_NOT_APPROVED",
		"dataset": "ds-trials",
		"message": "This dataset may be used only by approved users, and the requester is not one of them.",
	}
}

test_us_allows_an_approved_user if {
	decide({}, {"modifiers": ["DUO:0000026"], "approved_users": ["r-1"]}).outcome == "allow"
}

test_us_denies_a_requester_without_an_id if {
	anonymous := object.union(object.remove(base_input, ["requester"]), {"requester": object.remove(base_input.requester, ["id"])})
	decision := custodian.decision with input as anonymous
		with data.datasets as {"ds-trials": object.union(base_dataset, {"modifiers": ["DUO:0000026"], "approved_users": ["r-1"]})}
	codes(decision) == {"USER_NOT_APPROVED"}
}

test_is_denies_an_institution_that_is_not_approved if {
	decision := decide({}, {"modifiers": ["DUO:0000028"], "approved_institutions": ["inst-9"]})
	only_reason(decision, "INSTITUTION_NOT_APPROVED") == {
		"rule": "credentials",
		"code": "INSTITUTION_NOT_APPROVED",
		"dataset": "ds-trials",
		"message": "This dataset may be used only by approved institutions, and the requester's institution is not one of them.",
	}
}

test_is_allows_an_approved_institution if {
	decide({}, {"modifiers": ["DUO:0000028"], "approved_institutions": ["inst-1"]}).outcome == "allow"
}
