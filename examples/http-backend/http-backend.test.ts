/**
 * The after-sales back end end to end: a real HTTP server on a free port, real POSTs, the SQLite
 * audit log read back through a second connection, and a replay against a new rule-set version.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvaluator, loadRuleSet, type ParcelDecision } from 'return-liability';
import { aReturnParcel } from 'return-liability/testing';
import { openAuditLog, type AuditDatabase } from './audit.js';
import { replay } from './replay.js';
import { createAfterSalesServer } from './server.js';

const document = JSON.parse(readFileSync(new URL('../../rules/marketplace-standard.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Version 1.1.0: the buyer's own reasons are now split half and half with the seller. */
function nextVersion(): unknown {
  const next = structuredClone(document) as { version: string; rules: Array<{ name: string; event: { params: Record<string, unknown> } }> };
  next.version = '1.1.0';
  for (const rule of next.rules) if (rule.name === 'buyer-reasons') rule.event.params['shares'] = { buyer: 50, seller: 50 };
  return next;
}

const defectOnly = aReturnParcel({ id: 'RMA-1', items: [{ id: 'kettle', reason: 'quality_defect', findings: { qualityDefect: true }, item: { category: 'kitchen', price: { amount: 4000, currency: 'USD' } } }] });
const mixed = aReturnParcel({ id: 'RMA-2' });
const changedMind = aReturnParcel({ id: 'RMA-3', items: [{ id: 'mugs', reason: 'changed_mind', item: { category: 'kitchen', price: { amount: 1000, currency: 'USD' } } }] });

describe('after-sales back end (node:http + better-sqlite3)', () => {
  let directory = '';
  let db: AuditDatabase;
  let server: Server;
  let origin = '';

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'return-liability-audit-'));
    db = openAuditLog(join(directory, 'audit.db'));
    server = createAfterSalesServer({ db, rules: document, locale: 'en' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    db.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const post = (body: unknown, path = '/returns') =>
    fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('decides a POSTed parcel and records it with the rule set that decided it', async () => {
    const response = await post(mixed);
    expect(response.status).toBe(201);
    const { auditId, decision } = (await response.json()) as { auditId: number; decision: ParcelDecision };
    expect(decision).toEqual(JSON.parse(JSON.stringify(createEvaluator(loadRuleSet(document)).decideParcel(mixed, { locale: 'en' }))));

    // Read back through a separate connection, as an auditor would.
    const reader = new Database(join(directory, 'audit.db'), { readonly: true });
    const row = reader.prepare('SELECT * FROM decisions WHERE id = ?').get(auditId) as Record<string, string>;
    const stored = reader.prepare('SELECT id, version, document FROM rule_sets WHERE digest = ?').get(row['rule_set_digest']) as Record<string, string>;
    reader.close();
    expect(row).toMatchObject({ case_id: 'RMA-2', rule_set_id: 'marketplace-standard', rule_set_version: (document as { version: string }).version, rule_set_digest: loadRuleSet(document).digest });
    expect(JSON.parse(row['input'] ?? '')).toEqual(mixed);
    expect(JSON.parse(row['decision'] ?? '')).toEqual(decision);
    expect(loadRuleSet(JSON.parse(stored['document'] ?? '')).digest).toBe(row['rule_set_digest']);
  });

  it('refuses bad input with the JSON path and records nothing', async () => {
    const count = () => (db.prepare('SELECT count(*) AS n FROM decisions').get() as { n: number }).n;
    const before = count();
    const invalid = await post({ ...changedMind, costs: { returnShipping: { amount: 1.5, currency: 'USD' } } });
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { error: { code: string; issues: Array<{ path: unknown[] }> } };
    expect(body.error.code).toBe('invalid_case');
    expect(body.error.issues.map((issue) => issue.path)).toContainEqual(['costs', 'returnShipping', 'amount']);
    expect((await post('{"id": ')).status).toBe(400);
    expect((await fetch(`${origin}/returns`)).status).toBe(405);
    expect((await post(mixed, '/elsewhere')).status).toBe(404);
    expect(count()).toBe(before);
  });

  it('replays the stored cases against a new version and reports exactly the ones that change', async () => {
    for (const parcel of [defectOnly, changedMind]) expect((await post(parcel)).status).toBe(201);
    const next = nextVersion();
    const report = replay(db, next);
    expect(report.ruleSet).toMatchObject({ id: 'marketplace-standard', version: '1.1.0' });
    expect(report.replayed).toBe(3);

    // Only the changed-mind parcel changes: the defect-only one is the seller's either way, and in
    // the mixed one the defective kettle makes the seller carry the whole label (seller_fault_carries).
    const nextEvaluator = createEvaluator(loadRuleSet(next));
    const current = createEvaluator(loadRuleSet(document));
    const differs = [mixed, defectOnly, changedMind].filter((parcel) => JSON.stringify(current.decideParcel(parcel).totals) !== JSON.stringify(nextEvaluator.decideParcel(parcel).totals));
    expect(differs.map((parcel) => parcel.id)).toEqual(['RMA-3']);
    expect(report.changed.map((diff) => diff.caseId)).toEqual(['RMA-3']);
    const rma3 = report.changed.find((diff) => diff.caseId === 'RMA-3');
    const buyer = rma3?.changes.find((change) => change.field === 'totals.buyer');
    expect(buyer).toEqual({
      field: 'totals.buyer',
      before: createEvaluator(loadRuleSet(document)).decideParcel(changedMind).totals.buyer?.amount,
      after: nextEvaluator.decideParcel(changedMind).totals.buyer?.amount,
    });
    expect(rma3?.decidedWith).toBe(`marketplace-standard@${(document as { version: string }).version}`);
  });
});
