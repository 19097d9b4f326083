/**
 * The audit log of an after-sales back end: every decision, with the case it decided and the rule
 * set (id, version, sha-256 digest) that decided it, in SQLite through better-sqlite3. The rule-set
 * documents themselves are kept by digest, so that a stored decision can always be reproduced.
 */
import Database from 'better-sqlite3';
import type { ParcelDecision, RuleSet } from 'return-liability';

export type AuditDatabase = Database.Database;

/** A stored decision, as `replay` reads it back. */
export interface AuditRecord {
  id: number;
  caseId: string | null;
  decidedAt: string;
  ruleSetId: string;
  ruleSetVersion: string;
  ruleSetDigest: string;
  input: unknown;
  decision: ParcelDecision;
}

/** Opens (or creates) the audit database at `path` (`:memory:` for tests). */
export function openAuditLog(path: string): AuditDatabase {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS rule_sets (
      digest   TEXT PRIMARY KEY,
      id       TEXT NOT NULL,
      version  TEXT NOT NULL,
      document TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS decisions (
      id               INTEGER PRIMARY KEY AUTOINCREMENT,
      case_id          TEXT,
      decided_at       TEXT NOT NULL,
      rule_set_id      TEXT NOT NULL,
      rule_set_version TEXT NOT NULL,
      rule_set_digest  TEXT NOT NULL REFERENCES rule_sets (digest),
      input            TEXT NOT NULL,
      decision         TEXT NOT NULL
    );
  `);
  return db;
}

/** Records the rule-set document a decision was made with (once per digest). */
export function recordRuleSet(db: AuditDatabase, ruleSet: RuleSet, document: unknown): void {
  db.prepare('INSERT OR IGNORE INTO rule_sets (digest, id, version, document) VALUES (?, ?, ?, ?)').run(ruleSet.digest, ruleSet.id, ruleSet.version, JSON.stringify(document));
}

/** Records one decision; returns its row id. */
export function recordDecision(db: AuditDatabase, input: unknown, decision: ParcelDecision, decidedAt = new Date()): number {
  const result = db
    .prepare('INSERT INTO decisions (case_id, decided_at, rule_set_id, rule_set_version, rule_set_digest, input, decision) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(decision.caseId ?? null, decidedAt.toISOString(), decision.ruleSet.id, decision.ruleSet.version, decision.ruleSet.digest, JSON.stringify(input), JSON.stringify(decision));
  return Number(result.lastInsertRowid);
}

interface Row {
  id: number;
  case_id: string | null;
  decided_at: string;
  rule_set_id: string;
  rule_set_version: string;
  rule_set_digest: string;
  input: string;
  decision: string;
}

/** Every stored decision, oldest first. */
export function readDecisions(db: AuditDatabase): AuditRecord[] {
  return (db.prepare('SELECT * FROM decisions ORDER BY id').all() as Row[]).map((row) => ({
    id: row.id,
    caseId: row.case_id,
    decidedAt: row.decided_at,
    ruleSetId: row.rule_set_id,
    ruleSetVersion: row.rule_set_version,
    ruleSetDigest: row.rule_set_digest,
    input: JSON.parse(row.input) as unknown,
    decision: JSON.parse(row.decision) as ParcelDecision,
  }));
}

/** The rule-set document stored under `digest`. */
export function readRuleSetDocument(db: AuditDatabase, digest: string): unknown {
  const row = db.prepare('SELECT document FROM rule_sets WHERE digest = ?').get(digest) as { document: string } | undefined;
  if (row === undefined) throw new Error(`the audit log has no rule set with digest ${digest}`);
  return JSON.parse(row.document) as unknown;
}
