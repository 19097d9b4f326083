/**
 * Rule-authoring playground: a policy owner edits a rule set in CodeMirror and sees, while typing
 * (debounced by the linter), the load errors at their JSON paths, the checker's findings with their
 * example cases, the policy in each of the rule set's locales, the rule set as a decision table, and
 * a case form that decides with the trace. Everything runs in the page; every text is set with
 * `textContent`, never parsed as HTML. Built into dist/app.js by build.mjs.
 */
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import type { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import {
  createEvaluator,
  describePolicy,
  formatMoney,
  loadRuleSet,
  PARTIES,
  RuleSetError,
  type Evaluator,
  type RuleSet,
  type ReturnCase,
} from 'return-liability';
import { checkRuleSet, type CheckResult } from 'return-liability/check';
// A policy owner may write in any supported language.
import 'return-liability/locales/pt-BR';
import 'return-liability/locales/ko';
import 'return-liability/locales/ja';
import cnConsumerLaw from '../../rules/cn-consumer-law.json' with { type: 'json' };
import euConsumerRights from '../../rules/eu-consumer-rights.json' with { type: 'json' };
import marketplaceStandard from '../../rules/marketplace-standard.json' with { type: 'json' };
import { decisionTable } from './decision-table.js';
import { locateJsonPath } from './json-path.js';

const BUILT_IN: Record<string, unknown> = {
  'marketplace-standard': marketplaceStandard,
  'cn-consumer-law': cnConsumerLaw,
  'eu-consumer-rights': euConsumerRights,
};

/** Modest limits keep the check interactive (about a tenth of a second for the built-in sets). */
const CHECK_LIMITS = { exhaustiveLimit: 20_000, sampleSize: 2_000 };

const DEFAULT_CASE: ReturnCase = {
  id: 'RMA-1',
  reason: 'changed_mind',
  costs: { returnShipping: { amount: 690, currency: 'USD' } },
  dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' },
};

// ── DOM helpers: every text goes through textContent ───────────────────────────────────────────

function element<T extends HTMLElement = HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`missing ${selector}`);
  return found;
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child); // strings become text nodes
  return node;
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

// ── State ───────────────────────────────────────────────────────────────────────────────────────

let evaluator: Evaluator | undefined;
let revision = 0;

function setStatus(state: 'ok' | 'invalid' | 'syntax', text: string): void {
  document.body.dataset['state'] = state;
  document.body.dataset['revision'] = String(++revision);
  element('#status').textContent = text;
}

// ── Analysis: runs as CodeMirror's lint source, so it is debounced by the linter's delay ───────

function locate(state: EditorState, path: readonly (string | number)[]): { from: number; to: number } {
  const tree = ensureSyntaxTree(state, state.doc.length, 500) ?? syntaxTree(state);
  return locateJsonPath(tree, state.doc.toString(), path);
}

function analyse(view: EditorView): Diagnostic[] {
  const text = view.state.doc.toString();
  const syntax = jsonParseLinter()(view);
  if (syntax.length > 0) {
    setStatus('syntax', 'The JSON does not parse; the views below show the last rule set that did.');
    renderLoadErrors([{ path: 'JSON', message: syntax[0]?.message ?? 'syntax error' }]);
    return syntax;
  }
  let ruleSet: RuleSet;
  try {
    ruleSet = loadRuleSet(JSON.parse(text));
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
    setStatus('invalid', `The rule set does not load: ${error.issues.length} ${error.issues.length === 1 ? 'problem' : 'problems'}.`);
    renderLoadErrors(error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
    return error.issues.map((issue) => ({ ...locate(view.state, issue.path), severity: 'error', source: 'loadRuleSet', message: `${formatPath(issue.path)}: ${issue.message}` }));
  }
  renderLoadErrors([]);
  const started = performance.now();
  const check = checkRuleSet(ruleSet, CHECK_LIMITS);
  const took = Math.round(performance.now() - started);
  evaluator = createEvaluator(ruleSet);
  renderFindings(check);
  renderPolicy(ruleSet);
  renderTable(ruleSet);
  decideCase();
  const errors = check.findings.filter((finding) => finding.severity === 'error').length;
  const coverage = `${check.coverage.cases.toLocaleString('en')} cases checked${check.coverage.exhaustive ? ' (every combination)' : ' (a sample)'} in ${took} ms`;
  setStatus('ok', `${ruleSet.id} ${ruleSet.version} loads. ${errors === 0 ? 'No gaps or conflicts' : `${errors} ${errors === 1 ? 'error' : 'errors'}`}, ${check.findings.length - errors} ${check.findings.length - errors === 1 ? 'warning' : 'warnings'}; ${coverage}.`);
  return check.findings.map((finding) => {
    const index = finding.rules?.[0] === undefined ? -1 : ruleSet.rules.findIndex((rule) => rule.name === finding.rules?.[0]);
    return { ...locate(view.state, index === -1 ? ['rules'] : ['rules', index, 'name']), severity: finding.severity, source: `check: ${finding.code}`, message: finding.message };
  });
}

function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');
}

