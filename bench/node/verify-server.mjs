// A VC-API verify endpoint on the Node.js reference libraries (@digitalbazaar/vc), for the HTTP
// comparison with the verifier service. It signs the bench PCF credential with eddsa-rdfc-2022
// (the W3C test key), writes the request body to verify it to <bodyFile>, then serves
//   POST /credentials/verify  {"verifiableCredential": {...}} -> 200 {"verified": true, ...} | 422
// Usage: node verify-server.mjs <port> <bodyFile>
import {createServer} from 'node:http';
import {writeFileSync} from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {documentLoader, signed} from './fixture.mjs';

const port = Number(process.argv[2] ?? 8090);
const bodyFile = process.argv[3];

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
