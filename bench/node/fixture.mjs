// What the Node.js benchmark scripts share: the bundled contexts our Java library serves (nothing
// is fetched), the W3C vc-di-eddsa test key as a did:key, and the bench PCF credential, unsigned
// and signed with eddsa-rdfc-2022 at the same proof time as our JMH benchmarks.
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

const here = dirname(fileURLToPath(import.meta.url));
const contextsDir = join(here, '../../credentials/src/main/resources/org/greenvalue/credentials/contexts');
const fixtures = join(here, '../src/main/resources/fixtures');

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
export const keyPair = await Ed25519Multikey.from({
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

export const documentLoader = async url => {
  if (contexts.has(url)) return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
  if (url === did) return {contextUrl: null, documentUrl: url, document: controllerDoc};
  if (url === keyPair.id) return {contextUrl: null, documentUrl: url, document: method};
  throw new Error(`refused to load ${url}`);
};

export const unsigned = JSON.parse(readFileSync(join(fixtures, 'pcf-credential.json'), 'utf8'));
export const signed = await vc.issue({
  credential: structuredClone(unsigned),
  suite: new DataIntegrityProof({signer: keyPair.signer(), cryptosuite: eddsaRdfc2022, date: '2026-01-01T00:00:00Z'}),
  documentLoader,
});
