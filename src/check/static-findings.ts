import { WINDOW_FACT_PREFIX } from '../facts/table.js';
import type { RuleSet } from '../rule-set/load.js';
import { leavesOf } from '../conditions/grammar.js';
import type { FactLookup } from '../facts/scope.js';
import { isProducible } from './fact-space.js';
import type { CheckFinding } from './types.js';

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 7 → 七, 15 → 十五, 30 → 三十 (1–99), the way Chinese policy texts usually write day counts. */
function chineseNumeral(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return CHINESE_DIGITS[ones];
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${CHINESE_DIGITS[ones]}`;
}

/** Does a text state the number `n` (as digits not part of a longer number, or in Chinese)? */
function mentionsNumber(text: string, n: number): boolean {
  if (new RegExp(`(?<!\\d)${n}(?!\\d)`).test(text)) return true;
  const chinese = chineseNumeral(n);
  return chinese !== undefined && text.includes(chinese);
}

/**
 * Findings that need no cases: unused windows, disclosures that are blank, untranslated or never
 * state a window's length, rules silent about the outbound delivery, condition values no case has.
 */
export function staticFindings(ruleSet: RuleSet, facts: FactLookup): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const warn = (code: string, message: string, rules?: string[]) =>
    findings.push(rules === undefined ? { severity: 'warning', code, message } : { severity: 'warning', code, message, rules });

  const rulesByWindow = new Map<string, string[]>();
  for (const rule of ruleSet.rules) {
    for (const name of ruleSet.windowsByRule[rule.name] ?? []) {
      const list = rulesByWindow.get(name) ?? [];
      list.push(rule.name);
      rulesByWindow.set(name, list);
    }
  }

  for (const [name, window] of Object.entries(ruleSet.windows)) {
    const users = rulesByWindow.get(name);
    if (users === undefined) {
      warn('unused_window', `Window "${name}" is declared but no rule tests ${WINDOW_FACT_PREFIX}${name}; remove it or use it in a rule.`);
      continue;
    }
    // A deadline the buyer is held to belongs in the policy shown before purchase.
    if (window.months !== undefined && window.months > 0) continue;
    const days = window.days ?? 0;
    for (const locale of ruleSet.locales) {
      const stated = ruleSet.rules.some((rule) => users.includes(rule.name) && mentionsNumber(rule.event.params.disclosure[locale] ?? '', days));
      if (!stated) {
        warn('undisclosed_window', `No "${locale}" disclosure of the rules testing window "${name}" states its length (${days} days); buyers should learn the deadline before they buy.`, users);
      }
    }
  }

  for (const rule of ruleSet.rules) {
    const { disclosure } = rule.event.params;
    for (const locale of ruleSet.locales) {
      const text = disclosure[locale];
      if (text === undefined || text.trim() === '') {
        warn('missing_disclosure', `Rule "${rule.name}" has no "${locale}" disclosure; the policy shown before purchase would say nothing about this case.`, [rule.name]);
      }
    }
    const seen = new Map<string, string>();
    for (const locale of ruleSet.locales) {
      const text = disclosure[locale]?.trim();
      if (text === undefined || text === '') continue;
      const same = seen.get(text);
      if (same !== undefined) {
        warn('untranslated_text', `Rule "${rule.name}": the "${locale}" disclosure is the same as the "${same}" one; translate it.`, [rule.name]);
      } else {
        seen.set(text, locale);
      }
    }
    if (rule.event.type === 'liability' && rule.event.params.outbound === undefined) {
      warn('outbound_not_decided', `Rule "${rule.name}" does not say who bears the original delivery ("outbound"); cases with costs.outboundShipping get no outbound line and a warning.`, [rule.name]);
    }
    for (const leaf of leavesOf(rule.conditions)) {
      const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
      const bad = values.filter((v) => !isProducible(facts, leaf.fact, v));
      if (bad.length > 0) {
        warn('impossible_value', `Rule "${rule.name}" compares ${leaf.fact} with ${bad.map((v) => JSON.stringify(v)).join(', ')}, which no valid case has${leaf.fact === 'jurisdiction' ? ' (jurisdictions are two capital letters, e.g. "DE")' : ''}.`, [rule.name]);
      }
    }
  }
  return findings;
}
