package custodian_test

test_publication_review_is_the_strictest_among_the_datasets if {
	decision := decide_over({}, {
		"ds-a": {"publication_review": "notify"},
		"ds-b": {"publication_review": "approval"},
		"ds-c": {"publication_review": "none"},
	})
	decision.obligations.publication_review == "approval"
}

test_notify_outranks_none if {
	decision := decide_over({}, {"ds-a": {"publication_review": "none"}, "ds-b": {"publication_review": "notify"}})
	decision.obligations.publication_review == "notify"
}

test_publication_review_is_none_when_no_dataset_asks_for_one if {
	decide({}, {"publication_review": null}).obligations.publication_review == "none"
}

test_pub_obliges_publishing_results if {
	decision := decide_over({}, {"ds-a": {}, "ds-b": {"modifiers": ["DUO:0000019"]}})
	decision.obligations.publish_results == true
	decision.outcome == "allow"
}

test_rtn_obliges_returning_derived_data if {
	decide({}, {"modifiers": ["DUO:0000029"]}).obligations.return_derived_data == true
}

test_no_publication_before_is_the_latest_moratorium if {
	decision := decide_over({}, {
		"ds-a": {"modifiers": ["DUO:0000024"], "moratorium_until": "2027-03-01"},
		"ds-b": {"modifiers": ["DUO:0000024"], "moratorium_until": "2027-09-30"},
	})
	decision.obligations.no_publication_before == "2027-09-30"
}

test_a_moratorium_date_without_mor_does_not_bind if {
	decide({}, {"moratorium_until": "2027-03-01"}).obligations.no_publication_before == null
}
