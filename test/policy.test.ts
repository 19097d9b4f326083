/**
 * describePolicy and its renderers: every built-in rule set in both locales (snapshots, read them),
 * every rule disclosed once in the section a buyer would look in, window lengths, locales, escaping.
 */
import { citationIn } from '../src/rule-set/citation.js';
import { describe, expect, it } from 'vitest';
import { ReturnLiabilityError, RuleSetError } from '../src/errors.js';
import { createEvaluator } from '../src/index.js';
import { describePolicy, type PolicyDocument } from '../src/policy/describe.js';
import { policyToHtml, policyToMarkdown, policyToText } from '../src/policy/render.js';
import * as policyEntry from '../src/policy.js';
import { isRuleSet, loadRuleSet, type RuleSet } from '../src/rule-set/load.js';
import * as builtIns from '../src/rules.js';
import { alwaysRule, liabilityParams, ruleSetDocument, thrown, type Json } from './helpers.js';

/** Every rule set `src/rules.ts` exports, so rule sets added there are covered here too. */
const ruleSets = Object.entries(builtIns).filter((entry): entry is [string, RuleSet] => isRuleSet(entry[1]));
const LOCALES = ['en', 'zh-CN'] as const;

const disclosure = (en: string, zh = `${en}（中文）`) => ({ en, 'zh-CN': zh });

function rule(name: string, priority: number, conditions: Json, event: Json): Json {
  return { name, priority, conditions, event };
}

const liability = (shares: Json, text: string) => ({ type: 'liability', params: liabilityParams({ shares, disclosure: disclosure(text) }) });
const notReturnable = (text: string) => ({
  type: 'not_returnable',
  params: { code: 'not_returnable', text: disclosure('No.'), disclosure: disclosure(text) },
});
const fact = (name: string, operator: string, value: unknown) => ({ fact: name, operator, value });

/** One rule for each way a buyer looks at a policy. */
const sorted = loadRuleSet(
  ruleSetDocument({
    windows: { remorse: { days: 14, extendPastHolidays: true }, guarantee: { months: 24 }, both: { days: 14, months: 12 }, unused: { days: 3 } },
    rules: [
      rule('past-remorse', 300, { all: [fact('reason', 'equal', 'changed_mind'), fact('window.remorse', 'equal', false)] }, notReturnable('Change your mind within 14 days.')),
      // "not inside the window" written with `not`: still a time limit.
      rule('past-guarantee', 290, { not: { all: [fact('window.guarantee', 'equal', true)] } }, notReturnable('Faults must show within 24 months.')),
      rule('custom-made', 280, { all: [fact('itemTags', 'contains', 'custom_made')] }, notReturnable('Custom-made items cannot be returned.')),
      rule('fault', 200, { any: [fact('qualityDefect', 'equal', true), fact('window.both', 'equal', true)] }, liability({ seller: 100 }, 'Faults: the seller pays.')),
      rule('free-returns', 150, { all: [fact('sellerFreeReturns', 'equal', true)] }, liability({ seller: 100 }, 'Free returns: the seller pays.')),
      rule('guarantee', 140, { all: [fact('coverageKind', 'in', ['return_guarantee'])] }, liability({ buyer: 100 }, 'A guarantee may pay.')),
      rule('platform-pays', 130, { all: [fact('damagedInTransit', 'equal', true)] }, liability({ platform: 100 }, 'Transit damage: the platform pays.')),
      rule('no-promise', 120, { all: [fact('sellerFreeReturns', 'equal', false), fact('reason', 'equal', 'does_not_fit')] }, liability({ buyer: 100 }, 'Does not fit: you pay.')),
      rule('shared', 110, { all: [fact('reason', 'equal', 'late_delivery')] }, liability({ seller: 50, buyer: 50 }, 'Late: you share the cost.')),
      alwaysRule('fallback', 1, { shares: { buyer: 100 }, citation: 'Shop terms §4', disclosure: disclosure('Otherwise you pay.') }),
    ],
  }),
);

const textsOf = (doc: PolicyDocument) => Object.fromEntries(doc.sections.map((section) => [section.kind, section.items.map((item) => item.text)]));

