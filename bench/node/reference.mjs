// Reference throughput of the Node.js VC stack on the same credential our JMH benchmarks use.
// Usage: node reference.mjs [seconds-per-measurement]   (prints one JSON line per measurement)
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as jose from 'jose';

const here = dirname(fileURLToPath(import.meta.url));
const contextsDir = join(here, '../../credentials/src/main/resources/org/greenvalue/credentials/contexts');
const fixtures = join(here, '../src/main/resources/fixtures');
const seconds = Number(process.argv[2] ?? 10);

// The same bundled contexts the Java library serves; nothing is fetched.
const contexts = new Map();
for (const line of readFileSync(join(contextsDir, 'contexts.properties'), 'utf8').split('\n')) {
  const trimmed = line.trim();
  if (!trimmed || trimmed.startsWith('#')) continue;
  const at = trimmed.indexOf('=');
  const url = trimmed.slice(0, at).trim().replace(/\\:/g, ':');
  contexts.set(url, JSON.parse(readFileSync(join(contextsDir, trimmed.slice(at + 1).trim()), 'utf8')));
}

// The W3C vc-di-eddsa test key pair, as in our JMH benchmark.
const keyPair = await Ed25519Multikey.from({
  publicKeyMultibase: 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
  secretKeyMultibase: 'z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq',
});
const did = `did:key:${keyPair.publicKeyMultibase}`;
keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
keyPair.controller = did;
const method = await keyPair.export({publicKey: true, includeContext: true});
const controllerDoc = {
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
  id: did,
  verificationMethod: [method],
  assertionMethod: [keyPair.id],
};

const documentLoader = async url => {
  if (contexts.has(url)) return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
  if (url === did) return {contextUrl: null, documentUrl: url, document: controllerDoc};
  if (url === keyPair.id) return {contextUrl: null, documentUrl: url, document: method};
  throw new Error(`refused to load ${url}`);
};

async function measure(name, fn) {
  for (let i = 0; i < 50; i++) await fn(); // warm up
  let ops = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(seconds * 1e9);
  while (process.hrtime.bigint() < end) {
    await fn();
    ops++;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({benchmark: name, opsPerSecond: +(ops / elapsed).toFixed(1), ops, seconds: +elapsed.toFixed(2)}));
}

const unsigned = JSON.parse(readFileSync(join(fixtures, 'pcf-credential.json'), 'utf8'));
const suite = new DataIntegrityProof({signer: keyPair.signer(), cryptosuite: eddsaRdfc2022, date: '2026-01-01T00:00:00Z'});
const signed = await vc.issue({credential: structuredClone(unsigned), suite, documentLoader});
const verifySuite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
const check = await vc.verifyCredential({credential: signed, suite: verifySuite, documentLoader});
if (!check.verified) throw new Error('reference verification failed: ' + JSON.stringify(check.error ?? check));
await measure('node eddsa-rdfc-2022 verify (PCF credential)', async () => {
  const result = await vc.verifyCredential({credential: signed, suite: verifySuite, documentLoader});
  if (!result.verified) throw new Error('verification failed');
});

const {privateKey, publicKey} = await jose.generateKeyPair('EdDSA', {crv: 'Ed25519'});
const jwt = await new jose.CompactSign(Buffer.from(JSON.stringify(unsigned)))
  .setProtectedHeader({alg: 'EdDSA', typ: 'vc+jwt', kid: keyPair.id})
  .sign(privateKey);
await measure('node jose EdDSA compact verify (vc+jwt)', async () => {
  await jose.compactVerify(jwt, publicKey);
});
