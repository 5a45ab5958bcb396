// Renders the answer of POST /web/report: {report: <the shape of POST /reports>, eligibility?}.
// Every value comes from the verifier and is set as text, never as markup.

const VERDICTS = {
  VERIFIED: { word: 'Verified', icon: '✓', css: 'ok' },
  INCOMPLETE: { word: 'Incomplete', icon: '!', css: 'warn' },
  NOT_VERIFIED: { word: 'Not verified', icon: '✗', css: 'bad' },
};

const OUTCOMES = {
  PASSED: { word: 'Passed', icon: '✓', css: 'ok' },
  FAILED: { word: 'Failed', icon: '✗', css: 'bad' },
  SKIPPED: { word: 'Not checked', icon: '–', css: 'skip' },
};

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

function badge(outcome) {
  const o = OUTCOMES[outcome] || { word: outcome, icon: '?', css: 'skip' };
  return el('span', { class: `badge ${o.css}`, 'data-outcome': outcome },
    el('span', { 'aria-hidden': 'true', class: 'icon' }, o.icon), ` ${o.word}`);
}

function yesNo(value, yes, no) {
  return el('span', { class: `badge ${value ? 'ok' : 'bad'}` },
    el('span', { 'aria-hidden': 'true', class: 'icon' }, value ? '✓' : '✗'), ` ${value ? yes : no}`);
}

function code(text) {
  return el('code', { class: 'mono' }, text);
}

function definitions(rows) {
  const dl = el('dl', { class: 'facts' });
  for (const [term, value] of rows) {
    if (value === undefined || value === null || value === '') {
      continue;
    }
    dl.append(el('dt', {}, term), el('dd', {}, value));
  }
  return dl;
}

function card(id, title, ...content) {
  const heading = `${id}-title`;
  return el('section', { class: 'card', id, 'aria-labelledby': heading },
    el('h3', { id: heading }, title), ...content);
}

function note(text) {
  return el('p', { class: 'note' }, text);
}

function checkNamed(report, name) {
  return report.checks.find((c) => c.name === name);
}

function checkLine(check) {
  return check ? el('span', { class: 'reason' }, badge(check.outcome), ' ', check.reason) : null;
}

/** The checks that did not pass, one a line, after one line counting those that did. */
function checkSummary(checks, what) {
  const passed = checks.filter((c) => c.outcome === 'PASSED');
  const list = el('ul', { class: 'plain' });
  if (passed.length) {
    list.append(el('li', {}, el('span', { class: 'reason' }, badge('PASSED'),
      ` ${passed.length} of ${checks.length} ${what} checks`)));
  }
  for (const c of checks.filter((c) => c.outcome !== 'PASSED')) {
    list.append(el('li', {}, el('span', { class: 'reason' }, badge(c.outcome), ' ', el('code', {}, c.name), ': ', c.reason)));
  }
  return list;
}

