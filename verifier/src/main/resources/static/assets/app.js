// The page: reads the form, asks POST /web/report (same engine as /reports) and renders the answer.
import { buildRequest, InputError } from './request.js';
import { renderReport } from './render.js';

const $ = (id) => document.getElementById(id);

const form = $('verify-form');
const status = $('status');
const error = $('error');
const report = $('report');

function showError(title, detail) {
  report.hidden = true;
  report.replaceChildren();
  const heading = document.createElement('p');
  heading.className = 'error-title';
  heading.textContent = title;
  const text = document.createElement('p');
  text.textContent = detail;
  error.replaceChildren(heading, text);
  error.hidden = false;
  status.textContent = '';
}

function clearResult() {
  error.hidden = true;
  error.replaceChildren();
  report.hidden = true;
  report.replaceChildren();
  status.textContent = '';
}

async function loadPolicies() {
  const select = $('policy');
  try {
    const response = await fetch('web/policies', { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      return;
    }
    for (const policy of await response.json()) {
      const option = document.createElement('option');
      option.value = policy.name;
      option.textContent = `${policy.name} (v${policy.version}, ${policy.rules} rules)`;
      if (policy.description) {
        option.title = policy.description;
      }
      select.append(option);
    }
    if (select.options.length > 1) {
      select.selectedIndex = 1;
    }
  } catch {
    // the page still verifies without the policy list
  }
}

async function verify(event) {
  event.preventDefault();
  await run();
}

async function run() {
  clearResult();
  const button = $('verify');
  button.disabled = true;
  status.textContent = 'Verifying…';
  try {
    const body = await buildRequest({
      credential: $('credential').value,
      pack: $('pack-file').files[0],
      receipt: $('receipt-file').files[0],
      assurances: Array.from($('assurance-files').files),
      level: $('level').value,
    });
    const policy = $('policy').value;
    const url = 'web/report' + (policy ? `?policy=${encodeURIComponent(policy)}` : '');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => null);
    if (!response.ok) {
      showError(
        (answer && answer.title) || `The verifier answered ${response.status}`,
        (answer && answer.detail) || 'No details were given.');
      return;
    }
    renderReport(report, answer);
    report.hidden = false;
    status.textContent = `Verification finished: ${answer.report.verdict.replace('_', ' ')}.`;
    $('result').focus();
  } catch (e) {
    if (e instanceof InputError) {
      showError('The input cannot be verified', e.message);
    } else {
      showError('The verifier could not be reached', e.message);
    }
  } finally {
    button.disabled = false;
  }
}

$('credential-file').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (file) {
    $('credential').value = (await file.text()).trim();
  }
});
/**
 * A link to the page may name the credential to verify: `?credential=` holds the credential itself
 * or (as the registry explorer's certificate links do) the URL to fetch it from, which the service
 * fetches from an allowed origin (GET web/credential). It fills the input and is verified at once.
 */
async function linkedCredential() {
  const linked = new URLSearchParams(window.location.search).get('credential');
  if (linked === null || linked.trim() === '') {
    return false;
  }
  const text = linked.trim();
  if (!/^https?:\/\//i.test(text)) {
    $('credential').value = text;
    return true;
  }
  status.textContent = 'Loading the linked credential…';
  try {
    const response = await fetch(`web/credential?url=${encodeURIComponent(text)}`, {
      headers: { Accept: 'application/json' },
    });
    const answer = await response.json().catch(() => null);
    if (!response.ok || !answer) {
      showError(
        'The linked credential could not be loaded',
        (answer && answer.detail) || `The verifier answered ${response.status}.`);
      return false;
    }
    const credential = answer.credential;
    $('credential').value =
      typeof credential === 'string' ? credential : JSON.stringify(credential, null, 2);
    return true;
  } catch (e) {
    showError('The linked credential could not be loaded', e.message);
    return false;
  }
}

form.addEventListener('submit', verify);
form.addEventListener('reset', clearResult);
const policiesLoaded = loadPolicies();
linkedCredential().then(async (filled) => {
  if (filled) {
    await policiesLoaded;
    await run();
  }
});
