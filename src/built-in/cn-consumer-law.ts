// Generated from rules/cn-consumer-law.json by `npm run schemas` (cn-consumer-law 1.1.0, validated by loadRuleSet, sha-256 ae42d01defdee8fe2ef4d7162e40baf166ddaca3cc99cd6c4a8938e7860743da); do not edit.
import type { RuleSet } from "../rule-set/load.js";
import { trustedRuleSet } from "../rule-set/registry.js";

export const cnConsumerLaw: RuleSet = /* @__PURE__ */ trustedRuleSet({
  "id": "cn-consumer-law",
  "version": "1.1.0",
  "title": {
    "en": "Mainland China consumer law for online purchases",
    "zh-CN": "中国大陆网络购物退货法律规定"
  },
  "locales": [
    "en",
    "zh-CN"
  ],
  "defaultLocale": "en",
  "source": "Mainland China statutory minimum for returns of goods bought at a distance by consumers, as in force on 2026-12-01: Consumer Rights Protection Law (消费者权益保护法, as amended 2013-10-25) arts. 24, 25; Regulation for the Implementation of the Consumer Rights Protection Law (消费者权益保护法实施条例, State Council Decree No. 778, in force 2024-07-01) art. 19, followed from secondary sources; Civil Code (民法典, 2020) arts. 201, 203, 512 (counting periods, time of delivery), 563 (rescission), 582, 610 (non-conforming performance), 621(2) (two-year notice period); E-Commerce Law (电子商务法, 2018) art. 20; Measures on Penalties for Infringing Consumer Rights (侵害消费者权益行为处罚办法, 2015) art. 9; Interim Measures on Seven-Day No-Reason Returns of Online Purchases (网络购买商品七日无理由退货暂行办法, 2017, amended 2020 by SAMR Order No. 31), followed from secondary sources, article numbers not verified. Fees: none. On a return, exchange or repair for non-conformity the operator bears transport and other necessary costs (CPL art. 24 para. 2); an exchange or repair keeps the contract, so the original delivery is not refunded then; on a no-reason return the consumer bears only the return freight unless otherwise agreed (CPL art. 25 para. 3), and goods that are not intact are excluded rather than returned at a discount, so no rule charges a restocking fee or deducts diminished value. Late delivery alone is not a ground on which the seller pays the return: a late delivery that entitles the consumer to rescind (Civil Code art. 563) is not assessed here, and a return for late delivery is decided as a return without a reason. Not modelled: the 'reasonable period' for notice (Civil Code art. 621 para. 1); a quality-guarantee period shorter than two years (only a longer one, dates.qualityGuaranteeEndsAt, extends the notice period); commercial return-shipping insurance and platform guarantees, which are the case's coverage, not the law. Rule texts paraphrase the law; not legal advice.",
  "windows": {
    "no_reason": {
      "days": 7,
      "extendPastHolidays": true
    },
    "notice_period": {
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
      "name": "notice-period-passed",
      "description": "Goods are deemed to conform when the buyer does not notify the seller within two years of receipt, unless a longer quality-guarantee period (dates.qualityGuaranteeEndsAt) is still running (Civil Code art. 621 para. 2). The request date stands in for the date of notice. Past two years the 7 days are over too.",
      "priority": 120,
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
            "fact": "window.notice_period",
            "operator": "equal",
            "value": false
          },
          {
            "fact": "withinQualityGuarantee",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "notice_period_passed",
          "citation": {
            "en": "Civil Code art. 621 para. 2",
            "zh-CN": "《民法典》第六百二十一条第二款"
          },
          "text": {
            "en": "A fault must be reported to the seller within two years of receipt, or within a longer quality-guarantee period; this request came {daysSinceDelivery} days after delivery, when both had passed, so the goods count as conforming.",
            "zh-CN": "质量问题应在签收后两年内或更长的质量保证期内告知卖家；本次申请在签收后第{daysSinceDelivery}日提出，已超过上述期限，商品视为符合约定。"
          },
          "disclosure": {
            "en": "Faults must be reported within two years of receipt, or within the quality-guarantee period if it is longer.",
            "zh-CN": "质量问题须在签收后两年内告知卖家；商品的质量保证期更长的，在质量保证期内告知。"
          }
        }
      }
    },
    {
      "name": "seller-fault-exchange-or-repair",
      "description": "Goods that do not meet quality requirements, exchanged or repaired: the seller bears the transport both ways (CPL art. 24 para. 2), but the contract is kept, so the original delivery is not refunded.",
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
            "en": "CPL art. 24; Civil Code arts. 582, 610",
            "zh-CN": "《消费者权益保护法》第二十四条；《民法典》第五百八十二条、第六百一十条"
          },
          "text": {
            "en": "The goods do not meet quality requirements (defective, wrong item, not as described or incomplete), so the seller bears the transport costs of the exchange or repair: the seller pays the return shipping of {returnShipping} and the shipping back to the buyer. The contract stands, so the original delivery is not refunded.",
            "zh-CN": "商品不符合质量要求（存在质量问题、发错货、与描述不符或缺件），换货或维修的运输费用由卖家承担：退货运费{returnShipping}及寄回买家的运费均由卖家支付。合同继续履行，原发货运费不予退还。"
          },
          "disclosure": {
            "en": "For an exchange or repair of a faulty item the seller pays the shipping both ways; the original delivery charge is not refunded, since you keep the purchase.",
            "zh-CN": "因质量问题换货或维修的，往返运费由卖家承担；您保留所购商品，原发货运费不予退还。"
          }
        }
      }
    },
    {
      "name": "seller-fault",
      "description": "Goods that do not meet quality requirements (defect, wrong item, not as described, missing parts), asked to be refunded. The seller bears transport costs, inside or outside the 7 days (after them, a return where the conditions for rescission are met, otherwise exchange or repair); this wins over every exclusion and window. On a refund the original delivery comes back too.",
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
            "en": "CPL art. 24; Civil Code arts. 582, 610, 621 para. 2",
            "zh-CN": "《消费者权益保护法》第二十四条；《民法典》第五百八十二条、第六百一十条、第六百二十一条第二款"
          },
          "text": {
            "en": "The goods do not meet quality requirements (defective, wrong item, not as described or incomplete), so the seller bears the transport costs: the seller pays the return shipping of {returnShipping}, and any delivery charge the buyer paid is refunded with the goods.",
            "zh-CN": "商品不符合质量要求（存在质量问题、发错货、与描述不符或缺件），运输等必要费用由卖家承担：退货运费{returnShipping}由卖家支付，买家已付的原发货运费随货款一并退还。"
          },
          "disclosure": {
            "en": "If an item is defective, the wrong item, not as described or incomplete, the seller pays the shipping for returning, exchanging or repairing it, also after the 7 days; after the 7 days, a return is possible where the conditions for ending the contract are met, otherwise an exchange or repair. Report the fault within two years of receipt, or within the quality-guarantee period if it is longer.",
            "zh-CN": "商品存在质量问题、发错货、与描述不符或缺件的，退货、换货或维修的运费由卖家承担，超过七日亦同；超过七日的，符合法定解除合同条件的可以退货，否则可要求换货或维修。请在签收后两年内提出；商品的质量保证期更长的，在质量保证期内提出。"
          }
        }
      }
    },
    {
      "name": "transit-damage-exchange-or-repair",
      "description": "Damaged in transit, exchanged or repaired: the seller bears the transport both ways, but the contract is kept, so the original delivery is not refunded.",
      "priority": 107,
      "conditions": {
        "all": [
          {
            "fact": "damagedInTransit",
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
            "en": "E-Commerce Law art. 20; CPL art. 24 para. 2",
            "zh-CN": "《电子商务法》第二十条；《消费者权益保护法》第二十四条第二款"
          },
          "text": {
            "en": "The item was damaged on its way to the buyer; the seller bears the risks of transport, so the seller pays the return shipping of {returnShipping} and the shipping of the exchanged or repaired item. The contract stands, so the original delivery is not refunded.",
            "zh-CN": "商品在运输途中损坏，运输中的风险和责任由卖家承担：退货运费{returnShipping}及换货或维修后寄回的运费均由卖家支付。合同继续履行，原发货运费不予退还。"
          },
          "disclosure": {
            "en": "If an item that arrived damaged is exchanged or repaired, the seller pays the shipping both ways; the original delivery charge is not refunded.",
            "zh-CN": "到货破损的商品换货或维修的，往返运费由卖家承担；原发货运费不予退还。"
          }
        }
      }
    },
    {
      "name": "transit-damage",
      "description": "The seller bears the risk of transport to the consumer. Do not set damagedInTransit when the consumer chose the carrier (art. 20, proviso).",
      "priority": 105,
      "conditions": {
        "all": [
          {
            "fact": "damagedInTransit",
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
            "en": "E-Commerce Law art. 20",
            "zh-CN": "《电子商务法》第二十条"
          },
          "text": {
            "en": "The item was damaged on its way to the buyer; the seller bears the risks of transport, so the seller pays the return shipping of {returnShipping}, and any delivery charge the buyer paid is refunded with the goods.",
            "zh-CN": "商品在运输途中损坏，运输中的风险和责任由卖家承担：退货运费{returnShipping}由卖家支付，买家已付的原发货运费随货款一并退还。"
          },
          "disclosure": {
            "en": "If an item arrives damaged, the seller bears the transport risk and pays the return shipping, unless you chose the carrier yourself.",
            "zh-CN": "商品在运输途中损坏的，运输风险由卖家承担，退货运费由卖家支付；您另行选择快递物流服务的除外。"
          }
        }
      }
    },
    {
      "name": "not-a-distance-sale",
      "description": "The no-reason return covers only distance sales (internet, TV, telephone, mail order).",
      "priority": 90,
      "conditions": {
        "all": [
          {
            "fact": "channel",
            "operator": "notEqual",
            "value": "distance"
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "no_statutory_no_reason_return",
          "citation": {
            "en": "CPL art. 25 para. 1",
            "zh-CN": "《消费者权益保护法》第二十五条第一款"
          },
          "text": {
            "en": "The statutory return without a reason covers only purchases made online, by TV, telephone or mail order; this purchase was not, and no fault of the seller was found.",
            "zh-CN": "本次购买并非通过网络、电视、电话、邮购等方式进行，不适用法定无理由退货；商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "The 7-day return without a reason applies to purchases made online, by TV, telephone or mail order.",
            "zh-CN": "七日无理由退货适用于通过网络、电视、电话、邮购等方式购买的商品。"
          }
        }
      }
    },
    {
      "name": "excluded-custom-made",
      "description": "Goods made to the consumer's order. The quality route (seller-fault) still applies.",
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
            "en": "CPL art. 25 para. 1 item 1",
            "zh-CN": "《消费者权益保护法》第二十五条第一款第（一）项"
          },
          "text": {
            "en": "The item was made to the buyer's order, so it cannot be returned without a reason; no fault of the seller was found.",
            "zh-CN": "该商品为消费者定作，不适用无理由退货；商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Items made to your order cannot be returned without a reason; if they are faulty, they can be returned, exchanged or repaired as the law provides, at the seller's cost.",
            "zh-CN": "消费者定作的商品不适用无理由退货；存在质量问题的，可依法退货、换货或维修，费用由卖家承担。"
          }
        }
      }
    },
    {
      "name": "excluded-perishable",
      "description": "Fresh and perishable goods.",
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
            "en": "CPL art. 25 para. 1 item 2",
            "zh-CN": "《消费者权益保护法》第二十五条第一款第（二）项"
          },
          "text": {
            "en": "The item is fresh or perishable, so it cannot be returned without a reason; no fault of the seller was found.",
            "zh-CN": "该商品属于鲜活易腐商品，不适用无理由退货；商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Fresh and perishable goods cannot be returned without a reason; if they are faulty, they can be returned, exchanged or repaired as the law provides, at the seller's cost.",
            "zh-CN": "鲜活易腐的商品不适用无理由退货；存在质量问题的，可依法退货、换货或维修，费用由卖家承担。"
          }
        }
      }
    },
    {
      "name": "excluded-unsealed-digital",
      "description": "Audio-video recordings, software and other digital goods downloaded online or unsealed by the consumer (tags digital_unsealed and media_seal_broken).",
      "priority": 84,
      "conditions": {
        "any": [
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "digital_unsealed"
          },
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
          "code": "excluded_unsealed_digital",
          "citation": {
            "en": "CPL art. 25 para. 1 item 3",
            "zh-CN": "《消费者权益保护法》第二十五条第一款第（三）项"
          },
          "text": {
            "en": "The item is a digital product (recording or software) that was downloaded or unsealed by the buyer, so it cannot be returned without a reason; no fault of the seller was found.",
            "zh-CN": "该商品为在线下载或消费者已拆封的音像制品、计算机软件等数字化商品，不适用无理由退货；商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Recordings, software and other digital goods cannot be returned without a reason once downloaded or unsealed; if they are faulty, they can be returned, exchanged or repaired as the law provides, at the seller's cost.",
            "zh-CN": "在线下载或您已拆封的音像制品、计算机软件等数字化商品不适用无理由退货；存在质量问题的，可依法退货、换货或维修，费用由卖家承担。"
          }
        }
      }
    },
    {
      "name": "excluded-newspaper",
      "description": "Delivered newspapers and periodicals.",
      "priority": 83,
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
            "en": "CPL art. 25 para. 1 item 4",
            "zh-CN": "《消费者权益保护法》第二十五条第一款第（四）项"
          },
          "text": {
            "en": "Delivered newspapers and periodicals cannot be returned without a reason; no fault of the seller was found.",
            "zh-CN": "已交付的报纸、期刊不适用无理由退货；商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Delivered newspapers and periodicals cannot be returned without a reason; if they are faulty, they can be returned, exchanged or repaired as the law provides, at the seller's cost.",
            "zh-CN": "已交付的报纸、期刊不适用无理由退货；存在质量问题的，可依法退货、换货或维修，费用由卖家承担。"
          }
        }
      }
    },
    {
      "name": "excluded-by-nature-confirmed",
      "description": "Goods unsuitable for return by their nature are excluded only when the consumer confirmed it at purchase; without confirmation the no-reason return stands.",
      "priority": 82,
      "conditions": {
        "all": [
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "unsuitable_by_nature"
          },
          {
            "fact": "confirmedNonReturnable",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "excluded_confirmed_unsuitable",
          "citation": {
            "en": "CPL art. 25 para. 2; Implementing Regulation (2024) art. 19; Penalties Measures art. 9 item 2",
            "zh-CN": "《消费者权益保护法》第二十五条第二款；《消费者权益保护法实施条例》第十九条；《侵害消费者权益行为处罚办法》第九条第（二）项"
          },
          "text": {
            "en": "The item is unsuitable for return by its nature and the buyer confirmed at purchase that it cannot be returned without a reason; no fault of the seller was found.",
            "zh-CN": "该商品根据其性质不宜退货，且消费者在购买时已确认不适用无理由退货；商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Goods unsuitable for return by their nature are excluded from returns without a reason only if the seller marked this clearly and you confirmed it yourself when you bought them; if they are faulty, they can be returned, exchanged or repaired as the law provides, at the seller's cost.",
            "zh-CN": "根据商品性质不宜退货的商品，须经卖家醒目提示并由您在购买时自行确认，方不适用无理由退货；存在质量问题的，可依法退货、换货或维修，费用由卖家承担。"
          }
        }
      }
    },
    {
      "name": "not-intact",
      "description": "Returned goods must be intact. Opening to inspect ('opened') keeps them intact; used beyond inspection, damaged by the buyer, or a one-time hygiene seal broken does not.",
      "priority": 80,
      "conditions": {
        "any": [
          {
            "fact": "itemCondition",
            "operator": "in",
            "value": [
              "used",
              "damaged_by_buyer"
            ]
          },
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
          "code": "not_intact",
          "citation": {
            "en": "CPL art. 25 para. 3; Implementing Regulation (2024) art. 19; Penalties Measures art. 9 item 3",
            "zh-CN": "《消费者权益保护法》第二十五条第三款；《消费者权益保护法实施条例》第十九条；《侵害消费者权益行为处罚办法》第九条第（三）项"
          },
          "text": {
            "en": "Goods returned without a reason must be intact; this item was used beyond inspection, damaged, or had a one-time hygiene seal broken, so it cannot be returned without a reason. No fault of the seller was found.",
            "zh-CN": "无理由退货的商品应当完好；该商品已超出查验需要使用、已损坏或一次性卫生密封包装已破损，不适用无理由退货。商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Items returned without a reason must be intact. Opening the package to inspect the item, or trying it reasonably, is fine; items used beyond that, damaged, or with a one-time hygiene seal broken cannot be returned without a reason.",
            "zh-CN": "无理由退货的商品应当完好。为查验而拆开包装或进行合理调试不影响商品完好；超出查验需要使用、已损坏或一次性卫生密封包装已破损的，不适用无理由退货。"
          }
        }
      }
    },
    {
      "name": "past-no-reason-window",
      "description": "7 days from signing for the parcel; day 0 is the day of signing, the last day ends at 24:00 and moves past rest days and public holidays (the evaluator's calendar).",
      "priority": 70,
      "conditions": {
        "all": [
          {
            "fact": "window.no_reason",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "past_no_reason_window",
          "citation": {
            "en": "CPL art. 25 para. 1; Civil Code arts. 201, 203, 512",
            "zh-CN": "《消费者权益保护法》第二十五条第一款；《民法典》第二百零一条、第二百零三条、第五百一十二条"
          },
          "text": {
            "en": "A return without a reason must be requested within {windowDays} days of signing for the parcel; this request came {daysSinceDelivery} days after, past the last day, and no fault of the seller was found.",
            "zh-CN": "无理由退货须在签收后{windowDays}日内提出；本次申请在签收后第{daysSinceDelivery}日提出，已超过期限。商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Request a return without a reason within 7 days of signing for the parcel: counting starts the next day and ends at midnight of the 7th day; a 7th day that falls on a rest day or public holiday moves to the next working day.",
            "zh-CN": "请在签收后七日内申请无理由退货：自签收次日起算，至第七日24时止；第七日为法定休假日的，以休假日结束的次日为最后一日。"
          }
        }
      }
    },
    {
      "name": "late-delivery-free-shipping",
      "description": "A return for late delivery, no fault found: late delivery alone is not a fault route for return costs unless it justifies rescission (Civil Code art. 563), which is not assessed here; decided as a no-reason return. Variant for orders that shipped free and still qualify.",
      "priority": 26,
      "conditions": {
        "all": [
          {
            "fact": "reason",
            "operator": "equal",
            "value": "late_delivery"
          },
          {
            "fact": "window.no_reason",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "sellerFreeReturns",
            "operator": "equal",
            "value": false
          },
          {
            "any": [
              {
                "fact": "freeShipping",
                "operator": "equal",
                "value": "unconditional"
              },
              {
                "all": [
                  {
                    "fact": "freeShipping",
                    "operator": "equal",
                    "value": "threshold"
                  },
                  {
                    "fact": "thresholdStillMet",
                    "operator": "equal",
                    "value": true
                  }
                ]
              }
            ]
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "late_delivery_no_reason_return",
          "shares": {
            "buyer": 100
          },
          "outbound": "seller",
          "negotiation": "any",
          "coverage": true,
          "citation": {
            "en": "CPL art. 25 paras. 1, 3; Civil Code art. 563; Seven-Day Returns Measures (2017, amended 2020)",
            "zh-CN": "《消费者权益保护法》第二十五条第一款、第三款；《民法典》第五百六十三条；《网络购买商品七日无理由退货暂行办法》（2017年公布，2020年修订）"
          },
          "text": {
            "en": "Late delivery alone does not make the return the seller's responsibility unless it entitles the buyer to rescind the contract, which this decision does not assess; it is decided as a return without a reason within {windowDays} days: the return shipping ({returnShipping}) is the buyer's cost unless agreed otherwise, and the buyer pays {buyerAmount}. The order shipped free, so the original delivery stays free.",
            "zh-CN": "仅延迟送达并不使退货成为卖家的责任，除非延迟已使买家有权依法解除合同（本决定不作此判断）；本次按{windowDays}日内无理由退货处理：除另有约定外，退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}。订单包邮，原发货运费不另收取。"
          },
          "disclosure": {
            "en": "If an order that shipped free arrives late and you return it without a reason, you pay only the return shipping.",
            "zh-CN": "包邮订单延迟送达、您按无理由退货办理的，只需承担退货运费。"
          }
        }
      }
    },
    {
      "name": "late-delivery",
      "description": "A return for late delivery, no fault found: late delivery alone is not a fault route for return costs unless it justifies rescission (Civil Code art. 563), which is not assessed here; decided as a no-reason return, the original delivery not refunded.",
      "priority": 25,
      "conditions": {
        "all": [
          {
            "fact": "reason",
            "operator": "equal",
            "value": "late_delivery"
          },
          {
            "fact": "window.no_reason",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "sellerFreeReturns",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "late_delivery_no_reason_return",
          "shares": {
            "buyer": 100
          },
          "outbound": "buyer",
          "negotiation": "any",
          "coverage": true,
          "citation": {
            "en": "CPL art. 25 paras. 1, 3; Civil Code art. 563",
            "zh-CN": "《消费者权益保护法》第二十五条第一款、第三款；《民法典》第五百六十三条"
          },
          "text": {
            "en": "Late delivery alone does not make the return the seller's responsibility unless it entitles the buyer to rescind the contract, which this decision does not assess; it is decided as a return without a reason within {windowDays} days: the return shipping ({returnShipping}) is the buyer's cost unless agreed otherwise, and the buyer pays {buyerAmount}. The original delivery is not refunded.",
            "zh-CN": "仅延迟送达并不使退货成为卖家的责任，除非延迟已使买家有权依法解除合同（本决定不作此判断）；本次按{windowDays}日内无理由退货处理：除另有约定外，退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}。原发货运费不予退还。"
          },
          "disclosure": {
            "en": "A late delivery alone does not make the seller pay for the return, unless the delay entitles you to end the contract; otherwise you can return the item within the 7 days as a return without a reason, on the terms above.",
            "zh-CN": "仅延迟送达的，退货运费并不因此由卖家承担，除非延迟已使您有权依法解除合同；否则可在七日内按无理由退货办理，规则同上。"
          }
        }
      }
    },
    {
      "name": "no-reason-free-returns-free-shipping",
      "description": "The seller promised free returns (an agreement under art. 25 para. 3) and the order shipped free and still qualifies; the original delivery stays with the seller.",
      "priority": 24,
      "conditions": {
        "all": [
          {
            "fact": "window.no_reason",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "sellerFreeReturns",
            "operator": "equal",
            "value": true
          },
          {
            "any": [
              {
                "fact": "freeShipping",
                "operator": "equal",
                "value": "unconditional"
              },
              {
                "all": [
                  {
                    "fact": "freeShipping",
                    "operator": "equal",
                    "value": "threshold"
                  },
                  {
                    "fact": "thresholdStillMet",
                    "operator": "equal",
                    "value": true
                  }
                ]
              }
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
          "citation": {
            "en": "CPL art. 25 para. 3 (as agreed otherwise); Seven-Day Returns Measures (2017, amended 2020)",
            "zh-CN": "《消费者权益保护法》第二十五条第三款（“经营者和消费者另有约定的，按照约定”）；《网络购买商品七日无理由退货暂行办法》（2017年公布，2020年修订）"
          },
          "text": {
            "en": "Returned without a reason within {windowDays} days; the seller promised free returns, so the seller pays the return shipping of {returnShipping}, and the free delivery of the order stands.",
            "zh-CN": "在{windowDays}日内无理由退货；卖家承诺退货包运费，退货运费{returnShipping}由卖家支付，订单原有的包邮不变。"
          },
          "disclosure": {
            "en": "Where the seller promises free returns, the seller pays the return shipping of a return without a reason; if your order shipped free, that delivery stays free.",
            "zh-CN": "卖家承诺退货包运费的，无理由退货的运费由卖家承担；订单包邮的，原发货运费不另收取。"
          }
        }
      }
    },
    {
      "name": "no-reason-free-returns",
      "description": "The seller promised free returns; the order did not ship free, or lost its threshold free shipping, so the original delivery stays with the buyer.",
      "priority": 23,
      "conditions": {
        "all": [
          {
            "fact": "window.no_reason",
            "operator": "equal",
            "value": true
          },
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
          "outbound": "buyer",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "citation": {
            "en": "CPL art. 25 para. 3 (as agreed otherwise)",
            "zh-CN": "《消费者权益保护法》第二十五条第三款（“经营者和消费者另有约定的，按照约定”）"
          },
          "text": {
            "en": "Returned without a reason within {windowDays} days; the seller promised free returns, so the seller pays the return shipping of {returnShipping}. The original delivery is not refunded.",
            "zh-CN": "在{windowDays}日内无理由退货；卖家承诺退货包运费，退货运费{returnShipping}由卖家支付。原发货运费不予退还。"
          },
          "disclosure": {
            "en": "Where the seller promises free returns, the seller pays the return shipping of a return without a reason; the original delivery charge is not refunded.",
            "zh-CN": "卖家承诺退货包运费的，无理由退货的运费由卖家承担；原发货运费不予退还。"
          }
        }
      }
    },
    {
      "name": "no-reason-free-shipping",
      "description": "The order shipped free unconditionally, or its threshold is still met after the return; the buyer pays only the return leg.",
      "priority": 22,
      "conditions": {
        "all": [
          {
            "fact": "window.no_reason",
            "operator": "equal",
            "value": true
          },
          {
            "any": [
              {
                "fact": "freeShipping",
                "operator": "equal",
                "value": "unconditional"
              },
              {
                "all": [
                  {
                    "fact": "freeShipping",
                    "operator": "equal",
                    "value": "threshold"
                  },
                  {
                    "fact": "thresholdStillMet",
                    "operator": "equal",
                    "value": true
                  }
                ]
              }
            ]
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "no_reason_return",
          "shares": {
            "buyer": 100
          },
          "outbound": "seller",
          "negotiation": "any",
          "coverage": true,
          "citation": {
            "en": "CPL art. 25 para. 3; Seven-Day Returns Measures (2017, amended 2020)",
            "zh-CN": "《消费者权益保护法》第二十五条第三款；《网络购买商品七日无理由退货暂行办法》（2017年公布，2020年修订）"
          },
          "text": {
            "en": "Returned without a reason within {windowDays} days: the return shipping ({returnShipping}) is the buyer's cost unless agreed otherwise, and the buyer pays {buyerAmount}. The order shipped free, so the original delivery stays free.",
            "zh-CN": "在{windowDays}日内无理由退货：除另有约定外，退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}。订单包邮，原发货运费不另收取。"
          },
          "disclosure": {
            "en": "If your order shipped free, returning it without a reason costs you only the return shipping.",
            "zh-CN": "订单包邮的，无理由退货时您只需承担退货运费。"
          }
        }
      }
    },
    {
      "name": "no-reason-threshold-lost",
      "description": "Free shipping depended on a minimum order and the return drops the order below it; the seller may charge the original delivery.",
      "priority": 21,
      "conditions": {
        "all": [
          {
            "fact": "window.no_reason",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "freeShipping",
            "operator": "equal",
            "value": "threshold"
          },
          {
            "fact": "thresholdStillMet",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "no_reason_return_threshold_lost",
          "shares": {
            "buyer": 100
          },
          "outbound": "buyer",
          "negotiation": "any",
          "coverage": true,
          "citation": {
            "en": "CPL art. 25 para. 3; Seven-Day Returns Measures (2017, amended 2020)",
            "zh-CN": "《消费者权益保护法》第二十五条第三款；《网络购买商品七日无理由退货暂行办法》（2017年公布，2020年修订）"
          },
          "text": {
            "en": "Returned without a reason within {windowDays} days: the return shipping ({returnShipping}) is the buyer's cost unless agreed otherwise, and the buyer pays {buyerAmount}. The order no longer reaches the free-shipping minimum, so the original delivery is charged to the buyer.",
            "zh-CN": "在{windowDays}日内无理由退货：除另有约定外，退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}。退货后订单不再满足满额包邮条件，原发货运费由买家承担。"
          },
          "disclosure": {
            "en": "If your order shipped free because it reached a minimum amount and a return takes it below that amount, the seller may deduct the original shipping from your refund.",
            "zh-CN": "订单因满额包邮，退货后不再满足包邮条件的，卖家可在退款中扣除原发货运费。"
          }
        }
      }
    },
    {
      "name": "no-reason-return",
      "description": "The 7-day return without a reason (the fallback: every case no rule above matched is a distance sale inside the window). The consumer pays return freight unless agreed otherwise; coverage the case carries (insurance, a platform guarantee) pays as the case says.",
      "priority": 10,
      "conditions": {
        "all": [
          {
            "fact": "window.no_reason",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "no_reason_return",
          "shares": {
            "buyer": 100
          },
          "outbound": "buyer",
          "negotiation": "any",
          "coverage": true,
          "citation": {
            "en": "CPL art. 25 paras. 1, 3",
            "zh-CN": "《消费者权益保护法》第二十五条第一款、第三款"
          },
          "text": {
            "en": "Returned without a reason within {windowDays} days: the return shipping ({returnShipping}) is the buyer's cost unless agreed otherwise, and the buyer pays {buyerAmount}. The original delivery is not refunded.",
            "zh-CN": "在{windowDays}日内无理由退货：除另有约定外，退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}。原发货运费不予退还。"
          },
          "disclosure": {
            "en": "Goods bought online can be returned without a reason within 7 days of signing for them. You pay the return shipping unless you agreed otherwise with the seller.",
            "zh-CN": "网购商品自签收次日起七日内可无理由退货。除与卖家另有约定外，退货运费由您承担。"
          }
        }
      }
    }
  ],
  "digest": "ae42d01defdee8fe2ef4d7162e40baf166ddaca3cc99cd6c4a8938e7860743da",
  "windowsByRule": {
    "notice-period-passed": [
      "notice_period"
    ],
    "seller-fault-exchange-or-repair": [],
    "seller-fault": [],
    "transit-damage-exchange-or-repair": [],
    "transit-damage": [],
    "not-a-distance-sale": [],
    "excluded-custom-made": [],
    "excluded-perishable": [],
    "excluded-unsealed-digital": [],
    "excluded-newspaper": [],
    "excluded-by-nature-confirmed": [],
    "not-intact": [],
    "past-no-reason-window": [
      "no_reason"
    ],
    "late-delivery-free-shipping": [
      "no_reason"
    ],
    "late-delivery": [
      "no_reason"
    ],
    "no-reason-free-returns-free-shipping": [
      "no_reason"
    ],
    "no-reason-free-returns": [
      "no_reason"
    ],
    "no-reason-free-shipping": [
      "no_reason"
    ],
    "no-reason-threshold-lost": [
      "no_reason"
    ],
    "no-reason-return": [
      "no_reason"
    ]
  }
});