function verdictBanner(report) {
  const v = VERDICTS[report.verdict] || VERDICTS.NOT_VERIFIED;
  const count = (outcome) => report.checks.filter((c) => c.outcome === outcome).length;
  const failed = report.checks.filter((c) => c.outcome === 'FAILED');
  const summary = `${count('PASSED')} passed · ${count('FAILED')} failed · ${count('SKIPPED')} not checked`;
  let explanation;
  if (report.verdict === 'VERIFIED') {
    explanation = 'Every check passed and nothing was left unchecked.';
  } else if (report.verdict === 'INCOMPLETE') {
    explanation = `Nothing failed, but some checks lacked an input or a source: ${report.gaps.join(', ')}.`;
  } else {
    explanation = failed.length
      ? `Failed: ${failed.map((c) => c.name).join(', ')}.`
      : 'Nothing could be verified.';
  }
  return el('div', { id: 'verdict', class: `verdict ${v.css}`, 'data-verdict': report.verdict },
    el('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, v.icon),
    el('div', {},
      el('p', { class: 'verdict-word' }, v.word),
      el('p', { class: 'verdict-summary' }, summary),
      el('p', { class: 'verdict-explanation' }, explanation)));
}

function credentialCard(report) {
  const f = report.facts;
  const rows = [
    ['Types', (f.credentialTypes || []).join(', ')],
    ['Subject', f.subjectKind],
    ['Issued', f.issuedAt],
    ['Digest', f.digest && code(f.digest)],
  ];
  if (f.reduction) {
    const r = f.reduction;
    rows.push(
      ['Reduction', `${r.reduction} ${r.unit}`],
      ['Baseline / project', `${r.baselineEmissions} / ${r.projectEmissions} ${r.unit}`],
      ['Period', `${r.periodStart} – ${r.periodEnd}`],
      ['Project', r.projectId],
      ['Methodology', r.methodology]);
  }
  if (f.footprint) {
    const p = f.footprint;
    rows.push(
      ['Footprint', p.id],
      ['PCF', `${p.pcfExcludingBiogenicUptake} kg CO2e per ${p.declaredUnit}`],
      ['Products', (p.productIds || []).join(', ')],
      ['Period', `${p.periodStart} – ${p.periodEnd}`]);
  }
  if (f.status) {
    rows.push(['Status', f.status.checked
      ? (f.status.revoked ? 'revoked' : f.status.suspended ? 'suspended' : 'active')
      : 'not checked']);
  }
  if (f.lot) {
    rows.push(['Lot', `${f.lot.lotId}: ${f.lot.state}, ${f.lot.available} of ${f.lot.quantity} available`]);
  }
  return card('credential-facts', 'Credential', definitions(rows));
}

function trustCard(report) {
  const f = report.facts;
  const steps = el('ol', { class: 'chain' });
  steps.append(el('li', {},
    el('p', { class: 'step' }, 'Issuer'),
    f.issuer ? code(f.issuer) : note('unknown'),
    el('p', {}, yesNo(f.issuerTrusted, 'accredited issuer', 'not shown to be accredited')),
    checkLine(checkNamed(report, 'trust.issuer')),
    checkLine(checkNamed(report, 'key.valid-at-issuance'))));
  const a = f.assurance;
  steps.append(el('li', {},
    el('p', { class: 'step' }, 'Assurance provider'),
    a ? [
      code(a.provider),
      el('p', {}, yesNo(a.providerAccredited, 'accredited provider', 'provider not accredited')),
      definitions([
        ['Level', a.level],
        ['Opinion', a.opinion],
        ['Standard', a.standard],
        ['Accreditation', a.accreditationReference],
      ]),
    ] : note('No assurance credential verified.'),
    checkLine(checkNamed(report, 'assurance.provider'))));
  return card('trust-chain', 'Trust chain', steps);
}

function anchorCard(report) {
  const a = report.facts.anchor;
  const checks = report.checks.filter((c) => c.name.startsWith('anchor'));
  const content = a
    ? definitions([
      ['Transaction', code(a.txHash)],
      ['Block', String(a.blockNumber)],
      ['Block time', a.blockTime],
      ['Chain ID', String(a.chainId)],
      ['Contract', code(a.contract)],
      ['On chain', a.checkedOnChain ? 'confirmed against the ledger' : 'receipt only, ledger not asked'],
    ])
    : note('Not anchored: no anchor was found or given.');
  return card('anchor', 'Anchor', content, checkSummary(checks, 'anchor'));
}

function evidenceCard(report) {
  const files = report.checks.filter((c) => c.name.startsWith('evidence.file:'));
  const others = report.checks.filter(
    (c) => (c.name === 'evidence' || c.name.startsWith('evidence.')) && !c.name.startsWith('evidence.file:'));
  const list = files.length
    ? el('ul', { class: 'files' }, files.map((c) => el('li', {},
      code(c.name.substring('evidence.file:'.length)), ' ', checkLine(c))))
    : note('No evidence files were checked.');
  const root = others.find((c) => c.name === 'evidence.expected.root');
  const summary = others.filter((c) => c !== root && c.outcome !== 'PASSED' || c.name === 'evidence');
  return card('evidence', 'Evidence files', list,
    root ? el('p', {}, 'Merkle root: ', checkLine(root)) : null,
    el('ul', { class: 'plain' }, summary.map((c) => el('li', {}, checkLine(c)))));
}

function eligibilityCard(eligibility) {
  const rules = el('ul', { class: 'rules' }, eligibility.rules.map((r) => el('li', { 'data-rule': r.id },
    badge(r.satisfied ? 'PASSED' : 'FAILED'), ' ',
    el('span', { class: 'rule-id' }, r.id), ' — ', r.description || r.expression,
    r.satisfied || !r.reason ? null : el('span', { class: 'reason' }, ` (${r.reason})`))));
  return card('eligibility', `Eligibility: ${eligibility.policy} v${eligibility.version}`,
    el('p', { id: 'eligible', 'data-eligible': String(eligibility.eligible) },
      yesNo(eligibility.eligible, 'Eligible', 'Not eligible')),
    rules);
}

/** The custody path of inherited value, downstream first: one table row per tier. */
function custodyCard(report) {
  const custody = report.facts && report.facts.custody;
  if (!custody) {
    return null;
  }
  const check = checkNamed(report, 'chain.custody');
  const rows = custody.tiers.map((t) => el('tr', { 'data-tier': String(t.tier), 'data-verdict': t.verdict },
    el('th', { scope: 'row' }, String(t.tier)),
    el('td', {}, t.organisation),
    el('td', {}, code(t.lotId)),
    el('td', { class: 'number' }, `${t.quantity} t`),
    el('td', {}, code(t.credentialDigest)),
    el('td', {}, badge(t.verdict === 'VERIFIED' ? 'PASSED' : t.verdict === 'NOT_VERIFIED' ? 'FAILED' : 'SKIPPED'))));
  return el('section', { class: 'card wide', id: 'custody', 'aria-labelledby': 'custody-title' },
    el('h3', { id: 'custody-title' }, `Custody chain (${custody.tiers.length} tier${custody.tiers.length === 1 ? '' : 's'})`),
    el('p', { id: 'custody-summary' },
      yesNo(custody.verified, 'Chain verified', 'Chain not verified'),
      ` ${custody.attributable} t attributable to upstream allocations`,
      check && check.outcome !== 'PASSED' ? el('span', { class: 'reason' }, ` (${check.reason})`) : null),
    el('table', {},
      el('caption', {}, 'Tier 1 holds the allocation this credential relies on; the last tier minted the value.'),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Tier'), el('th', { scope: 'col' }, 'Organisation'),
        el('th', { scope: 'col' }, 'Lot'), el('th', { scope: 'col' }, 'Quantity'),
        el('th', { scope: 'col' }, 'Credential digest'), el('th', { scope: 'col' }, 'Verdict'))),
      el('tbody', {}, rows)));
}

function checksTable(report) {
  const body = el('tbody', {}, report.checks.map((c) => el('tr', { 'data-check': c.name, 'data-outcome': c.outcome },
    el('td', {}, badge(c.outcome)), el('th', { scope: 'row' }, code(c.name)), el('td', {}, c.reason))));
  return el('section', { class: 'card wide', id: 'checks', 'aria-labelledby': 'checks-title' },
    el('h3', { id: 'checks-title' }, `Checks (${report.checks.length})`),
    el('table', {},
      el('colgroup', {}, el('col', { class: 'outcome' }), el('col', { class: 'name' }), el('col', {})),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Outcome'), el('th', { scope: 'col' }, 'Check'), el('th', { scope: 'col' }, 'Reason'))),
      body));
}

/** Replaces the content of {@code target} with the answer's report. */
export function renderReport(target, answer) {
  const report = answer.report;
  target.replaceChildren(
    verdictBanner(report),
    el('div', { class: 'cards' },
      trustCard(report),
      anchorCard(report),
      evidenceCard(report),
      answer.eligibility ? eligibilityCard(answer.eligibility) : null,
      credentialCard(report)),
    custodyCard(report),
    checksTable(report));
}