describe('describePolicy on the built-in rule sets', () => {
  it('covers every rule set src/rules.ts exports', () => {
    expect(ruleSets.map(([, ruleSet]) => ruleSet.id)).toContain('marketplace-standard');
  });

  describe.each(ruleSets)('%s', (name, ruleSet) => {
    // Every locale the set declares (marketplace-standard: five), each with its own snapshot.
    it.each(ruleSet.locales)('reads as policy text in %s', (locale) => {
      const doc = describePolicy(ruleSet, { locale });
      expect(doc.locale).toBe(locale);
      expect(policyToText(doc)).toMatchSnapshot();
    });

    it.each(ruleSet.locales)('discloses every rule exactly once, with its own disclosure and citation (%s)', (locale) => {
      // Generated lines carry a window (time limits), an `about` (fees and caps) or no rule (the parcel line).
      const items = describePolicy(ruleSet, { locale })
        .sections.flatMap((section) => section.items)
        .filter((item) => item.window === undefined && item.about === undefined && item.rule !== undefined);
      expect(items.map((item) => item.rule)).toEqual(expect.arrayContaining(ruleSet.rules.map((r) => r.name)));
      expect(items).toHaveLength(ruleSet.rules.length);
      for (const r of ruleSet.rules) {
        const item = items.find((candidate) => candidate.rule === r.name);
        expect(item?.text).toBe(r.event.params.disclosure[locale]);
        expect(item?.citation).toBe(citationIn(r.event.params.citation, locale));
      }
    });

    it('has a seller-pays section, a you-pay section where a rule has the buyer pay, and a time-limit line per window in use', () => {
      const doc = describePolicy(ruleSet);
      const kinds = doc.sections.map((section) => section.kind);
      // A rule set in which the buyer never pays (Brazil's withdrawal is at the supplier's cost; Australia gives no change-of-mind return) has no you-pay section.
      const buyerPays = ruleSet.rules.some((rule) => rule.event.type === 'liability' && (rule.event.params.shares.buyer ?? 0) > 0);
      expect(kinds).toEqual(expect.arrayContaining(buyerPays ? ['seller_pays', 'buyer_pays'] : ['seller_pays']));
      expect(kinds.includes('buyer_pays')).toBe(buyerPays);
      const used = new Set(Object.values(ruleSet.windowsByRule).flat());
      const windowLines = doc.sections.find((section) => section.kind === 'time_limits')?.items.filter((item) => item.window !== undefined) ?? [];
      expect(windowLines.map((item) => item.window)).toEqual(Object.keys(ruleSet.windows).filter((window) => used.has(window)));
    });
  });

  it('names the rule set it was built from', () => {
    const { ruleSet } = describePolicy(builtIns.marketplaceStandard);
    expect(ruleSet).toEqual({ id: 'marketplace-standard', version: builtIns.marketplaceStandard.version, digest: builtIns.marketplaceStandard.digest });
  });
});

