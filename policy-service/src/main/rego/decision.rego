package custodian

# The decision document. Every other file adds to `reasons`; this one assembles them.
decision := {
	"outcome": outcome,
	"reasons": sorted_reasons,
	"obligations": obligations,
	"policy_revision": policy_revision,
}

review_codes := {
	"TRANSFER_REQUIRES_SAFEGUARDS",
	"COLLABORATION_REQUIRED",
	"PROJECT_SPECIFIC_REVIEW",
	"COMMITTEE_REVIEW_REQUIRED",
	"RETENTION_CONFLICT",
	"UNKNOWN_TERM",
	"COHORT_CONSENT_WITHDRAWN",
	"CONSENT_NOT_COVERING_PURPOSE",
}

allow_codes := {"CONSENTED_SUBSET_ONLY"}

# Any code not listed as review or allow denies, so a new code fails closed.
denies(reason) if not reason.code in not_denying_codes

not_denying_codes := review_codes | allow_codes

outcome := "deny" if {
	some reason in reasons
	denies(reason)
} else := "review" if {
	some reason in reasons
	reason.code in review_codes
} else := "allow"

sorted_reasons := [reason |
	some key in sort([[r.rule, r.code, r.dataset, r.message] | some r in reasons])
	reason := {"rule": key[0], "code": key[1], "dataset": key[2], "message": key[3]}
]

obligations := {
	"erase_by": erase_by,
	"access_mode": access_mode,
	"publication_review": publication_review,
	"fields": obligation_fields,
	"publish_results": publish_results,
	"return_derived_data": return_derived_data,
	"no_publication_before": no_publication_before,
	"consented_subset_only": consented_subset_only,
}

# The Java side provides the bundle's sha256 as data.policy_revision.
default policy_revision := null

policy_revision := data.policy_revision