// ── Views ───────────────────────────────────────────────────────────────────────────────────────

function renderLoadErrors(problems: Array<{ path: string; message: string }>): void {
  const list = element('#load-errors');
  list.replaceChildren(...problems.map((problem) => h('li', {}, h('code', {}, problem.path), ' ', problem.message)));
  element('#load-errors-card').hidden = problems.length === 0;
}

function renderFindings(check: CheckResult): void {
  const list = element('#findings');
  if (check.findings.length === 0) {
    list.replaceChildren(h('li', { class: 'none' }, 'No findings: every case the rules can tell apart is decided by exactly one outcome.'));
    return;
  }
  list.replaceChildren(
    ...check.findings.map((finding) => {
      const item = h(
        'li',
        { class: finding.severity, 'data-code': finding.code },
        h('span', { class: 'badge' }, `${finding.severity} · ${finding.code}`),
        ' ',
        finding.message,
      );
      if (finding.rules !== undefined && finding.rules.length > 0) item.append(h('div', { class: 'rules' }, `Rules: ${finding.rules.join(', ')}`));
      if (finding.example !== undefined) {
        const example = finding.example;
        const button = h('button', { type: 'button', class: 'try' }, 'Decide this example');
        button.addEventListener('click', () => {
          element<HTMLTextAreaElement>('#case').value = pretty(example);
          decideCase();
          element('#case-card').scrollIntoView({ block: 'nearest' });
        });
        item.append(h('details', { open: '' }, h('summary', {}, 'Example case'), h('pre', { class: 'example' }, pretty(example)), button));
      }
      return item;
    }),
  );
}

function renderPolicy(ruleSet: RuleSet): void {
  const columns = ruleSet.locales.map((locale) => {
    const policy = describePolicy(ruleSet, { locale });
    return h(
      'article',
      { class: 'policy', lang: policy.locale, 'data-locale': policy.locale },
      h('h3', {}, `${policy.title} (${policy.locale})`),
      ...policy.sections.map((section) =>
        h('section', { 'data-section': section.kind }, h('h4', {}, section.heading), h('ul', {}, ...section.items.map((item) => h('li', {}, item.text)))),
      ),
    );
  });
  element('#policy').replaceChildren(...columns);
}

function renderTable(ruleSet: RuleSet): void {
  const table = decisionTable(ruleSet);
  const head = h('tr', {}, h('th', {}, 'Priority'), h('th', {}, 'Rule'), h('th', {}, 'Match'), ...table.columns.map((fact) => h('th', { class: 'fact' }, fact)), h('th', {}, 'Outcome'), h('th', {}, 'Payer'));
  const rows = table.rows.map((row) => {
    const match = [row.match === 'all' ? 'all of' : row.match === 'any' ? 'any of' : 'none of', ...row.groups.map((group) => `(${group.group}) ${group.combinator === 'all' ? 'all of' : group.combinator === 'any' ? 'any of' : 'none of'}`)].join('; ');
    return h(
      'tr',
      { 'data-rule': row.rule },
      h('td', { class: 'number' }, String(row.priority)),
      h('th', { scope: 'row' }, row.rule),
      h('td', { class: 'match' }, match),
      ...table.columns.map((fact) => {
        const conditions = row.cells[fact];
        if (conditions === undefined) return h('td', { class: 'empty' }, '—');
        return h('td', {}, ...conditions.map((condition) => h('div', {}, condition.group === undefined ? '' : h('span', { class: 'group' }, `(${condition.group})`), `${fact} ${condition.text}`)));
      }),
      h('td', { class: 'outcome' }, row.outcome, h('small', {}, row.code)),
      h('td', {}, row.payer === '' ? '—' : row.payer),
    );
  });
  element('#table').replaceChildren(h('thead', {}, head), h('tbody', {}, ...rows));
}

