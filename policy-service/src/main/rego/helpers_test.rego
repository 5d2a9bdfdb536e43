package custodian_test

# A request and a dataset that together meet every term; each test changes only what it is about.

import data.custodian

base_input := {
	"now": "2026-11-22T10:00:00Z",
	"request": {
		"id": "req-1",
		"datasets": ["ds-trials"],
		"purpose": {
			"codes": ["DUO:0000006"],
			"disease": null,
			"commercial": false,
			"methods_development": false,
			"population_origins": false,
			"statement": "Does drug X reduce HbA1c in type 2 diabetes?",
		},
		"fields": ["hba1c", "age_band"],
		"duration_days": 365,
		"processing_country": "DE",
		"access_mode": "secure_enclave",
		"publisher_retention_years": 0,
	},
	"requester": {
		"id": "r-1",
		"institution": "inst-1",
		"country": "DE",
		"for_profit": false,
		"vetted": true,
		"dsa_signed": true,
		"dpf_certified": false,
		"school_official": false,
		"irb": {"reference": "IRB-22-104", "expires": "2028-06-30"},
	},
}

base_dataset := {
	"permitted_uses": ["DUO:0000006"],
	"disease": null,
	"modifiers": ["DUO:0000046", "DUO:0000021"],
	"approved_users": [],
	"approved_institutions": [],
	"time_limit_days": null,
	"moratorium_until": null,
	"consent": {
		"basis": "informed_consent",
		"minors": false,
		"parental_consent": false,
		"assent": false,
		"consented_subset_only": false,
	},
	"retention_max_days": 1095,
	"home_country": "DE",
	"regimes": ["GDPR"],
	"processing_countries": null,
	"embargo_until": null,
	"sensitivity": 3,
	"access_modes": ["secure_enclave", "aggregate_api"],
	"fields": ["age_band", "hba1c", "region"],
	"publication_review": "approval",
	"review": "auto",
}

# The decision for the base input patched with input_patch, over "ds-trials" patched with dataset_patch.
decide(input_patch, dataset_patch) := decide_over(input_patch, {"ds-trials": dataset_patch})

# The decision over several datasets, each the base dataset patched; the request asks for all of them.
decide_over(input_patch, dataset_patches) := result if {
	datasets := {id: object.union(base_dataset, patch) | some id, patch in dataset_patches}
	request_patch := {"request": {"datasets": sort(object.keys(dataset_patches))}}
	patched_input := object.union(object.union(base_input, request_patch), input_patch)
	result := custodian.decision with input as patched_input with data.datasets as datasets
}

codes(decision) := {reason.code | some reason in decision.reasons}

reasons_with(decision, code) := [reason | some reason in decision.reasons; reason.code == code]

# The single reason with this code, so that a test can compare it whole.
only_reason(decision, code) := reasons[0] if {
	reasons := reasons_with(decision, code)
	count(reasons) == 1
}
