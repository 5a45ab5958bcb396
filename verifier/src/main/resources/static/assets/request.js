// Builds the body of a verify request (the shape POST /reports takes) from the form's inputs.

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/;

/** An input the page refuses before sending anything; its message is shown as is. */
export class InputError extends Error {}

/** A pasted or uploaded secured credential: a JSON object, or a compact JWS string. */
export function securedCredential(text, what) {
  const trimmed = text.trim();
  if (trimmed === '') {
    throw new InputError(`${what} is empty: paste a credential or choose a file.`);
  }
  if (trimmed.startsWith('{')) {
    try {
      return JSON.parse(trimmed);
    } catch (e) {
      throw new InputError(`${what} is not valid JSON (${e.message}).`);
    }
  }
  if (COMPACT_JWS.test(trimmed)) {
    return trimmed;
  }
  throw new InputError(
    `${what} is neither a JSON credential nor a compact vc+jwt (three base64url parts joined by dots).`);
}

function readText(file) {
  return file.text();
}

async function readBase64(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/**
 * @param {{credential: string, pack?: File, receipt?: File, assurances: File[], level: string}} input
 * @returns {Promise<object>} the request body
 */
export async function buildRequest(input) {
  const body = { verifiableCredential: securedCredential(input.credential, 'The credential') };
  const options = {};
  if (input.assurances.length > 0) {
    options.assurances = [];
    for (const file of input.assurances) {
      options.assurances.push(securedCredential(await readText(file), `Assurance file ${file.name}`));
    }
  }
  if (input.receipt) {
    const text = await readText(input.receipt);
    try {
      options.anchorReceipt = JSON.parse(text);
    } catch (e) {
      throw new InputError(`The anchor receipt ${input.receipt.name} is not valid JSON (${e.message}).`);
    }
  }
  if (input.pack) {
    options.evidencePack = await readBase64(input.pack);
  }
  if (input.level && input.level !== 'limited') {
    options.requiredAssuranceLevel = input.level;
  }
  if (Object.keys(options).length > 0) {
    body.options = options;
  }
  return body;
}