describe('describePolicy sections', () => {
  const doc = describePolicy(sorted);

  it('sorts each rule into the section a buyer would look in, in section order, keeping rule order', () => {
    expect(doc.sections.map((section) => [section.kind, section.heading])).toEqual([
      ['seller_pays', 'When the seller pays'],
      ['buyer_pays', 'When you pay'],
      ['agreements', 'Agreements and guarantees'],
      ['not_returnable', 'What cannot be returned'],
      ['several_items', 'Returning several items together'],
      ['time_limits', 'Time limits'],
    ]);
    expect(textsOf(doc)).toEqual({
      seller_pays: ['Faults: the seller pays.'],
      // A rule that needs "no free-returns promise" is not an agreement; any buyer share means "you pay".
      buyer_pays: ['Does not fit: you pay.', 'Late: you share the cost.', 'Otherwise you pay.'],
      // Promises and coverage are agreements; so is a rule where only the platform pays.
      agreements: ['Free returns: the seller pays.', 'A guarantee may pay.', 'Transit damage: the platform pays.'],
      not_returnable: ['Custom-made items cannot be returned.'],
      // The rule set has no parcel section: the label is shared by value, the delivery pro rata.
      several_items: [
        'Several items returned in one parcel share one return label: its cost is shared in proportion to the price of each item. When only part of an order comes back, the original delivery counts in proportion to the value of the items returned.',
      ],
      time_limits: [
        'Change your mind within 14 days.',
        'Time limit of 14 days: counted from the day after delivery, ending at midnight on the last day, or on the next working day if the last day is a weekend or public holiday.',
        'Faults must show within 24 months.',
        'Time limit of 24 months: counted from the day after delivery, ending at midnight on the last day.',
        'Time limit of 12 months and 14 days: counted from the day after delivery, ending at midnight on the last day.',
      ],
    });
  });

  it('ties each time-limit line to its window and the rule that closes it (else the first rule using it)', () => {
    const limits = doc.sections.find((section) => section.kind === 'time_limits')?.items ?? [];
    expect(limits.map((item) => [item.rule, item.window])).toEqual([
      ['past-remorse', undefined],
      ['past-remorse', 'remorse'],
      ['past-guarantee', undefined],
      ['past-guarantee', 'guarantee'],
      ['fault', 'both'],
    ]);
  });

  it('writes window lengths in Chinese', () => {
    const limits = describePolicy(sorted, { locale: 'zh-CN' }).sections.find((section) => section.kind === 'time_limits')?.items ?? [];
    expect(limits.filter((item) => item.window !== undefined).map((item) => item.text)).toEqual([
      '14天期限：自收到商品的次日起算，至最后一日24时止；最后一日为周末或节假日的，顺延至其后第一个工作日。',
      '24个月期限：自收到商品的次日起算，至最后一日24时止。',
      '12个月零14天期限：自收到商品的次日起算，至最后一日24时止。',
    ]);
  });

  it('uses singular units for one day or one month', () => {
    const single = loadRuleSet(
      ruleSetDocument({
        windows: { day: { days: 1 }, month: { months: 1, days: 1 } },
        rules: [rule('late', 10, { all: [fact('window.day', 'equal', false), fact('window.month', 'equal', false)] }, notReturnable('Too late.')), alwaysRule('fallback', 1)],
      }),
    );
    const lines = describePolicy(single).sections.flatMap((section) => section.items).filter((item) => item.window !== undefined);
    expect(lines.map((item) => item.text.split(':')[0])).toEqual(['Time limit of 1 day', 'Time limit of 1 month and 1 day']);
  });

  it('leaves out empty sections', () => {
    const plain = loadRuleSet(ruleSetDocument({ rules: [alwaysRule('fallback', 1)] }));
    // The line on parcels is always there: every rule set shares a label somehow (by value unless it says otherwise).
    expect(describePolicy(plain).sections.map((section) => section.kind)).toEqual(['buyer_pays', 'several_items']);
  });
});

