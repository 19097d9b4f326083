// Generated from rules/eu-consumer-rights.json by `npm run schemas` (eu-consumer-rights 1.1.0, validated by loadRuleSet, sha-256 9ef27232996edba475a5673dadf70717e43fe62307357fbaa98b81a72cddbe24); do not edit.
import type { RuleSet } from "../rule-set/load.js";
import { trustedRuleSet } from "../rule-set/registry.js";

export const euConsumerRights: RuleSet = /* @__PURE__ */ trustedRuleSet({
  "id": "eu-consumer-rights",
  "version": "1.1.0",
  "title": {
    "en": "EU consumer law for distance and off-premises purchases",
    "zh-CN": "欧盟远程及营业场所外购物消费者权益规定"
  },
  "locales": [
    "en",
    "zh-CN"
  ],
  "defaultLocale": "en",
  "source": "EU statutory minimum for consumer returns of goods bought at a distance or off premises, as in force on 2026-12-01: Consumer Rights Directive 2011/83/EU (CRD, as amended by Directive (EU) 2019/2161) arts. 6(6), 9, 10, 11(2), 13, 14, 16, 18, 20; Sale of Goods Directive (EU) 2019/771 (SGD) arts. 2(14), 10, 11, 13, 14, 16; Regulation (EEC, Euratom) No 1182/71 art. 3 (periods, dates and time limits). Directive texts as adopted, not any member state's transposition: the two-year liability and the one-year presumption are the directive's minimums, and several member states give more (national law is not modelled, so this set refuses a fault claim after two years where a country may still allow it). Rule texts paraphrase the law; not legal advice. Fees: on a withdrawal the consumer bears only the direct cost of return (art. 14(1)) and any diminished value from handling beyond what is needed to establish the goods' nature, characteristics and functioning (art. 14(2)), so the withdrawal rules deduct inspection.diminishedValue and charge no other fee; remedies for non-conformity are free of charge (SGD art. 14), and a repair or replacement keeps the contract, so the original delivery is refunded only when the contract ends (termination or withdrawal). Late delivery alone is not a fault route for return costs: termination for late delivery (CRD art. 18) is not assessed here, and a return for late delivery is decided as a withdrawal. Not modelled: art. 14(2) second sentence (no liability for diminished value where the trader did not inform the consumer of the right of withdrawal) — give no inspection.diminishedValue in such cases; the end of the extended withdrawal period 14 days after the information is given (art. 10(2)); the 12-month extension of liability after a repair under Directive (EU) 2024/1799 (right to repair), which applies from 31 July 2026; commercial return-shipping insurance and platform guarantees, which are the case's coverage, not the law.",
  "windows": {
    "withdrawal": {
      "days": 14,
      "extendPastHolidays": true
    },
    "withdrawal_extended": {
      "days": 14,
      "months": 12,
      "extendPastHolidays": true
    },
    "legal_guarantee": {
      "months": 24
    }
  },
  "facts": {},
  "thresholds": {},
  "parcel": {
    "labelSplit": "seller_fault_carries",
    "outbound": "pro_rata"
  },
  "rules": [
    {
      "name": "seller-fault-repair-or-replacement",
      "description": "Lack of conformity within two years of delivery, repaired or replaced: free of charge, carriage both ways at the seller's expense (SGD art. 14), but the contract is kept, so the original delivery is not refunded.",
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
              }
            ]
          },
          {
            "fact": "window.legal_guarantee",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "resolution",
            "operator": "notEqual",
            "value": "refund"
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
            "en": "SGD arts. 2(14), 10(1), 13(2), 14(1)(a), 14(2) (Directive (EU) 2019/771)",
            "zh-CN": "《货物销售指令》（(EU) 2019/771）第2条第（14）项、第10条第1款、第13条第2款、第14条第1款第（a）项、第14条第2款"
          },
          "text": {
            "en": "The goods are not in conformity with the contract (defective, wrong item, not as described or incomplete); a repair or replacement is free of charge, so the seller pays the return shipping of {returnShipping} and the shipping back to the buyer. The contract stands, so the original delivery is not refunded.",
            "zh-CN": "商品与合同不符（存在缺陷、发错货、与描述不符或缺件）；修理或更换须免费提供，退货运费{returnShipping}及寄回买家的运费均由卖家支付。合同继续有效，原配送费用不予退还。"
          },
          "disclosure": {
            "en": "A repair or replacement of a faulty item is free of charge, shipping both ways included; the original delivery charge is not refunded, since you keep the purchase.",
            "zh-CN": "缺陷商品的修理或更换一律免费，包括往返运费；您保留所购商品，原配送费用不予退还。"
          }
        }
      }
    },
    {
      "name": "seller-fault",
      "description": "Lack of conformity (defect, wrong item, not as described, missing parts) appearing within two years of delivery, ending in a refund (termination); remedies are free of charge including carriage, and returned goods go back at the seller's expense. Wins over the withdrawal route, its window and its exceptions.",
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
              }
            ]
          },
          {
            "fact": "window.legal_guarantee",
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
            "en": "SGD arts. 2(14), 10(1), 14(1)(a), 14(2), 16(3) (Directive (EU) 2019/771)",
            "zh-CN": "《货物销售指令》（(EU) 2019/771）第2条第（14）项、第10条第1款、第14条第1款第（a）项、第14条第2款、第16条第3款"
          },
          "text": {
            "en": "The goods are not in conformity with the contract (defective, wrong item, not as described or incomplete); remedies are free of charge, so the seller pays the return shipping of {returnShipping}, and ending the contract refunds any delivery charge the buyer paid with the price.",
            "zh-CN": "商品与合同不符（存在缺陷、发错货、与描述不符或缺件）；补救须免费提供，退货运费{returnShipping}由卖家支付，解除合同时，买家已付的原配送费用随货款一并退还。"
          },
          "disclosure": {
            "en": "If an item is faulty, the wrong item, not as described or incomplete, the seller must put it right free of charge, including all shipping, for faults that appear within at least two years of delivery; a fault that appears within at least one year is presumed to have existed at delivery (longer in some countries).",
            "zh-CN": "商品存在缺陷、发错货、与描述不符或缺件的，对交付后至少两年内显现的问题，卖家须免费补救，包括全部运费；至少在交付后一年内显现的问题，推定在交付时已存在（部分国家规定的期限更长）。"
          }
        }
      }
    },
    {
      "name": "transit-damage-repair-or-replacement",
      "description": "Damaged before the consumer took possession, repaired or replaced: free of charge, carriage both ways at the seller's expense, but the contract is kept, so the original delivery is not refunded.",
      "priority": 107,
      "conditions": {
        "all": [
          {
            "fact": "damagedInTransit",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "window.legal_guarantee",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "resolution",
            "operator": "notEqual",
            "value": "refund"
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
            "en": "CRD art. 20 (Directive 2011/83/EU); SGD arts. 10(1), 14(1)(a) (Directive (EU) 2019/771)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第20条；《货物销售指令》（(EU) 2019/771）第10条第1款、第14条第1款第（a）项"
          },
          "text": {
            "en": "The item was damaged before the buyer received it, while it was at the seller's risk; the repair or replacement is free of charge, so the seller pays the return shipping of {returnShipping} and the shipping back to the buyer. The contract stands, so the original delivery is not refunded.",
            "zh-CN": "商品在买家收货前损坏，当时风险仍由卖家承担；修理或更换须免费提供，退货运费{returnShipping}及寄回买家的运费均由卖家支付。合同继续有效，原配送费用不予退还。"
          },
          "disclosure": {
            "en": "If an item that arrived damaged is repaired or replaced, the seller pays the shipping both ways; the original delivery charge is not refunded.",
            "zh-CN": "到货时已损坏的商品修理或更换的，往返运费由卖家承担；原配送费用不予退还。"
          }
        }
      }
    },
    {
      "name": "transit-damage",
      "description": "Goods are at the trader's risk until the consumer takes physical possession; damage in transit is a lack of conformity at delivery.",
      "priority": 105,
      "conditions": {
        "all": [
          {
            "fact": "damagedInTransit",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "window.legal_guarantee",
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
            "en": "CRD art. 20 (Directive 2011/83/EU); SGD art. 10(1) (Directive (EU) 2019/771)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第20条；《货物销售指令》（(EU) 2019/771）第10条第1款"
          },
          "text": {
            "en": "The item was damaged before the buyer received it, while it was at the seller's risk, so the seller pays the return shipping of {returnShipping}, and ending the contract refunds any delivery charge the buyer paid with the price.",
            "zh-CN": "商品在买家收货前损坏，当时风险仍由卖家承担：退货运费{returnShipping}由卖家支付，解除合同时，买家已付的原配送费用随货款一并退还。"
          },
          "disclosure": {
            "en": "Items travel at the seller's risk until you receive them: if an item arrives damaged, the seller pays all shipping to put it right.",
            "zh-CN": "商品在您收货前的风险由卖家承担：商品到货时已损坏的，补救所需的全部运费由卖家支付。"
          }
        }
      }
    },
    {
      "name": "legal-guarantee-expired",
      "description": "The directive makes the seller liable for faults that become apparent within two years of delivery (its minimum: national law may give more, which this set does not model); the request date stands in for the date the fault became apparent. Past two years the withdrawal period is over too.",
      "priority": 100,
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
            "fact": "window.legal_guarantee",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "legal_guarantee_expired",
          "citation": {
            "en": "SGD art. 10(1) (Directive (EU) 2019/771)",
            "zh-CN": "《货物销售指令》（(EU) 2019/771）第10条第1款"
          },
          "text": {
            "en": "Under the directive the seller is liable for faults that become apparent within two years of delivery (national law may give longer); this request came {daysSinceDelivery} days after delivery, outside that period and the withdrawal period.",
            "zh-CN": "依该指令，卖家对交付后两年内显现的不符合问题承担责任（成员国法律可规定更长期限）；本次申请在交付后第{daysSinceDelivery}日提出，已超出该期间及撤回期限。"
          },
          "disclosure": {
            "en": "The legal guarantee covers faults that appear within at least two years of delivery; some countries give longer.",
            "zh-CN": "法定质量担保涵盖交付后至少两年内显现的问题，部分国家规定的期限更长。"
          }
        }
      }
    },
    {
      "name": "no-withdrawal-in-store",
      "description": "The right of withdrawal exists for distance and off-premises contracts only.",
      "priority": 90,
      "conditions": {
        "all": [
          {
            "fact": "channel",
            "operator": "equal",
            "value": "in_store"
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "no_withdrawal_right",
          "citation": {
            "en": "CRD art. 9(1) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第9条第1款"
          },
          "text": {
            "en": "The right of withdrawal covers purchases made at a distance or away from the seller's premises; this purchase was made in a shop, and no fault of the seller was found.",
            "zh-CN": "撤回权仅适用于远程合同或在经营场所外订立的合同；本次为店内购买，不享有撤回权；商品也没有缺陷等卖家方面的原因。"
          },
          "disclosure": {
            "en": "The 14-day right of withdrawal applies to purchases made online, by phone or mail order, or away from the seller's premises, not to purchases in a shop.",
            "zh-CN": "14天撤回权适用于网上、电话、邮购或在卖家经营场所外的购买，不适用于店内购买。"
          }
        }
      }
    },
    {
      "name": "excluded-custom-made",
      "description": "No right of withdrawal for goods made to the consumer's specifications or clearly personalised. No consumer confirmation is needed; seller fault still wins.",
      "priority": 86,
      "conditions": {
        "all": [
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "custom_made"
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "excluded_custom_made",
          "citation": {
            "en": "CRD art. 16(c) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第16条第（c）项"
          },
          "text": {
            "en": "The item was made to the buyer's specifications or personalised, so there is no right of withdrawal; no fault of the seller was found.",
            "zh-CN": "该商品按买家要求定制或明显个性化，不享有撤回权；商品也没有缺陷等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Goods made to your specifications or clearly personalised cannot be withdrawn from; faulty ones are still put right at the seller's cost.",
            "zh-CN": "按您的要求定制或明显个性化的商品不享有撤回权；存在缺陷的，仍由卖家承担费用予以补救。"
          }
        }
      }
    },
    {
      "name": "excluded-perishable",
      "description": "No right of withdrawal for goods liable to deteriorate or expire rapidly. No consumer confirmation is needed; seller fault still wins.",
      "priority": 85,
      "conditions": {
        "all": [
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "perishable"
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "excluded_perishable",
          "citation": {
            "en": "CRD art. 16(d) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第16条第（d）项"
          },
          "text": {
            "en": "The item deteriorates or expires rapidly, so there is no right of withdrawal; no fault of the seller was found.",
            "zh-CN": "该商品易于迅速变质或过期，不享有撤回权；商品也没有缺陷等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Goods that deteriorate or expire rapidly cannot be withdrawn from; faulty ones are still put right at the seller's cost.",
            "zh-CN": "易于迅速变质或过期的商品不享有撤回权；存在缺陷的，仍由卖家承担费用予以补救。"
          }
        }
      }
    },
    {
      "name": "excluded-hygiene-seal",
      "description": "No right of withdrawal for sealed goods not suitable for return for health protection or hygiene reasons, unsealed after delivery. No consumer confirmation is needed; seller fault still wins.",
      "priority": 84,
      "conditions": {
        "all": [
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "hygiene_seal_broken"
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "excluded_hygiene_seal_broken",
          "citation": {
            "en": "CRD art. 16(e) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第16条第（e）项"
          },
          "text": {
            "en": "The item was sealed for health or hygiene reasons and unsealed after delivery, so there is no right of withdrawal; no fault of the seller was found.",
            "zh-CN": "该商品出于健康保护或卫生原因密封，交付后已被拆封，不享有撤回权；商品也没有缺陷等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Sealed goods that cannot be returned for health or hygiene reasons cannot be withdrawn from once unsealed after delivery; faulty ones are still put right at the seller's cost.",
            "zh-CN": "出于健康保护或卫生原因密封的商品，交付后拆封的，不享有撤回权；存在缺陷的，仍由卖家承担费用予以补救。"
          }
        }
      }
    },
    {
      "name": "excluded-unsealed-media",
      "description": "No right of withdrawal for sealed audio or video recordings or sealed software, unsealed after delivery. No consumer confirmation is needed; seller fault still wins.",
      "priority": 83,
      "conditions": {
        "all": [
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "media_seal_broken"
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "excluded_unsealed_media",
          "citation": {
            "en": "CRD art. 16(i) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第16条第（i）项"
          },
          "text": {
            "en": "The item is a sealed audio or video recording or sealed software that was unsealed after delivery, so there is no right of withdrawal; no fault of the seller was found.",
            "zh-CN": "该商品为密封的音像制品或计算机软件，交付后已被拆封，不享有撤回权；商品也没有缺陷等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Sealed audio or video recordings and sealed software cannot be withdrawn from once unsealed after delivery; faulty ones are still put right at the seller's cost.",
            "zh-CN": "密封的音像制品和计算机软件，交付后拆封的，不享有撤回权；存在缺陷的，仍由卖家承担费用予以补救。"
          }
        }
      }
    },
    {
      "name": "excluded-newspaper",
      "description": "No right of withdrawal for newspapers, periodicals and magazines, except subscriptions. No consumer confirmation is needed; seller fault still wins.",
      "priority": 82,
      "conditions": {
        "all": [
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "newspaper"
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "excluded_newspaper",
          "citation": {
            "en": "CRD art. 16(j) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第16条第（j）项"
          },
          "text": {
            "en": "Newspapers, periodicals and magazines cannot be withdrawn from; no fault of the seller was found.",
            "zh-CN": "报纸、期刊和杂志不享有撤回权；商品也没有缺陷等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Newspapers, periodicals and magazines cannot be withdrawn from, except subscriptions; faulty ones are still put right at the seller's cost.",
            "zh-CN": "报纸、期刊和杂志不享有撤回权，订阅合同除外；存在缺陷的，仍由卖家承担费用予以补救。"
          }
        }
      }
    },
    {
      "name": "past-withdrawal-period",
      "description": "14 days from the day the consumer took possession (that day not counted); a last day on a Saturday, Sunday or public holiday moves to the next working day; a withdrawal sent by the last day is in time (requestedAt = when it was sent).",
      "priority": 70,
      "conditions": {
        "all": [
          {
            "fact": "sellerDisclosedWithdrawalRight",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "window.withdrawal",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "past_withdrawal_period",
          "citation": {
            "en": "CRD arts. 9(1), 9(2)(b), 11(2) (Directive 2011/83/EU); Regulation (EEC, Euratom) No 1182/71 art. 3",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第9条第1款、第9条第2款第（b）项、第11条第2款；《关于期间、日期和时限规则的第1182/71号条例》第3条"
          },
          "text": {
            "en": "The withdrawal period is {windowDays} days from the day the buyer took physical possession of the goods; this withdrawal was sent {daysSinceDelivery} days after, past the last day, and no fault of the seller was found.",
            "zh-CN": "撤回期限为取得商品实物占有后{windowDays}日；本次撤回在第{daysSinceDelivery}日发出，已超过最后一日；商品也没有缺陷等卖家方面的原因。"
          },
          "disclosure": {
            "en": "You can withdraw within 14 days of taking physical possession of the goods without giving a reason; sending your withdrawal by the last day is enough. A last day that falls on a Saturday, Sunday or public holiday moves to the next working day.",
            "zh-CN": "您可在取得商品实物占有后14日内无理由撤回；在最后一日前发出撤回通知即可。最后一日为周六、周日或公共假日的，顺延至下一个工作日。"
          }
        }
      }
    },
    {
      "name": "past-extended-withdrawal-period",
      "description": "The consumer was not told of the right of withdrawal, so the period ends at the latest 12 months after the initial 14 days. Its earlier end, 14 days after the information is given within those 12 months (art. 10(2)), is not modelled: there is no fact for when the information was given.",
      "priority": 70,
      "conditions": {
        "all": [
          {
            "fact": "sellerDisclosedWithdrawalRight",
            "operator": "equal",
            "value": false
          },
          {
            "fact": "window.withdrawal_extended",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "past_extended_withdrawal_period",
          "citation": {
            "en": "CRD art. 10(1)–(2) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第10条第1款、第2款"
          },
          "text": {
            "en": "The buyer was not told of the right of withdrawal, so the period ran up to 12 months beyond the first 14 days; this withdrawal was sent {daysSinceDelivery} days after delivery, later still, and no fault of the seller was found.",
            "zh-CN": "买家未获告知撤回权，撤回期限在最初14日之后最多延长12个月；本次撤回在取得商品实物占有后第{daysSinceDelivery}日发出，仍已逾期；商品也没有缺陷等卖家方面的原因。"
          },
          "disclosure": {
            "en": "If the seller does not tell you about your right of withdrawal, the withdrawal period runs up to 12 months longer; if you are told during that time, it ends 14 days after you are told.",
            "zh-CN": "卖家未告知您撤回权的，撤回期限最多延长12个月；卖家在此期间补充告知的，撤回期限自您获告知之日起14日届满。"
          }
        }
      }
    },
    {
      "name": "withdrawal-bulky-off-premises-free-delivery",
      "description": "Off-premises contract, goods delivered to the consumer's home at the time the contract was concluded (item tag delivered_at_conclusion) and not returnable by post (tag bulky); the trader collects them at its own cost. Variant for orders delivered free (unconditionally or by threshold): the trader keeps bearing the delivery.",
      "priority": 51,
      "conditions": {
        "all": [
          {
            "fact": "channel",
            "operator": "equal",
            "value": "off_premises"
          },
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "bulky"
          },
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "delivered_at_conclusion"
          },
          {
            "fact": "freeShipping",
            "operator": "in",
            "value": [
              "unconditional",
              "threshold"
            ]
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "trader_collects_bulky_goods",
          "shares": {
            "seller": 100
          },
          "outbound": "seller",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "diminishedValue": "deduct",
          "citation": {
            "en": "CRD arts. 13(1), 14(1) third subpara., 14(2), 14(5) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第13条第1款、第14条第1款第三段、第14条第2款、第14条第5款"
          },
          "text": {
            "en": "The buyer withdrew from an off-premises contract for goods delivered to the home when the contract was made that cannot be returned by post, so the seller collects them at its own cost ({returnShipping}). The order was delivered free, and withdrawing may not cost the buyer that delivery.",
            "zh-CN": "买家撤回在经营场所外订立的合同，商品在订立合同时已送货上门且无法邮寄退回，由卖家自费上门取回（{returnShipping}）。订单原为免运费配送，撤回不得使买家因此承担原配送费用。"
          },
          "disclosure": {
            "en": "For goods delivered to your home when you made the contract away from the seller's premises, and that cannot be sent back by post, the seller collects them at its own cost. If your order was delivered free, withdrawing does not cost you that delivery.",
            "zh-CN": "在卖家经营场所外订立合同、订立时即送货上门且无法邮寄退回的商品，由卖家自费取回。订单原为免运费配送的，撤回不会使您承担该配送费用。"
          }
        }
      }
    },
    {
      "name": "withdrawal-bulky-off-premises",
      "description": "Off-premises contract, goods delivered to the consumer's home at the time the contract was concluded (item tag delivered_at_conclusion) and not returnable by post (tag bulky); the trader collects them at its own cost. Variant for paid delivery: refunded up to the cheapest standard delivery; an express supplement stays with the consumer.",
      "priority": 50,
      "conditions": {
        "all": [
          {
            "fact": "channel",
            "operator": "equal",
            "value": "off_premises"
          },
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "bulky"
          },
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "delivered_at_conclusion"
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "trader_collects_bulky_goods",
          "shares": {
            "seller": 100
          },
          "outbound": "seller_up_to_standard",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "diminishedValue": "deduct",
          "citation": {
            "en": "CRD arts. 13(1)–(2), 14(1) third subpara., 14(2) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第13条第1款、第2款，第14条第1款第三段、第14条第2款"
          },
          "text": {
            "en": "The buyer withdrew from an off-premises contract for goods delivered to the home when the contract was made that cannot be returned by post, so the seller collects them at its own cost ({returnShipping}). The seller refunds the original delivery up to its cheapest standard delivery.",
            "zh-CN": "买家撤回在经营场所外订立的合同，商品在订立合同时已送货上门且无法邮寄退回，由卖家自费上门取回（{returnShipping}）。卖家退还原配送费用，以其提供的最便宜标准配送为限。"
          },
          "disclosure": {
            "en": "For goods delivered to your home when you made the contract away from the seller's premises, and that cannot be sent back by post, the seller collects them at its own cost.",
            "zh-CN": "在卖家经营场所外订立合同、订立时即送货上门且无法邮寄退回的商品，由卖家自费取回。"
          }
        }
      }
    },
    {
      "name": "withdrawal-trader-pays-free-delivery",
      "description": "The trader agreed to bear the cost of return. Variant for orders delivered free (unconditionally or by threshold): the trader keeps bearing the delivery.",
      "priority": 41,
      "conditions": {
        "all": [
          {
            "fact": "sellerFreeReturns",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "freeShipping",
            "operator": "in",
            "value": [
              "unconditional",
              "threshold"
            ]
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "seller_free_returns",
          "shares": {
            "seller": 100
          },
          "outbound": "seller",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "diminishedValue": "deduct",
          "citation": {
            "en": "CRD arts. 13(1), 14(1) second subpara., 14(2), 14(5) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第13条第1款、第14条第1款第二段、第14条第2款、第14条第5款"
          },
          "text": {
            "en": "The buyer withdrew in time and the seller agreed to bear the cost of returns, so the seller pays the return shipping of {returnShipping}. The order was delivered free, and withdrawing may not cost the buyer that delivery.",
            "zh-CN": "买家在期限内撤回，卖家已同意承担退货费用，退货运费{returnShipping}由卖家支付。订单原为免运费配送，撤回不得使买家因此承担原配送费用。"
          },
          "disclosure": {
            "en": "Where the seller offers free returns, the seller pays the cost of returning goods you withdraw from. If your order was delivered free, withdrawing does not cost you that delivery.",
            "zh-CN": "卖家提供免费退货的，您撤回后退回商品的费用由卖家承担。订单原为免运费配送的，撤回不会使您承担该配送费用。"
          }
        }
      }
    },
    {
      "name": "withdrawal-trader-pays",
      "description": "The trader agreed to bear the cost of return. Variant for paid delivery: refunded up to the cheapest standard delivery; an express supplement stays with the consumer.",
      "priority": 40,
      "conditions": {
        "all": [
          {
            "fact": "sellerFreeReturns",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "seller_free_returns",
          "shares": {
            "seller": 100
          },
          "outbound": "seller_up_to_standard",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "diminishedValue": "deduct",
          "citation": {
            "en": "CRD arts. 13(1)–(2), 14(1) second subpara., 14(2) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第13条第1款、第2款，第14条第1款第二段、第14条第2款"
          },
          "text": {
            "en": "The buyer withdrew in time and the seller agreed to bear the cost of returns, so the seller pays the return shipping of {returnShipping}. The seller refunds the original delivery up to its cheapest standard delivery.",
            "zh-CN": "买家在期限内撤回，卖家已同意承担退货费用，退货运费{returnShipping}由卖家支付。卖家退还原配送费用，以其提供的最便宜标准配送为限。"
          },
          "disclosure": {
            "en": "Where the seller offers free returns, the seller pays the cost of returning goods you withdraw from.",
            "zh-CN": "卖家提供免费退货的，您撤回后退回商品的费用由卖家承担。"
          }
        }
      }
    },
    {
      "name": "withdrawal-costs-not-disclosed-free-delivery",
      "description": "The trader did not inform the consumer that the consumer bears the cost of return (a different failure from not disclosing the right itself). Variant for orders delivered free (unconditionally or by threshold): the trader keeps bearing the delivery.",
      "priority": 31,
      "conditions": {
        "all": [
          {
            "fact": "sellerDisclosedReturnCosts",
            "operator": "equal",
            "value": false
          },
          {
            "fact": "freeShipping",
            "operator": "in",
            "value": [
              "unconditional",
              "threshold"
            ]
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "return_costs_not_disclosed",
          "shares": {
            "seller": 100
          },
          "outbound": "seller",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "diminishedValue": "deduct",
          "citation": {
            "en": "CRD arts. 6(6), 13(1), 14(1) second subpara., 14(2), 14(5) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第6条第6款、第13条第1款、第14条第1款第二段、第14条第2款、第14条第5款"
          },
          "text": {
            "en": "The buyer withdrew in time and was not told before the purchase that returns are at the buyer's cost, so the seller pays the return shipping of {returnShipping}. The order was delivered free, and withdrawing may not cost the buyer that delivery.",
            "zh-CN": "买家在期限内撤回，且购买前未被告知退货费用由买家承担，退货运费{returnShipping}由卖家支付。订单原为免运费配送，撤回不得使买家因此承担原配送费用。"
          },
          "disclosure": {
            "en": "If the seller did not tell you before the purchase that you pay for returns, the seller pays the cost of returning goods you withdraw from. If your order was delivered free, withdrawing does not cost you that delivery.",
            "zh-CN": "卖家在您购买前未告知退货费用由您承担的，撤回后退回商品的费用由卖家承担。订单原为免运费配送的，撤回不会使您承担该配送费用。"
          }
        }
      }
    },
    {
      "name": "withdrawal-costs-not-disclosed",
      "description": "The trader did not inform the consumer that the consumer bears the cost of return (a different failure from not disclosing the right itself). Variant for paid delivery: refunded up to the cheapest standard delivery; an express supplement stays with the consumer.",
      "priority": 30,
      "conditions": {
        "all": [
          {
            "fact": "sellerDisclosedReturnCosts",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "return_costs_not_disclosed",
          "shares": {
            "seller": 100
          },
          "outbound": "seller_up_to_standard",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "diminishedValue": "deduct",
          "citation": {
            "en": "CRD arts. 6(6), 13(1)–(2), 14(1) second subpara., 14(2) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第6条第6款、第13条第1款、第2款，第14条第1款第二段、第14条第2款"
          },
          "text": {
            "en": "The buyer withdrew in time and was not told before the purchase that returns are at the buyer's cost, so the seller pays the return shipping of {returnShipping}. The seller refunds the original delivery up to its cheapest standard delivery.",
            "zh-CN": "买家在期限内撤回，且购买前未被告知退货费用由买家承担，退货运费{returnShipping}由卖家支付。卖家退还原配送费用，以其提供的最便宜标准配送为限。"
          },
          "disclosure": {
            "en": "If the seller did not tell you before the purchase that you pay for returns, the seller pays the cost of returning goods you withdraw from.",
            "zh-CN": "卖家在您购买前未告知退货费用由您承担的，撤回后退回商品的费用由卖家承担。"
          }
        }
      }
    },
    {
      "name": "late-delivery-withdrawal-free-delivery",
      "description": "A withdrawal giving late delivery as its reason, no fault found: late delivery alone is not a fault route for return costs unless it justifies termination (CRD art. 18), which is not assessed here; decided as a withdrawal. Variant for orders delivered free.",
      "priority": 13,
      "conditions": {
        "all": [
          {
            "fact": "reason",
            "operator": "equal",
            "value": "late_delivery"
          },
          {
            "fact": "channel",
            "operator": "in",
            "value": [
              "distance",
              "off_premises"
            ]
          },
          {
            "fact": "freeShipping",
            "operator": "in",
            "value": [
              "unconditional",
              "threshold"
            ]
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "late_delivery_withdrawal",
          "shares": {
            "buyer": 100
          },
          "outbound": "seller",
          "negotiation": "any",
          "coverage": true,
          "diminishedValue": "deduct",
          "citation": {
            "en": "CRD arts. 13(1), 14(1) second subpara., 14(2), 14(5), 18 (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第13条第1款、第14条第1款第二段、第14条第2款、第14条第5款、第18条"
          },
          "text": {
            "en": "Late delivery alone does not make the seller pay for the return unless it entitles the buyer to terminate the contract, which this decision does not assess; the return is a withdrawal in time. The buyer was told beforehand that returns are at the buyer's cost, so the buyer bears the direct cost of return ({returnShipping}) and pays {buyerAmount}. The order was delivered free, and withdrawing may not cost the buyer that delivery.",
            "zh-CN": "仅延迟交付并不使退货费用由卖家承担，除非延迟已使买家有权依法解除合同（本决定不作此判断）；本次按期限内撤回处理。买家事先已被告知退货费用由买家承担，退货的直接费用（{returnShipping}）由买家承担，买家实付{buyerAmount}。订单原为免运费配送，撤回不得使买家因此承担原配送费用。"
          },
          "disclosure": {
            "en": "If an order delivered free arrives late and you withdraw, you pay only the direct cost of returning the goods, not the delivery.",
            "zh-CN": "免运费配送的订单延迟交付、您撤回的，仅承担退回商品的直接费用，无需承担原配送费用。"
          }
        }
      }
    },
    {
      "name": "late-delivery-withdrawal",
      "description": "A withdrawal giving late delivery as its reason, no fault found: late delivery alone is not a fault route for return costs unless it justifies termination (CRD art. 18), which is not assessed here; decided as a withdrawal. Variant for paid delivery.",
      "priority": 12,
      "conditions": {
        "all": [
          {
            "fact": "reason",
            "operator": "equal",
            "value": "late_delivery"
          },
          {
            "fact": "channel",
            "operator": "in",
            "value": [
              "distance",
              "off_premises"
            ]
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "late_delivery_withdrawal",
          "shares": {
            "buyer": 100
          },
          "outbound": "seller_up_to_standard",
          "negotiation": "any",
          "coverage": true,
          "diminishedValue": "deduct",
          "citation": {
            "en": "CRD arts. 13(1)–(2), 14(1) second subpara., 14(2), 18 (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第13条第1款、第2款，第14条第1款第二段、第14条第2款、第18条"
          },
          "text": {
            "en": "Late delivery alone does not make the seller pay for the return unless it entitles the buyer to terminate the contract, which this decision does not assess; the return is a withdrawal in time. The buyer was told beforehand that returns are at the buyer's cost, so the buyer bears the direct cost of return ({returnShipping}) and pays {buyerAmount}. The seller refunds the original delivery up to its cheapest standard delivery.",
            "zh-CN": "仅延迟交付并不使退货费用由卖家承担，除非延迟已使买家有权依法解除合同（本决定不作此判断）；本次按期限内撤回处理。买家事先已被告知退货费用由买家承担，退货的直接费用（{returnShipping}）由买家承担，买家实付{buyerAmount}。卖家退还原配送费用，以其提供的最便宜标准配送为限。"
          },
          "disclosure": {
            "en": "A late delivery alone does not make the seller pay for the return, unless the delay entitles you to terminate the contract (for example, delivery not made within an additional period you set); otherwise you can withdraw within the 14 days, on the terms above.",
            "zh-CN": "仅延迟交付的，退货费用并不因此由卖家承担，除非延迟已使您有权依法解除合同（例如您另行指定的合理期限届满仍未交付）；否则可在14日内撤回，规则同上。"
          }
        }
      }
    },
    {
      "name": "withdrawal-free-delivery",
      "description": "Withdrawal within the period; the consumer bears only the direct cost of return (the fallback: every case no rule above matched is a withdrawal in time). Variant for orders delivered free (unconditionally or by threshold): the trader keeps bearing the delivery.",
      "priority": 11,
      "conditions": {
        "all": [
          {
            "fact": "channel",
            "operator": "in",
            "value": [
              "distance",
              "off_premises"
            ]
          },
          {
            "fact": "freeShipping",
            "operator": "in",
            "value": [
              "unconditional",
              "threshold"
            ]
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "withdrawal",
          "shares": {
            "buyer": 100
          },
          "outbound": "seller",
          "negotiation": "any",
          "coverage": true,
          "diminishedValue": "deduct",
          "citation": {
            "en": "CRD arts. 13(1), 14(1) second subpara., 14(2), 14(5) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第13条第1款、第14条第1款第二段、第14条第2款、第14条第5款"
          },
          "text": {
            "en": "The buyer withdrew in time and was told beforehand that returns are at the buyer's cost, so the buyer bears the direct cost of return ({returnShipping}) and pays {buyerAmount}. The order was delivered free, and withdrawing may not cost the buyer that delivery.",
            "zh-CN": "买家在期限内撤回，且事先已被告知退货费用由买家承担，退货的直接费用（{returnShipping}）由买家承担，买家实付{buyerAmount}。订单原为免运费配送，撤回不得使买家因此承担原配送费用。"
          },
          "disclosure": {
            "en": "If your order was delivered free, withdrawing costs you only the direct cost of returning the goods, not the delivery.",
            "zh-CN": "订单原为免运费配送的，撤回时您仅承担退回商品的直接费用，无需承担原配送费用。"
          }
        }
      }
    },
    {
      "name": "withdrawal",
      "description": "Withdrawal within the period; the consumer bears only the direct cost of return (the fallback: every case no rule above matched is a withdrawal in time). Variant for paid delivery: refunded up to the cheapest standard delivery; an express supplement stays with the consumer.",
      "priority": 10,
      "conditions": {
        "all": [
          {
            "fact": "channel",
            "operator": "in",
            "value": [
              "distance",
              "off_premises"
            ]
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "withdrawal",
          "shares": {
            "buyer": 100
          },
          "outbound": "seller_up_to_standard",
          "negotiation": "any",
          "coverage": true,
          "diminishedValue": "deduct",
          "citation": {
            "en": "CRD arts. 13(1)–(2), 14(1) second subpara., 14(2) (Directive 2011/83/EU)",
            "zh-CN": "《消费者权利指令》（2011/83/EU）第13条第1款、第2款，第14条第1款第二段、第14条第2款"
          },
          "text": {
            "en": "The buyer withdrew in time and was told beforehand that returns are at the buyer's cost, so the buyer bears the direct cost of return ({returnShipping}) and pays {buyerAmount}. The seller refunds the original delivery up to its cheapest standard delivery.",
            "zh-CN": "买家在期限内撤回，且事先已被告知退货费用由买家承担，退货的直接费用（{returnShipping}）由买家承担，买家实付{buyerAmount}。卖家退还原配送费用，以其提供的最便宜标准配送为限。"
          },
          "disclosure": {
            "en": "If you withdraw, you pay only the direct cost of returning the goods; the seller refunds the price and the original delivery up to the cheapest standard delivery it offered.",
            "zh-CN": "您撤回的，仅承担退回商品的直接费用；卖家退还货款及原配送费用，以其提供的最便宜标准配送为限。"
          }
        }
      }
    }
  ],
  "digest": "9ef27232996edba475a5673dadf70717e43fe62307357fbaa98b81a72cddbe24",
  "windowsByRule": {
    "seller-fault-repair-or-replacement": [
      "legal_guarantee"
    ],
    "seller-fault": [
      "legal_guarantee"
    ],
    "transit-damage-repair-or-replacement": [
      "legal_guarantee"
    ],
    "transit-damage": [
      "legal_guarantee"
    ],
    "legal-guarantee-expired": [
      "legal_guarantee"
    ],
    "no-withdrawal-in-store": [],
    "excluded-custom-made": [],
    "excluded-perishable": [],
    "excluded-hygiene-seal": [],
    "excluded-unsealed-media": [],
    "excluded-newspaper": [],
    "past-withdrawal-period": [
      "withdrawal"
    ],
    "past-extended-withdrawal-period": [
      "withdrawal_extended"
    ],
    "withdrawal-bulky-off-premises-free-delivery": [],
    "withdrawal-bulky-off-premises": [],
    "withdrawal-trader-pays-free-delivery": [],
    "withdrawal-trader-pays": [],
    "withdrawal-costs-not-disclosed-free-delivery": [],
    "withdrawal-costs-not-disclosed": [],
    "late-delivery-withdrawal-free-delivery": [],
    "late-delivery-withdrawal": [],
    "withdrawal-free-delivery": [],
    "withdrawal": []
  }
});
