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
form.addEventListener('submit', verify);
form.addEventListener('reset', clearResult);
loadPolicies();