describe('describePolicy fees, caps and returnless rules', () => {
  const charged = loadRuleSet(
    ruleSetDocument({
      rules: [
        rule('keep-it', 400, { all: [fact('sellerFreeReturns', 'equal', true), fact('reason', 'equal', 'wrong_item')] }, {
          type: 'returnless',
          params: { code: 'keep_it', text: disclosure('Keep it.'), disclosure: disclosure('Wrong item: keep it, you get your money back.', '发错货：商品无需退回，直接退款。') },
        }),
        rule('fault', 300, { all: [fact('qualityDefect', 'equal', true)] }, {
          type: 'liability',
          params: liabilityParams({ code: 'fault', shares: { seller: 100 }, caps: { seller: { GBP: 500 } }, citation: 'Shop terms §2', disclosure: disclosure('Faults: the seller pays.', '质量问题：卖家承担。') }),
        }),
        rule('remorse', 200, { all: [fact('reason', 'equal', 'changed_mind')] }, {
          type: 'liability',
          params: liabilityParams({ code: 'remorse', shares: { buyer: 100 }, fees: { restocking: { percent: 15, max: { EUR: 1000 } } }, disclosure: disclosure('Change of mind: you pay.', '不想要了：由您承担。') }),
        }),
        rule('free-returns', 150, { all: [fact('sellerFreeReturns', 'equal', true)] }, {
          type: 'liability',
          params: liabilityParams({
            code: 'free_returns',
            shares: { seller: 100 },
            caps: { seller: { EUR: 600, GBP: 500 } },
            fees: { restocking: { percent: 12.5 } },
            disclosure: disclosure('Free returns: the seller pays.', '包邮退货：卖家承担。'),
          }),
        }),
        alwaysRule('fallback', 1, { disclosure: disclosure('Otherwise you pay.', '其他情形由您承担。') }),
      ],
    }),
  );

  it('adds a rule’s restocking fee and caps right after its disclosure, in its section (en)', () => {
    expect(textsOf(describePolicy(charged))).toMatchObject({
      seller_pays: ['Wrong item: keep it, you get your money back.', 'Faults: the seller pays.', 'The seller pays return shipping up to £5.00; you pay the rest.'],
      buyer_pays: ['Change of mind: you pay.', 'A restocking fee of 15% of the price applies (at most €10.00).', 'Otherwise you pay.'],
      agreements: [
        'Free returns: the seller pays.',
        'A restocking fee of 12.5% of the price applies.',
        'The seller pays return shipping up to €6.00 or £5.00; you pay the rest.',
      ],
    });
  });

  it('writes them in Chinese', () => {
    expect(textsOf(describePolicy(charged, { locale: 'zh-CN' }))).toMatchObject({
      seller_pays: ['发错货：商品无需退回，直接退款。', '质量问题：卖家承担。', '卖家承担退货运费，最高£5.00；其余由您承担。'],
      buyer_pays: ['不想要了：由您承担。', '退货时收取商品价格15%的重新上架费（最高€10.00）。', '其他情形由您承担。'],
      agreements: ['包邮退货：卖家承担。', '退货时收取商品价格12.5%的重新上架费。', '卖家承担退货运费，最高€6.00或£5.00；其余由您承担。'],
    });
  });

  it('marks generated lines with the rule, what they are about and the capped party; the citation stays on the disclosure', () => {
    const items = describePolicy(charged).sections.flatMap((section) => section.items).filter((item) => item.rule === 'fault' || item.rule === 'free-returns');
    expect(items).toEqual([
      { text: 'Faults: the seller pays.', citation: 'Shop terms §2', rule: 'fault' },
      { text: 'The seller pays return shipping up to £5.00; you pay the rest.', rule: 'fault', about: 'cap', party: 'seller' },
      { text: 'Free returns: the seller pays.', rule: 'free-returns' },
      { text: 'A restocking fee of 12.5% of the price applies.', rule: 'free-returns', about: 'restocking_fee' },
      { text: 'The seller pays return shipping up to €6.00 or £5.00; you pay the rest.', rule: 'free-returns', about: 'cap', party: 'seller' },
    ]);
    const html = policyToHtml(describePolicy(charged));
    expect(html).toContain('<li data-rule="fault">Faults: the seller pays. <small class="return-policy-basis">Basis: Shop terms §2</small></li>\n<li data-rule="fault">The seller pays return shipping up to £5.00; you pay the rest.</li>');
  });

  it('discloses a returnless rule under “the seller pays”, even when it needs a free-returns promise', () => {
    const doc = describePolicy(charged);
    expect(doc.sections.find((section) => section.kind === 'seller_pays')?.items[0]).toEqual({ text: 'Wrong item: keep it, you get your money back.', rule: 'keep-it' });
    expect(doc.sections.find((section) => section.kind === 'agreements')?.items.map((item) => item.rule)).not.toContain('keep-it');
  });

  /** One always-matching rule with the given shares and caps; the texts of its cap lines. */
  function capLines(shares: Json, caps: Json, locale = 'en') {
    const ruleSet = loadRuleSet(ruleSetDocument({ rules: [alwaysRule('capped', 1, { shares, caps })] }));
    return describePolicy(ruleSet, { locale })
      .sections.flatMap((section) => section.items)
      .filter((item) => item.about === 'cap')
      .map((item) => item.text);
  }

  it.each([
    ['the excess to the other payer', { seller: 60, platform: 40 }, { seller: { USD: 300 } }, ['The seller pays return shipping up to $3.00; the platform pays the rest.'], ['卖家承担退货运费，最高US$3.00；其余由平台承担。']],
    [
      'the excess to several payers, in party order',
      { seller: 50, platform: 25, buyer: 25 },
      { seller: { USD: 300 } },
      ['The seller pays return shipping up to $3.00; the platform and you pay the rest.'],
      ['卖家承担退货运费，最高US$3.00；其余由平台和您承担。'],
    ],
    [
      'caps on two parties, in party order',
      { platform: 50, seller: 50 },
      { platform: { USD: 200 }, seller: { USD: 300 } },
      ['The seller pays return shipping up to $3.00; the platform pays the rest.', 'The platform pays return shipping up to $2.00; the seller pays the rest.'],
      ['卖家承担退货运费，最高US$3.00；其余由平台承担。', '平台承担退货运费，最高US$2.00；其余由卖家承担。'],
    ],
    ['a cap on the buyer', { seller: 50, buyer: 50 }, { buyer: { USD: 200 } }, ['You pay return shipping up to $2.00; the seller pays the rest.'], ['您承担退货运费，最高US$2.00；其余由卖家承担。']],
    ['no line for a cap on a party that pays nothing', { buyer: 100 }, { seller: { USD: 200 } }, [], []],
    ['no line for a cap on the buyer when nobody else pays', { buyer: 100 }, { buyer: { USD: 200 } }, [], []],
  ])('words a cap with %s', (_label, shares, caps, en, zh) => {
    expect(capLines(shares, caps)).toEqual(en);
    expect(capLines(shares, caps, 'zh-CN')).toEqual(zh);
  });

  it('says nothing of a 0% restocking fee', () => {
    const free = loadRuleSet(ruleSetDocument({ rules: [alwaysRule('fallback', 1, { fees: { restocking: { percent: 0, max: { USD: 500 } } } })] }));
    expect(describePolicy(free).sections.flatMap((section) => section.items).some((item) => item.about !== undefined)).toBe(false);
  });
});

