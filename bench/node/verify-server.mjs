// A VC-API verify endpoint on the Node.js reference libraries (@digitalbazaar/vc), for the HTTP
// comparison with the verifier service. It signs the bench PCF credential with eddsa-rdfc-2022
// (the W3C test key), writes the request body to verify it to <bodyFile>, then serves
//   POST /credentials/verify  {"verifiableCredential": {...}} -> 200 {"verified": true, ...} | 422
// Usage: node verify-server.mjs <port> <bodyFile>
import {createServer} from 'node:http';
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

const here = dirname(fileURLToPath(import.meta.url));
const contextsDir = join(here, '../../credentials/src/main/resources/org/greenvalue/credentials/contexts');
const fixtures = join(here, '../src/main/resources/fixtures');
const port = Number(process.argv[2] ?? 8090);
const bodyFile = process.argv[3];

const contexts = new Map();
for (const line of readFileSync(join(contextsDir, 'contexts.properties'), 'utf8').split('\n')) {
  const trimmed = line.trim();
  if (!trimmed || trimmed.startsWith('#')) continue;
  const at = trimmed.indexOf('=');
  const url = trimmed.slice(0, at).trim().replace(/\\:/g, ':');
  contexts.set(url, JSON.parse(readFileSync(join(contextsDir, trimmed.slice(at + 1).trim()), 'utf8')));
}

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

const unsigned = JSON.parse(readFileSync(join(fixtures, 'pcf-credential.json'), 'utf8'));
const signer = new DataIntegrityProof({signer: keyPair.signer(), cryptosuite: eddsaRdfc2022, date: '2026-01-01T00:00:00Z'});
const signed = await vc.issue({credential: structuredClone(unsigned), suite: signer, documentLoader});
if (bodyFile) writeFileSync(bodyFile, JSON.stringify({verifiableCredential: signed}));
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});

createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/credentials/verify') {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', c => chunks.push(c));
  req.on('end', async () => {
    try {
      const {verifiableCredential} = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const result = await vc.verifyCredential({credential: verifiableCredential, suite, documentLoader});
      const body = JSON.stringify(result.verified
        ? {verified: true, checks: ['proof'], warnings: [], errors: []}
        : {verified: false, errors: [String(result.error ?? 'invalid')]});
      res.writeHead(result.verified ? 200 : 422, {'Content-Type': 'application/json'}).end(body);
    } catch (e) {
      res.writeHead(400, {'Content-Type': 'application/json'}).end(JSON.stringify({error: String(e)}));
    }
  });
}).listen(port, '127.0.0.1', () => console.log(`node VC-API verify on http://127.0.0.1:${port}`));
