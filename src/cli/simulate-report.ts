/** Text and HTML renderings of a simulation summary (the JSON rendering is the summary itself). */
import { currencyDigits, PARTIES } from '../money/money.js';
import type { ResultJson, SummaryJson, TopCase } from './simulate-summary.js';

const SHOWN_INVALID_LINES = 5;

/** Minor units as a decimal amount in the currency's digits: 123456 USD → "1234.56", -5 → "-0.05". */
export function decimal(value: number | string, currency: string): string {
  const units = BigInt(value);
  const negative = units < 0n;
  const digits = currencyDigits(currency) ?? 2;
  const text = (negative ? -units : units).toString().padStart(digits + 1, '0');
  return `${negative ? '-' : ''}${digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`}`;
}

const signed = (value: number | string, currency: string) => (BigInt(value) > 0n ? `+${decimal(value, currency)}` : decimal(value, currency));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const payerList = (payers: readonly string[]) => (payers.length > 0 ? ` [${payers.join('+')}]` : '');
const describe = (r: ResultJson) => `${r.outcome} ${r.code}${payerList(r.payers)}`;
const partyOrder = (party: string) => (PARTIES as readonly string[]).indexOf(party);

/** The cases with the most money moved, over all currencies, each currency's list kept in order. */
function topCases(summary: SummaryJson): Array<[string, TopCase]> {
  return Object.entries(summary.changed?.top ?? {}).flatMap(([currency, list]) => list.map((entry): [string, TopCase] => [currency, entry]));
}

export function summaryText(summary: SummaryJson): string {
  const { parcels } = summary;
  const ofWhich = parcels.count === 0 ? '' : ` (${plural(parcels.count, 'parcel', 'parcels')} of ${plural(parcels.items, 'item', 'items')})`;
  const out = [`${summary.file}: ${summary.casesRead} cases read${ofWhich}, ${summary.invalid.count} invalid ${summary.invalid.count === 1 ? 'line' : 'lines'} skipped`];
  const shown = summary.invalid.first.slice(0, SHOWN_INVALID_LINES);
  for (const { line, errors } of shown) for (const error of errors) out.push(`  line ${line}: ${error}`);
  if (summary.invalid.count > shown.length) out.push(`  … and ${summary.invalid.count - shown.length} more invalid lines`);
  for (const ruleSet of summary.ruleSets) {
    out.push('', `${ruleSet.id} ${ruleSet.version}`, '  outcomes:');
    for (const [outcome, count] of Object.entries(ruleSet.outcomes)) out.push(`    ${outcome.padEnd(24)} ${count}`);
    out.push('  codes:');
    for (const [code, count] of Object.entries(ruleSet.codes)) out.push(`    ${code.padEnd(24)} ${count}`);
    out.push('  totals:');
    for (const [currency, byParty] of Object.entries(ruleSet.totals)) {
      out.push(`    ${currency}  ${Object.entries(byParty).map(([party, units]) => `${party} ${decimal(units, currency)}`).join(', ')}`);
    }
  }
  const changed = summary.changed;
  if (changed !== undefined) {
    const kinds = Object.entries(changed.kinds).map(([kind, n]) => `${kind} ${n}`).join(', ');
    out.push('', `changed: ${plural(changed.count, 'case', 'cases')} (${kinds})`, '  money (before → after, delta):');
    for (const [currency, byParty] of Object.entries(changed.money)) {
      for (const [party, m] of Object.entries(byParty)) out.push(`    ${currency} ${party.padEnd(9)} ${decimal(m.before, currency)} → ${decimal(m.after, currency)}  ${signed(m.delta, currency)}`);
    }
    for (const [currency, m] of Object.entries(changed.refund)) out.push(`    ${currency} refund    ${decimal(m.before, currency)} → ${decimal(m.after, currency)}  ${signed(m.delta, currency)}`);
    for (const [title, groups] of [['by reason', changed.byReason], ['by rule code', changed.byCode]] as const) {
      if (Object.keys(groups).length === 0) continue;
      out.push(`  delta ${title}:`);
      for (const [key, byCurrency] of Object.entries(groups)) {
        const parts = Object.entries(byCurrency).flatMap(([currency, byParty]) => Object.entries(byParty).map(([party, units]) => `${party} ${signed(units, currency)} ${currency}`));
        out.push(`    ${key.padEnd(24)} ${parts.join(', ')}`);
      }
    }
    const cases = topCases(summary);
    if (cases.length > 0) out.push(`  top ${summary.top} cases by money moved, per currency:`);
    for (const [currency, entry] of cases) {
      const moved = currency === '(none)' ? 'no money' : `${decimal(entry.moved, currency)} ${currency}`;
      out.push(`    line ${entry.line}${entry.caseId === undefined ? '' : ` (${entry.caseId})`}: ${moved} moved; ${describe(entry.before)} → ${describe(entry.after)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface Bar {
  label: string;
  value: number;
  text: string;
  /** Bars of one group (a currency) share a scale; amounts of different currencies are never drawn to one scale. */
  group?: string;
}

/** A horizontal bar chart as inline SVG; negative values extend left of the axis. */
function barChart(title: string, bars: readonly Bar[], id: string): string {
  const width = 640;
  const labelWidth = 200;
  const rowHeight = 24;
  const height = Math.max(1, bars.length) * rowHeight + 30;
  const maxOf = new Map<string, number>();
  for (const b of bars) maxOf.set(b.group ?? '', Math.max(maxOf.get(b.group ?? '') ?? 1, Math.abs(b.value)));
  const hasNegative = bars.some((b) => b.value < 0);
  const plot = width - labelWidth - 120;
  const zero = labelWidth + (hasNegative ? plot / 2 : 0);
  const half = hasNegative ? plot / 2 : plot;
  const rows = bars.map((bar, index) => {
    const y = 24 + index * rowHeight;
    const length = (Math.abs(bar.value) * half) / (maxOf.get(bar.group ?? '') ?? 1);
    const x = bar.value < 0 ? zero - length : zero;
    return `<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(bar.label)}</text><rect class="${bar.value < 0 ? 'neg' : 'pos'}" x="${x.toFixed(1)}" y="${y + 2}" width="${Math.max(1, length).toFixed(1)}" height="${rowHeight - 6}"><title>${escapeHtml(`${bar.label}: ${bar.text}`)}</title></rect><text x="${(bar.value < 0 ? zero + 4 : zero + length + 4).toFixed(1)}" y="${y + 14}">${escapeHtml(bar.text)}</text>`;
  });
  const empty = bars.length === 0 ? `<text x="${labelWidth}" y="40">no data</text>` : '';
  return `<figure><figcaption>${escapeHtml(title)}${bars.some((b) => b.group !== undefined) ? ' (each currency to its own scale)' : ''}</figcaption><svg id="${id}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><line x1="${zero}" y1="20" x2="${zero}" y2="${height - 4}" stroke="#555"/>${rows.join('')}${empty}</svg></figure>`;
}

/**
 * One self-contained HTML page: inline SVG charts (money moved per party, per reason, the outcome
 * mix before and after) and the table of the top changed cases. No scripts, no external resources;
 * every value from the input is escaped.
 */
export function summaryHtml(summary: SummaryJson): string {
  const changed = summary.changed;
  const partyBars: Bar[] = Object.entries(changed?.money ?? {}).flatMap(([currency, byParty]) =>
    Object.entries(byParty).sort(([a], [b]) => partyOrder(a) - partyOrder(b)).map(([party, m]) => ({ label: `${party} (${currency})`, value: Number(m.delta), text: `${signed(m.delta, currency)} ${currency}`, group: currency })),
  );
  const reasonBars: Bar[] = Object.entries(changed?.byReason ?? {}).flatMap(([reason, byCurrency]) =>
    Object.entries(byCurrency).map(([currency, byParty]) => {
      // Money moved under a reason: what the parties who pay more now pay more (the others pay that less).
      const moved = Object.values(byParty).reduce<bigint>((sum, units) => sum + (BigInt(units) > 0n ? BigInt(units) : 0n), 0n);
      return { label: `${reason} (${currency})`, value: Number(moved), text: `${decimal(moved.toString(), currency)} ${currency}`, group: currency };
    }),
  );
  const outcomes = [...new Set(summary.ruleSets.flatMap((r) => Object.keys(r.outcomes)))].sort();
  const mixBars: Bar[] = outcomes.flatMap((outcome) => summary.ruleSets.map((r, index) => ({ label: `${outcome} · ${index === 0 ? 'before' : 'after'}`, value: r.outcomes[outcome] ?? 0, text: String(r.outcomes[outcome] ?? 0) })));
  const rows = topCases(summary).map(([currency, entry]) => `<tr><td>${entry.line}</td><td>${escapeHtml(entry.caseId ?? '')}</td><td>${escapeHtml(entry.reason)}</td><td class="num">${escapeHtml(currency === '(none)' ? '—' : `${decimal(entry.moved, currency)} ${currency}`)}</td><td>${escapeHtml(describe(entry.before))}</td><td>${escapeHtml(describe(entry.after))}</td><td>${escapeHtml([...new Set(entry.changes.map((c) => c.kind))].join(', '))}</td></tr>`);
  const ruleSets = summary.ruleSets.map((r) => `${r.id} ${r.version}`).join(' → ');
  const title = `Simulation of ${summary.file}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#222}svg text{font:12px system-ui,sans-serif}rect.pos{fill:#c0392b}rect.neg{fill:#2e86c1}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}td.num{text-align:right}figure{margin:1rem 0}figcaption{font-weight:600}</style>
</head><body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(ruleSets)} · ${summary.casesRead} cases read · ${summary.invalid.count} invalid lines${changed === undefined ? '' : ` · ${changed.count} changed`}</p>
${changed === undefined ? '' : `<p>Changes by kind: ${escapeHtml(Object.entries(changed.kinds).map(([k, n]) => `${k} ${n}`).join(', '))}</p>`}
${barChart('Money moved per party (after − before)', partyBars, 'chart-parties')}
${barChart('Money moved per reason', reasonBars, 'chart-reasons')}
${barChart('Outcome mix, before and after', mixBars, 'chart-outcomes')}
<h2>Top changed cases</h2>
<table id="top-cases"><thead><tr><th>line</th><th>case</th><th>reason</th><th>moved</th><th>before</th><th>after</th><th>changes</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
</body></html>
`;
}
