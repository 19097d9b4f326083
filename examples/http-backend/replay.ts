/**
 * Replays stored returns against a new rule-set version: every case in the audit log is decided
 * again by the rule set that decided it (looked up by digest, so the comparison is like with like)
 * and by the new one, and `diffDecisions` reports the cases whose outcome, winning rule or amounts
 * would change.
 *
 *   npx tsx examples/http-backend/replay.ts audit.db rules/my-shop-next.json
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEvaluator, loadRuleSet } from 'return-liability';
import { diffDecisions, snapshotDecisions, type CaseDiff } from 'return-liability/testing';
import { openAuditLog, readDecisions, readRuleSetDocument, type AuditDatabase } from './audit.js';

export interface ReplayReport {
  /** The new rule set. */
  ruleSet: { id: string; version: string; digest: string };
  /** Stored decisions replayed. */
  replayed: number;
  /** The stored decisions that would now be decided differently, by audit row (the same case may have been posted twice). */
  changed: Array<Omit<CaseDiff, 'caseId'> & { auditId: number; caseId: string | null; decidedWith: string }>;
}

export function replay(db: AuditDatabase, nextDocument: unknown): ReplayReport {
  const next = createEvaluator(loadRuleSet(nextDocument));
  const records = readDecisions(db);
  const byDigest = new Map<string, typeof records>();
  for (const record of records) byDigest.set(record.ruleSetDigest, [...(byDigest.get(record.ruleSetDigest) ?? []), record]);

  const changed: ReplayReport['changed'] = [];
  for (const [digest, group] of byDigest) {
    const previous = loadRuleSet(readRuleSetDocument(db, digest));
    if (previous.digest !== digest) throw new Error(`the stored rule set ${digest} no longer has that digest`);
    const cases = Object.fromEntries(group.map((record) => [`audit-${record.id}`, record.input]));
    const diffs = diffDecisions(snapshotDecisions(createEvaluator(previous), cases), snapshotDecisions(next, cases));
    for (const diff of diffs) {
      const record = group.find((r) => `audit-${r.id}` === diff.caseId);
      if (record === undefined) continue;
      changed.push({ kinds: diff.kinds, changes: diff.changes, auditId: record.id, caseId: record.caseId, decidedWith: `${previous.id}@${previous.version}` });
    }
  }
  changed.sort((a, b) => a.auditId - b.auditId);
  const ruleSet = next.ruleSet;
  return { ruleSet: { id: ruleSet.id, version: ruleSet.version, digest: ruleSet.digest }, replayed: records.length, changed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [database, rules] = process.argv.slice(2);
  if (database === undefined || rules === undefined) {
    console.error('usage: replay.ts <audit.db> <next-rules.json>');
    process.exit(2);
  }
  const report = replay(openAuditLog(database), JSON.parse(readFileSync(rules, 'utf8')));
  console.log(`replayed ${report.replayed} stored decisions against ${report.ruleSet.id}@${report.ruleSet.version}: ${report.changed.length} would change`);
  for (const diff of report.changed) {
    console.log(`  audit #${diff.auditId} (${diff.caseId ?? 'no id'}, decided with ${diff.decidedWith}):`);
    for (const change of diff.changes) console.log(`    ${change.field}: ${String(change.before)} → ${String(change.after)}`);
  }
}
