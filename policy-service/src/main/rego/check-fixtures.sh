#!/usr/bin/env bash
# Evaluates every golden decision fixture (policy-service/src/test/resources/decisions/*.json) with
# `opa eval` and compares the decision with the fixture's `expected`. Exits non-zero on a mismatch.
# Needs opa (on PATH, in $OPA or in ~/go/bin) and node.
set -euo pipefail

cd "$(dirname "$0")/../../../.."
rego=policy-service/src/main/rego
fixtures=policy-service/src/test/resources/decisions
opa=${OPA:-$(command -v opa || echo "$HOME/go/bin/opa")}

OPA="$opa" REGO="$rego" FIXTURES="$fixtures" node - <<'JS'
const fs = require('fs'), os = require('os'), path = require('path');
const {execFileSync} = require('child_process');
const {OPA, REGO, FIXTURES} = process.env;

// Deep equality where object key order does not matter and array order does.
const canonical = v => Array.isArray(v) ? v.map(canonical)
  : v !== null && typeof v === 'object'
    ? Object.fromEntries(Object.keys(v).sort().map(k => [k, canonical(v[k])])) : v;
const same = (a, b) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'custodian-fixtures-'));
let failed = 0;
const files = fs.readdirSync(FIXTURES).filter(f => f.endsWith('.json')).sort();
for (const file of files) {
  const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
  const inputFile = path.join(work, 'input.json'), dataFile = path.join(work, 'data.json');
  fs.writeFileSync(inputFile, JSON.stringify(fixture.input));
  fs.writeFileSync(dataFile, JSON.stringify(fixture.data));
  const out = JSON.parse(execFileSync(OPA, ['eval', '--format', 'json', '--ignore', '*_test.rego',
    '-d', REGO, '-d', dataFile, '-i', inputFile, 'data.custodian.decision'], {encoding: 'utf8'}));
  const actual = out.result ? out.result[0].expressions[0].value : undefined;
  if (same(actual, fixture.expected)) {
    console.log(`ok   ${file}`);
  } else {
    failed++;
    console.log(`FAIL ${file}\n  expected ${JSON.stringify(canonical(fixture.expected))}\n  actual   ${JSON.stringify(canonical(actual))}`);
  }
}
fs.rmSync(work, {recursive: true, force: true});
console.log(`fixtures: ${files.length - failed} passed, ${failed} failed`);
if (files.length === 0) { console.log('no fixtures found'); process.exit(1); }
process.exit(failed ? 1 : 0);
JS
