package custodian_test

import data.custodian

test_an_unknown_dataset_is_denied if {
	decision := decide({"request": {"datasets": ["ds-trials", "ds-missing"]}}, {})
	decision.outcome == "deny"
	decision.reasons == [{
		"rule": "catalog",
		"code": "UNKNOWN_DATASET",
		"dataset": "ds-missing",
		"message": "The dataset \"ds-missing\" is not in the catalog.",
	}]
}

test_an_unknown_dataset_gets_no_other_reason if {
	decision := decide({"request": {"datasets": ["ds-missing"]}}, {})
	[reason.code | some reason in decision.reasons] == ["UNKNOWN_DATASET"]
}

test_every_dataset_is_unknown_when_the_catalog_is_empty if {
	decision := custodian.decision with input as base_input
	codes(decision) == {"UNKNOWN_DATASET"}
}

test_a_catalog_entry_that_is_not_an_object_is_unknown if {
	decision := custodian.decision with input as base_input with data.datasets as {"ds-trials": "oops"}
	"UNKNOWN_DATASET" in codes(decision)
}
