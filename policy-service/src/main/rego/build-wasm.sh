#!/usr/bin/env bash
# Compiles the policy to WebAssembly for the in-process evaluator:
#   policy-service/src/main/resources/policy/policy.wasm  (entrypoint custodian/decision)
#   policy-service/src/main/resources/policy/data.json    (the bundle's data: the jurisdiction tables)
# Deterministic: the same sources give byte-identical files, so CI can rebuild and compare.
set -euo pipefail

cd "$(dirname "$0")/../../../.."
rego=policy-service/src/main/rego
out=policy-service/src/main/resources/policy
opa=${OPA:-$(command -v opa || echo "$HOME/go/bin/opa")}

# No -O: the optimiser takes every data path the build does not exclude by bundle roots as known at build
# time, so it folds data.datasets and data.policy_revision (given at run time) to undefined: every dataset
# becomes UNKNOWN_DATASET. Built as a bundle whose roots leave those two out, -O=1 and -O=2 decide
# correctly but are no faster (2-5 % more CPU per decision; docs/benchmarks.md, 2026-12-07).

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$opa" build -t wasm -e custodian/decision --ignore '*_test.rego' --ignore '*.sh' \
  -o "$work/bundle.tar.gz" "$rego"
# The bundle stores its members with a leading "/"; GNU tar says it strips it.
tar -xzf "$work/bundle.tar.gz" -C "$work" --no-same-owner /policy.wasm /data.json

mkdir -p "$out"
cp "$work/policy.wasm" "$out/policy.wasm"
cp "$work/data.json" "$out/data.json"
chmod 644 "$out/policy.wasm" "$out/data.json"