function decideCase(): void {
  const output = element('#decision');
  if (evaluator === undefined) return;
  let input: unknown;
  try {
    input = JSON.parse(element<HTMLTextAreaElement>('#case').value);
  } catch (error) {
    output.replaceChildren(h('p', { class: 'error' }, `The case is not JSON: ${(error as Error).message}`));
    output.dataset['outcome'] = 'error';
    return;
  }
  const locale = element<HTMLSelectElement>('#case-locale').value;
  const result = evaluator.safeDecide(input, { locale });
  if (!result.ok) {
    output.dataset['outcome'] = 'error';
    output.replaceChildren(h('p', { class: 'error' }, h('strong', {}, result.error.code), ' ', result.error.message));
    return;
  }
  const decision = result.decision;
  output.dataset['outcome'] = decision.outcome;
  const totals = PARTIES.flatMap((party) => {
    const amount = decision.totals[party];
    return amount === undefined || amount.amount === 0 ? [] : [`${party} ${formatMoney(amount, locale)}`];
  });
  const trace = h(
    'table',
    { class: 'trace' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Rule'), h('th', {}, 'Priority'), h('th', {}, 'Matched'), h('th', {}, 'Conditions (expected / actual)'))),
    h(
      'tbody',
      {},
      ...decision.trace.map((entry) =>
        h(
          'tr',
          { class: entry.rule === decision.rule.name ? 'winner' : entry.matched ? 'matched' : '' },
          h('th', { scope: 'row' }, entry.rule),
          h('td', { class: 'number' }, String(entry.priority)),
          h('td', {}, entry.matched ? 'yes' : entry.undetermined ? 'undetermined' : 'no'),
          h(
            'td',
            {},
            ...entry.conditions.map((condition) =>
              h('div', { class: condition.result === true ? 'held' : 'failed' }, `${condition.result === true ? '✓' : condition.result === false ? '✗' : '?'} ${condition.fact} ${condition.operator} ${JSON.stringify(condition.expected)} / ${condition.actual === undefined ? 'unknown' : JSON.stringify(condition.actual)}`),
            ),
          ),
        ),
      ),
    ),
  );
  output.replaceChildren(
    h('p', { class: 'outcome' }, h('strong', {}, decision.outcome), ` · rule ${decision.rule.name} · ${totals.length === 0 ? 'nobody pays' : totals.join(', ')}`),
    h('p', {}, decision.text.summary),
    ...decision.text.details.map((line) => h('p', { class: 'detail' }, line)),
    trace,
  );
}

// ── Start-up ────────────────────────────────────────────────────────────────────────────────────

const editor = new EditorView({
  parent: element('#editor'),
  doc: pretty(marketplaceStandard),
  extensions: [basicSetup, json(), lintGutter(), linter(analyse, { delay: 400 }), EditorView.lineWrapping],
});

element<HTMLSelectElement>('#built-in').addEventListener('change', (event) => {
  const id = (event.target as HTMLSelectElement).value;
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: pretty(BUILT_IN[id]) } });
});
element<HTMLTextAreaElement>('#case').value = pretty(DEFAULT_CASE);
element('#decide').addEventListener('click', decideCase);
element('#case-locale').addEventListener('change', decideCase);

/** For tests and the console: the editor, so a script can edit the rule set as a user would. */
(globalThis as { playground?: unknown }).playground = { editor };
