package custodian

reasons contains {"rule": "credentials", "code": "DSA_NOT_SIGNED", "dataset": null, "message": message} if {
	not flag(requester, "dsa_signed")
	message := "The requester has not signed the data sharing agreement."
}

reasons contains {"rule": "credentials", "code": "RESEARCHER_NOT_VETTED", "dataset": null, "message": message} if {
	not flag(requester, "vetted")
	message := "The requester has not been vetted as a bona fide researcher."
}

needs_ethics_approval(ds) if has_modifier(ds, "IRB")

needs_ethics_approval(ds) if {
	is_number(ds.sensitivity)
	ds.sensitivity >= 3
}

# The approval must still hold on the day the data is erased, not only today.
ethics_approval_valid if calendar_day(requester.irb.expires) >= erase_by_day

reasons contains {"rule": "credentials", "code": "ETHICS_APPROVAL_MISSING", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	needs_ethics_approval(ds)
	not ethics_approval_valid
	message := ethics_message
}

ethics_message := concat("", ["This dataset requires an ethics (IRB) approval valid until the erase-by date, ", erase_by, "."]) if {
	erase_by_day
} else := "This dataset requires a valid ethics (IRB) approval."

reasons contains {"rule": "credentials", "code": "USER_NOT_APPROVED", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	has_modifier(ds, "US")
	not approved_user(ds)
	message := "This dataset may be used only by approved users, and the requester is not one of them."
}

reasons contains {"rule": "credentials", "code": "INSTITUTION_NOT_APPROVED", "dataset": id, "message": message} if {
	some id, ds in requested_datasets
	has_modifier(ds, "IS")
	not approved_institution(ds)
	message := "This dataset may be used only by approved institutions, and the requester's institution is not one of them."
}

approved_user(ds) if requester.id in list(ds, "approved_users")

approved_institution(ds) if requester.institution in list(ds, "approved_institutions")
