import { readFileSync } from 'node:fs';
import { parseReturnCase } from '../src/case/parse.js';
import { toFacts } from '../src/case/facts.js';
import { weekendCalendar } from '../src/case/windows.js';
import { marketplaceStandard as rs } from '../src/rules.js';
import { allocate } from '../src/decide/allocate-lines.js';
import { buildEngine, referencedFacts, runEngine } from '../src/decide/engine.js';
import { decisionText } from '../src/text/decision-text.js';
const inputs = ['01-quality-defect', '03-changed-mind', '06-guarantee-limit-below-cost', '08-remorse-past-window'].map(n => JSON.parse(readFileSync(`examples/cases/${n}.json`,'utf8')));
const engine = buildEngine(rs); const names = referencedFacts(rs);
const acc = { parse: 0, facts: 0, engine: 0, alloc: 0, text: 0 };
const N = 40000;
for (let i = 0; i < N + 5000; i++) {
  const input = inputs[i % 4];
  const t0 = performance.now();
  const c = parseReturnCase(input);
  const t1 = performance.now();
  const f = toFacts(c, rs.windows, weekendCalendar);
  const t2 = performance.now();
  const { matched } = await runEngine(engine, rs, f, names);
  const t3 = performance.now();
  const rule = rs.rules[Math.min(...matched)]!;
  const al = rule.event.type === 'liability' ? allocate(c, rule.event.params) : undefined;
  const t4 = performance.now();
  decisionText({ ruleSet: rs, rule, returnCase: c, daysSinceDelivery: f.daysSinceDelivery, allocation: al, locale: 'en' });
  const t5 = performance.now();
  if (i >= 5000) { acc.parse += t1 - t0; acc.facts += t2 - t1; acc.engine += t3 - t2; acc.alloc += t4 - t3; acc.text += t5 - t4; }
}
for (const [k, v] of Object.entries(acc)) console.log(k, (v * 1000 / N).toFixed(1), 'µs');
