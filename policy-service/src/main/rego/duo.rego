package custodian

# GA4GH Data Use Ontology terms by their short names.
duo := {
	"NRES": "DUO:0000004",
	"GRU": "DUO:0000042",
	"HMB": "DUO:0000006",
	"DS": "DUO:0000007",
	"POA": "DUO:0000011",
	"NCU": "DUO:0000046",
	"NPUNCU": "DUO:0000018",
	"NPU": "DUO:0000045",
	"IRB": "DUO:0000021",
	"GS": "DUO:0000022",
	"TS": "DUO:0000025",
	"PUB": "DUO:0000019",
	"COL": "DUO:0000020",
	"RTN": "DUO:0000029",
	"MOR": "DUO:0000024",
	"NMDS": "DUO:0000015",
	"NPOA": "DUO:0000044",
	"US": "DUO:0000026",
	"IS": "DUO:0000028",
	"PS": "DUO:0000027",
}

permission_codes := {duo[name] | some name in ["NRES", "GRU", "HMB", "DS", "POA"]}

has_permission(ds, name) if duo[name] in list(ds, "permitted_uses")

has_modifier(ds, name) if duo[name] in list(ds, "modifiers")
