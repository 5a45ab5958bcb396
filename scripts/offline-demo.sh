#!/usr/bin/env bash
# The offline flow with the gvr command line: evidence pack → ΔCO2 credential bound to it →
# signature → verification → a tampered credential caught → selective disclosure to a buyer.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gvr="$root/gvr"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
field() { sed -n "s/.*\"$1\": *\"\\([^\"]*\\)\".*/\\1/p" "$2" | head -1; }

echo "== 1. supplier generates an Ed25519 issuer key (did:key)"
"$gvr" key generate --type Ed25519 --out supplier.key.json | tee supplier.pub.json

echo "== 2. supplier seals metered data into an evidence pack"
mkdir -p meter
printf 'meter_id,month,kwh\nEM-0042,2024-04,81250\nEM-0042,2024-05,79810\n' > meter/EM-0042.csv
printf 'baseline: 1250.400 tCO2e (FY2023 boiler), project: 830.125 tCO2e (heat pump)\n' > calculation.txt
"$gvr" pack create --subject urn:gvr:project:kanto-polymers:heat-pump-2024 --out pack.zip \
  meter/EM-0042.csv calculation.txt | tee pack.json
digest="$(field manifestDigest pack.json)"
root_hash="$(field merkleRoot pack.json)"

echo "== 3. supplier states the reduction (420.275 = 1250.400 - 830.125 tCO2e) bound to the pack"
cat > reduction.json <<JSON
{"@context":["https://www.w3.org/ns/credentials/v2","https://greenvalue.org/ns/credentials/v1"],
 "id":"urn:uuid:5d1d3c7c-0a4e-4d8e-b3f6-1f0f8e9a7c21",
 "type":["VerifiableCredential","EmissionReductionCredential"],
 "validFrom":"2025-06-01T00:00:00Z",
 "credentialSubject":{"type":"EmissionReduction",
   "projectId":"urn:gvr:project:kanto-polymers:heat-pump-2024",
   "facilityId":"urn:gvr:facility:kanto-polymers:plant-2","methodology":"ISO 14064-2",
   "baselineEmissions":"1250.400","projectEmissions":"830.125","reduction":"420.275","unit":"tCO2e",
   "monitoringPeriod":{"start":"2024-04-01T00:00:00Z","end":"2025-04-01T00:00:00Z"},
   "measurementSources":[{"sourceType":"metered","meterId":"EM-0042","description":"heat pump electricity meter"}],
   "evidencePack":{"manifestDigest":"$digest","merkleRoot":"$root_hash"}}}
JSON
"$gvr" vc sign --key supplier.key.json --format eddsa-rdfc-2022 --out reduction.signed.json reduction.json
echo "signed with eddsa-rdfc-2022"

echo "== 4. a buyer verifies the credential offline"
"$gvr" vc verify reduction.signed.json

echo "== 5. an inconsistent claim (reduction 420.300) is refused at signing"
sed 's/"reduction":"420.275"/"reduction":"420.300"/' reduction.json > wrong.json
if "$gvr" vc sign --key supplier.key.json wrong.json 2> wrong.err; then
  echo "UNEXPECTED: inconsistent claim was signed"; exit 1
fi
echo "refused: $(cut -c1-160 wrong.err)"

echo "== 6. a tampered credential (meter id changed) is caught"
sed 's/EM-0042/EM-0043/' reduction.signed.json > tampered.json
if "$gvr" vc verify tampered.json > tampered.out; then
  echo "UNEXPECTED: tampered credential verified"; exit 1
fi
grep -E 'FAILED|INVALID' tampered.out

echo "== 7. the supplier discloses only the meter file; the buyer checks it against the root"
"$gvr" pack disclose pack.zip --out disclosed.zip meter/EM-0042.csv
"$gvr" pack verify disclosed.zip --expect-root "$root_hash"
echo "== done: pack, credential, verification, refusal, tamper detection and disclosure all behaved"
