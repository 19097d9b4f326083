// Generated from rules/au-consumer-law.json by `npm run schemas` (au-consumer-law 1.0.0, validated by loadRuleSet, sha-256 fb579e86fe5594ddcf9b82fb6428b3089f62aa162ceb137765b4cc6c67a17281); do not edit.
import type { RuleSet } from "../rule-set/load.js";
import { trustedRuleSet } from "../rule-set/registry.js";

export const auConsumerLaw: RuleSet = /* @__PURE__ */ trustedRuleSet({
  "id": "au-consumer-law",
  "version": "1.0.0",
  "title": {
    "en": "Australian Consumer Law for returns",
    "zh-CN": "澳大利亚消费者法退货规定"
  },
  "locales": [
    "en",
    "zh-CN"
  ],
  "defaultLocale": "en",
  "source": "Australian statutory minimum for consumer returns, as in force on 2026-12-01: Australian Consumer Law (ACL, Competition and Consumer Act 2010 (Cth) Sch. 2) ss. 18, 29 (misleading conduct and representations), 54–59 (consumer guarantees), 259–263 (remedies against suppliers), followed from known official wording and secondary sources (regulator guidance). There is no change-of-mind right in law, and no statutory period: the guarantees last as long as is reasonable for the goods, so this set declares no window and needs no calendar. Fees: none. The supplier bears the cost of remedying a failure, including returning the goods; goods that cannot be returned without significant cost to the consumer are collected at the supplier's expense (s. 263); a restocking or delivery fee on faulty goods risks being misleading (ss. 18, 29). Whether a failure is major is a judgement on the facts (s. 260): the case says so with attributes.majorFailure (default false, a minor failure). Not modelled: consequential loss (s. 259(4)) beyond return shipping; the reasonable time for a minor-failure remedy and the consumer's rejection when it is not met; what is a reasonable time for the guarantees to last; gifts and second-hand goods; business purchases above the consumer threshold. Rule texts paraphrase the law; not legal advice.",
  "windows": {},
  "facts": {
    "majorFailure": {
      "type": "boolean",
      "default": false,
      "description": "the failure to comply with a consumer guarantee is a major failure (ACL s. 260)"
    }
  },
  "thresholds": {},
  "parcel": {
    "labelSplit": "seller_fault_carries",
    "outbound": "pro_rata"
  },
  "rules": [
    {
      "name": "major-failure-bulky-collection",
      "description": "A major failure to comply with a consumer guarantee, goods rejected for a refund, that cannot be returned without significant cost to the consumer (item tag bulky): the supplier collects them at its own expense.",
      "priority": 115,
      "conditions": {
        "all": [
          {
            "any": [
              {
                "fact": "qualityDefect",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "wrongItem",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "notAsDescribed",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "missingParts",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "damagedInTransit",
                "operator": "equal",
                "value": true
              }
            ]
          },
          {
            "fact": "majorFailure",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "resolution",
            "operator": "equal",
            "value": "refund"
          },
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "bulky"
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "supplier_collects_rejected_goods",
          "shares": {
            "seller": 100
          },
          "replacementShares": {
            "seller": 100
          },
          "outbound": "seller",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "citation": {
            "en": "ACL ss. 54, 259(3), 263",
            "zh-CN": "《澳大利亚消费者法》（《2010年竞争与消费者法》附表2）第54条、第259条第3款、第263条"
          },
          "text": {
            "en": "The goods have a major failure and the buyer chose a refund; they cannot be returned without significant cost to the buyer, so the seller collects them at its own expense ({returnShipping}), and any delivery charge the buyer paid is refunded with the price.",
            "zh-CN": "商品存在重大质量问题，买家选择退款；商品无法在不产生重大费用的情况下退回，由卖家自费上门取回（{returnShipping}），买家已付的配送费用随货款一并退还。"
          },
          "disclosure": {
            "en": "If goods with a major failure cannot be returned without significant cost to you (for example, because of their size), the seller collects them at its own expense. No restocking or delivery fee may be charged for faulty goods.",
            "zh-CN": "存在重大质量问题的商品，如因体积等原因无法在不产生重大费用的情况下退回，由卖家自费上门取回。对有质量问题的商品，不得收取重新入库费或配送费。"
          }
        }
      }
    },
    {
      "name": "major-failure-refund",
      "description": "A major failure to comply with a consumer guarantee (set by the declared fact majorFailure): the consumer may choose a refund; the supplier bears the cost of return and refunds what was paid.",
      "priority": 113,
      "conditions": {
        "all": [
          {
            "any": [
              {
                "fact": "qualityDefect",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "wrongItem",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "notAsDescribed",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "missingParts",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "damagedInTransit",
                "operator": "equal",
                "value": true
              }
            ]
          },
          {
            "fact": "majorFailure",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "resolution",
            "operator": "equal",
            "value": "refund"
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "seller_fault",
          "shares": {
            "seller": 100
          },
          "replacementShares": {
            "seller": 100
          },
          "outbound": "seller",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "citation": {
            "en": "ACL ss. 54–56, 259(3)–(4), 260, 263",
            "zh-CN": "《澳大利亚消费者法》（《2010年竞争与消费者法》附表2）第54条至第56条、第259条第3款至第4款、第260条、第263条"
          },
          "text": {
            "en": "The goods have a major failure, so the buyer may choose a refund; the seller bears the cost of return and pays the return shipping of {returnShipping}, and any delivery charge the buyer paid is refunded with the price.",
            "zh-CN": "商品存在重大质量问题，买家可选择退款；退货费用由卖家承担，退货运费{returnShipping}由卖家支付，买家已付的配送费用随货款一并退还。"
          },
          "disclosure": {
            "en": "If an item has a major failure (for example, it is unsafe, very different from its description, or would not have been bought had the problem been known), you choose a refund or a replacement, and the seller pays to get it back. No restocking or delivery fee may be charged for faulty goods.",
            "zh-CN": "商品存在重大质量问题的（例如存在安全隐患、与描述明显不符，或假如事先知道该问题就不会购买），由您选择退款或更换，退回商品的费用由卖家承担。对有质量问题的商品，不得收取重新入库费或配送费。"
          }
        }
      }
    },
    {
      "name": "failure-repair-or-replacement",
      "description": "A failure to comply with a consumer guarantee, remedied by repair or replacement: the supplier bears the costs, postage both ways; the contract is kept, so the original delivery is not refunded.",
      "priority": 112,
      "conditions": {
        "all": [
          {
            "any": [
              {
                "fact": "qualityDefect",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "wrongItem",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "notAsDescribed",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "missingParts",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "damagedInTransit",
                "operator": "equal",
                "value": true
              }
            ]
          },
          {
            "fact": "resolution",
            "operator": "in",
            "value": [
              "exchange",
              "repair"
            ]
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "seller_fault_remedy",
          "shares": {
            "seller": 100
          },
          "replacementShares": {
            "seller": 100
          },
          "outbound": "buyer",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "citation": {
            "en": "ACL ss. 54–56, 259(2), 259(4), 261",
            "zh-CN": "《澳大利亚消费者法》（《2010年竞争与消费者法》附表2）第54条至第56条、第259条第2款、第259条第4款、第261条"
          },
          "text": {
            "en": "The goods fail a consumer guarantee, so the seller bears the cost of the repair or replacement: the seller pays the return shipping of {returnShipping} and the shipping back to the buyer. The contract stands, so the original delivery is not refunded.",
            "zh-CN": "商品不符合消费者保障要求，修理或更换的费用由卖家承担：退货运费{returnShipping}及寄回买家的运费均由卖家支付。合同继续有效，原配送费用不予退还。"
          },
          "disclosure": {
            "en": "A repair or replacement of a faulty item costs you nothing, shipping both ways included; the original delivery charge is not refunded, since you keep the purchase.",
            "zh-CN": "有质量问题的商品修理或更换不收取任何费用，包括往返运费；您保留所购商品，原配送费用不予退还。"
          }
        }
      }
    },
    {
      "name": "minor-failure",
      "description": "A failure to comply with a consumer guarantee that is not shown to be major: the supplier may choose to repair, replace or refund; whichever it chooses, it bears the cost. A refund here is the supplier's choice, or follows its failure to remedy within a reasonable time.",
      "priority": 110,
      "conditions": {
        "all": [
          {
            "any": [
              {
                "fact": "qualityDefect",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "wrongItem",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "notAsDescribed",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "missingParts",
                "operator": "equal",
                "value": true
              },
              {
                "fact": "damagedInTransit",
                "operator": "equal",
                "value": true
              }
            ]
          },
          {
            "fact": "resolution",
            "operator": "equal",
            "value": "refund"
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "seller_fault",
          "shares": {
            "seller": 100
          },
          "replacementShares": {
            "seller": 100
          },
          "outbound": "seller",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "citation": {
            "en": "ACL ss. 54–59, 259(2), 259(4), 261",
            "zh-CN": "《澳大利亚消费者法》（《2010年竞争与消费者法》附表2）第54条至第59条、第259条第2款、第259条第4款、第261条"
          },
          "text": {
            "en": "The goods fail a consumer guarantee. For a failure that is not major the seller may choose to repair, replace or refund; refunding, it bears the cost of return and pays the return shipping of {returnShipping}, and any delivery charge the buyer paid is refunded with the price.",
            "zh-CN": "商品不符合消费者保障要求。问题并非重大的，卖家可选择修理、更换或退款；选择退款的，退货费用由卖家承担，退货运费{returnShipping}由卖家支付，买家已付的配送费用随货款一并退还。"
          },
          "disclosure": {
            "en": "If an item is faulty, the wrong item, not as described or incomplete, the seller must put it right at its own cost: for a minor problem it may choose a repair, replacement or refund. There is no fixed time limit; the guarantees last as long as is reasonable for the item. 'No refunds' terms do not take these rights away. No restocking or delivery fee may be charged for faulty goods.",
            "zh-CN": "商品有质量问题、发错货、与描述不符或缺件的，卖家须自费解决：问题较轻的，卖家可选择修理、更换或退款。法律未规定固定期限，保障期以该商品的合理期限为准。“概不退款”之类的条款不能排除这些权利。对有质量问题的商品，不得收取重新入库费或配送费。"
          }
        }
      }
    },
    {
      "name": "no-change-of-mind-right",
      "description": "The law gives no right to return goods for a change of mind; a store that offers one sets it in its own rule set, with this set as its floor (a refusal here never overrides a store's more generous decision).",
      "priority": 10,
      "conditions": {
        "all": [
          {
            "fact": "returnShippingAmount",
            "operator": "greaterThanInclusive",
            "value": 0
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "no_change_of_mind_right",
          "citation": {
            "en": "ACL ss. 54–59, 259 (no right for a change of mind)",
            "zh-CN": "《澳大利亚消费者法》（《2010年竞争与消费者法》附表2）第54条至第59条、第259条（未规定因改变主意退货的权利）"
          },
          "text": {
            "en": "Australian law gives no right to return goods because the buyer changed their mind, and no failure of the goods was found; a store's own returns policy may offer more.",
            "zh-CN": "澳大利亚法律未赋予因改变主意而退货的权利，且商品未被查出质量问题；商家自己的退货政策可以提供更优条件。"
          },
          "disclosure": {
            "en": "The law does not give you a right to return an item because you changed your mind; a store may offer one in its own returns policy.",
            "zh-CN": "法律并未赋予您因改变主意而退货的权利；商家可在自己的退货政策中另行提供。"
          }
        }
      }
    }
  ],
  "digest": "fb579e86fe5594ddcf9b82fb6428b3089f62aa162ceb137765b4cc6c67a17281",
  "windowsByRule": {
    "major-failure-bulky-collection": [],
    "major-failure-refund": [],
    "failure-repair-or-replacement": [],
    "minor-failure": [],
    "no-change-of-mind-right": []
  }
});
