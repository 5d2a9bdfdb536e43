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
