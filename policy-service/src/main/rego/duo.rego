package custodian

# GA4GH Data Use Ontology terms by their short names, from data.duo (duo.json) like the country
# tables: a constant object in a rule is built again on every evaluation in wasm, which cost about a
# sixth of a decision. Without the table no purpose is permitted, so every request is denied.
duo := data.duo.terms

permission_codes := {duo[name] | some name in data.duo.permissions}

modifier_codes := {code | some name, code in duo; not name in data.duo.permissions}

has_permission(ds, name) if duo[name] in list(ds, "permitted_uses")

has_modifier(ds, name) if duo[name] in list(ds, "modifiers")
