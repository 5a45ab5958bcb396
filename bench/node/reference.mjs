// Reference throughput of the Node.js VC stack on the same credential our JMH benchmarks use.
// Usage: node reference.mjs [seconds-per-measurement]   (prints one JSON line per measurement)
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as jose from 'jose';
import {documentLoader, keyPair, signed, unsigned} from './fixture.mjs';

const seconds = Number(process.argv[2] ?? 10);

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