describe('describePolicy locales and input', () => {
  it.each([
    [undefined, 'en'],
    ['en', 'en'],
    ['EN-us', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['fr-FR', 'en'],
  ])('locale %s → %s', (requested, expected) => {
    const doc = describePolicy(builtIns.marketplaceStandard, requested === undefined ? {} : { locale: requested });
    expect(doc.locale).toBe(expected);
    expect(doc.title).toBe(builtIns.marketplaceStandard.title[expected]);
  });

  it('falls back to the rule set’s default locale when the rule set lacks the requested one', () => {
    const chineseOnly = loadRuleSet(
      ruleSetDocument({
        title: { 'zh-CN': '测试' },
        locales: ['zh-CN'],
        defaultLocale: 'zh-CN',
        rules: [alwaysRule('fallback', 1, { text: { 'zh-CN': '运费{returnShipping}。' }, disclosure: { 'zh-CN': '由您承担。' } })],
      }),
    );
    const doc = describePolicy(chineseOnly, { locale: 'en' });
    expect([doc.locale, doc.sections[0]?.heading]).toEqual(['zh-CN', '您承担运费的情形']);
  });

  it('rejects a non-string locale and non-object options', () => {
    const bad = thrown(() => describePolicy(builtIns.marketplaceStandard, { locale: 7 as unknown as string }));
    expect(ReturnLiabilityError.is(bad) && bad.code).toBe('invalid_option');
    expect((bad as Error).message).toMatchInlineSnapshot(`"options.locale must be a language tag such as "en" or "zh-CN", got number"`);
    expect(ReturnLiabilityError.is(thrown(() => describePolicy(builtIns.marketplaceStandard, null as never)))).toBe(true);
  });

  it.each([
    ['null', null],
    ['an empty object', {}],
    ['an object with empty rules', { rules: [] }],
    ['an id', 'marketplace-standard'],
    // A copy has every field of the real thing but was never validated: createEvaluator refuses it too.
    ['a copy of a loaded rule set', { ...builtIns.marketplaceStandard }],
    ['a rule-set document', JSON.parse(JSON.stringify(builtIns.marketplaceStandard))],
  ])('rejects %s as a rule set, as createEvaluator does', (_label, value) => {
    const error = thrown(() => describePolicy(value as unknown as RuleSet));
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).issues).toEqual([{ path: [], code: 'not_loaded', message: 'expected a rule set returned by loadRuleSet() or imported from return-liability/rules' }]);
    expect(thrown(() => createEvaluator(value as unknown as RuleSet))).toBeInstanceOf(RuleSetError);
  });
});

describe('renderers', () => {
  const marketplace = describePolicy(builtIns.marketplaceStandard);

  it('renders Markdown and HTML of the marketplace policy', () => {
    expect(policyToMarkdown(marketplace)).toMatchSnapshot();
    expect(policyToHtml(marketplace)).toMatchSnapshot();
  });

  it('marks sections and rules in HTML for styling and testing', () => {
    const html = policyToHtml(marketplace);
    expect(html).toMatch(/^<article class="return-policy" lang="en" data-rule-set="marketplace-standard" data-version="[^"]+">/);
    expect(html).toContain('<section data-section="seller_pays">\n<h3>When the seller pays</h3>');
    expect(html).toContain('<li data-rule="past-dispute-window" data-window="dispute">Time limit of 15 days');
  });

  /** A rule file written by someone hostile: markup in every text a policy shows. */
  const hostile = loadRuleSet(
    ruleSetDocument({
      title: { en: 'Returns <img src=x onerror=alert(1)>', 'zh-CN': '退货<script>alert(1)</script>' },
      rules: [
        alwaysRule('fallback', 1, {
          citation: '</small><script>alert("citation")</script>',
          disclosure: {
            en: 'You pay. <script>alert("xss")</script> & "quotes" \'too\'\n# Heading\n<b>bold</b> *star* [link](javascript:alert(1))',
            'zh-CN': '<script>alert("xss")</script>',
          },
        }),
      ],
    }),
  );

  it('escapes an injected <script> in a disclosure, the title and the citation in HTML', () => {
    const html = policyToHtml(describePolicy(hostile));
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('You pay. &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;');
    expect(html).toContain('<h2>Returns &lt;img src=x onerror=alert(1)&gt;</h2>');
    expect(html).toContain('Basis: &lt;/small&gt;&lt;script&gt;alert(&quot;citation&quot;)&lt;/script&gt;</small>');
    // Only the renderer's own elements remain.
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((match) => match[1]));
    expect([...tags].sort()).toEqual(['article', 'h2', 'h3', 'li', 'section', 'small', 'ul']);
    expect(policyToHtml(describePolicy(hostile, { locale: 'zh-CN' }))).not.toMatch(/<script/i);
  });

  it('escapes Markdown so no HTML, link, emphasis or block can come from a rule file', () => {
    const markdown = policyToMarkdown(describePolicy(hostile));
    expect(markdown).not.toMatch(/(?<!\\)[<>[\]*]/);
    expect(markdown).toContain('- You pay. \\<script\\>alert("xss")\\</script\\> \\& "quotes" \'too\' # Heading \\<b\\>bold\\</b\\> \\*star\\* \\[link\\](javascript:alert(1))');
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual(['# Returns \\<img src=x onerror=alert(1)\\>', '## When you pay', '## Returning several items together']);
  });

  it('escapes Markdown block markers at the start of a text', () => {
    const doc: PolicyDocument = { ...describePolicy(hostile), title: '1. Title', sections: [{ kind: 'buyer_pays', heading: '# heading', items: [{ text: '- item', rule: 'r' }, { text: '+ more', rule: 'r' }] }] };
    expect(policyToMarkdown(doc)).toBe('# 1\\. Title\n\n## \\# heading\n\n- \\- item\n- \\+ more\n');
  });

  it('keeps plain text plain, one line per item', () => {
    const text = policyToText(describePolicy(hostile));
    expect(text).toBe(
      'Returns <img src=x onerror=alert(1)>\n\nWhen you pay\n' +
        '- You pay. <script>alert("xss")</script> & "quotes" \'too\' # Heading <b>bold</b> *star* [link](javascript:alert(1))\n' +
        '  Basis: </small><script>alert("citation")</script>\n' +
        '\nReturning several items together\n- Several items returned in one parcel share one return label: its cost is shared in proportion to the price of each item. When only part of an order comes back, the original delivery counts in proportion to the value of the items returned.\n',
    );
  });
});

describe('return-liability/policy entry', () => {
  it('exports describePolicy, the renderers and the section kinds only', () => {
    expect(Object.keys(policyEntry).sort()).toEqual(['POLICY_SECTION_KINDS', 'describePolicy', 'policyToHtml', 'policyToMarkdown', 'policyToText']);
    expect(policyEntry.POLICY_SECTION_KINDS).toEqual(['seller_pays', 'buyer_pays', 'agreements', 'not_returnable', 'several_items', 'time_limits']);
  });
});
