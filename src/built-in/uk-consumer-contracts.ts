// Generated from rules/uk-consumer-contracts.json by `npm run schemas` (uk-consumer-contracts 1.0.0, validated by loadRuleSet, sha-256 29b764ae6b91fd42bebef82d2fcb99b9c1199a3fe43c088d892221411b79769e); do not edit.
import type { RuleSet } from "../rule-set/load.js";
import { trustedRuleSet } from "../rule-set/registry.js";

export const ukConsumerContracts: RuleSet = /* @__PURE__ */ trustedRuleSet({
  "id": "uk-consumer-contracts",
  "version": "1.0.0",
  "title": {
    "en": "UK consumer law for distance and off-premises purchases",
    "zh-CN": "英国远程及营业场所外购物消费者权益规定"
  },
  "locales": [
    "en",
    "zh-CN"
  ],
  "defaultLocale": "en",
  "source": "United Kingdom statutory minimum for consumer returns of goods bought at a distance or off premises, as in force on 2026-12-01: Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013 (SI 2013/3134, 'CCR 2013') regs. 27–35 and Sch. 2; Consumer Rights Act 2015 ('CRA 2015') ss. 9–11, 19, 20, 22–24, 29. The cancellation period is counted in days without moving a last day that falls on a weekend or bank holiday (Regulation (EEC, Euratom) No 1182/71 does not apply). Followed from known official wording and secondary sources; the paragraph numbers of reg. 35 were not re-read. Fees: on a cancellation the consumer bears the direct cost of returning the goods (reg. 35) and any diminished value from handling beyond what is needed to establish their nature, characteristics and functioning (reg. 34(9)), so the cancellation rules deduct inspection.diminishedValue and charge no other fee; the trader bears the reasonable costs of returning rejected goods (CRA s. 20(7)–(8)) and the necessary costs of repair or replacement, postage included (s. 23(2)(b)); a deduction for use (inspection.diminishedValue) is made only on the final right to reject more than six months after delivery (s. 24(8), (10)). Not modelled: the newspaper and periodical exception and the other reg. 28 exceptions besides made-to-order, perishable, sealed hygiene goods and sealed media; price reduction (s. 24); the order of remedies (that a repair or replacement failed before the final right to reject) and the 30-day period's extension while a repair is waited for (s. 22(6)–(8)); late delivery (s. 28); the limitation period for fault claims (six years in England and Wales, five in Scotland); the end of the extended cancellation period 14 days after the information is given (reg. 31(3)). Rule texts paraphrase the law; not legal advice.",
  "windows": {
    "cancellation": {
      "days": 14
    },
    "cancellation_extended": {
      "days": 14,
      "months": 12
    },
    "short_term_reject": {
      "days": 30
    },
    "presumption": {
      "months": 6
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
      "name": "fault-repair-or-replacement",
      "description": "Goods not as the contract requires (defective, wrong item, not as described, incomplete, or damaged before the consumer took possession), repaired or replaced: the trader bears the necessary costs, postage included; the contract is kept, so the original delivery is not refunded.",
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
            "en": "CRA 2015 ss. 9–11, 19(3), 23(2)(b), 29",
            "zh-CN": "《2015年消费者权利法》第9条至第11条、第19条第3款、第23条第2款第（b）项、第29条"
          },
          "text": {
            "en": "The goods do not conform to the contract, so the seller bears the costs of the repair or replacement, postage included: the seller pays the return shipping of {returnShipping} and the shipping back to the buyer. The contract stands, so the original delivery is not refunded.",
            "zh-CN": "商品不符合合同约定，修理或更换的费用（包括邮费）由卖家承担：退货运费{returnShipping}及寄回买家的运费均由卖家支付。合同继续有效，原配送费用不予退还。"
          },
          "disclosure": {
            "en": "If an item is faulty, the wrong item, not as described or incomplete, a repair or replacement is free of charge, postage both ways included; the original delivery charge is not refunded, since you keep the purchase.",
            "zh-CN": "商品有质量问题、发错货、与描述不符或缺件的，修理或更换一律免费，包括往返邮费；您保留所购商品，原配送费用不予退还。"
          }
        }
      }
    },
    {
      "name": "fault-short-term-right-to-reject",
      "description": "Goods not as the contract requires, rejected within 30 days of delivery (the short-term right to reject): the trader bears the reasonable costs of returning them and refunds what was paid, delivery included, with no deduction.",
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
          },
          {
            "fact": "window.short_term_reject",
            "operator": "equal",
            "value": true
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
          "outbound": "seller",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "citation": {
            "en": "CRA 2015 ss. 19(3), 20(7)–(8), 22(3), 29",
            "zh-CN": "《2015年消费者权利法》第19条第3款、第20条第7款至第8款、第22条第3款、第29条"
          },
          "text": {
            "en": "The goods do not conform to the contract and the buyer rejected them within 30 days of delivery, so the seller bears the costs of returning them: the seller pays the return shipping of {returnShipping}, and any delivery charge the buyer paid is refunded with the price.",
            "zh-CN": "商品不符合合同约定，买家在交付后30日内行使拒收权，退货费用由卖家承担：退货运费{returnShipping}由卖家支付，买家已付的配送费用随货款一并退还。"
          },
          "disclosure": {
            "en": "If an item is faulty, the wrong item, not as described or incomplete, you can reject it within 30 days of delivery for a full refund; the seller pays the cost of sending it back.",
            "zh-CN": "商品有质量问题、发错货、与描述不符或缺件的，您可在交付后30日内拒收并获得全额退款，退回商品的费用由卖家承担。"
          }
        }
      }
    },
    {
      "name": "fault-final-right-to-reject-first-six-months",
      "description": "Goods not as the contract requires, refunded after the 30 days (the final right to reject, available once a repair or replacement has failed or is impossible; not checked here) within six months of delivery: the fault is presumed to have been there at delivery, and no deduction for use may be made.",
      "priority": 108,
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
          },
          {
            "fact": "window.short_term_reject",
            "operator": "equal",
            "value": false
          },
          {
            "fact": "window.presumption",
            "operator": "equal",
            "value": true
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
          "outbound": "seller",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "citation": {
            "en": "CRA 2015 ss. 19(14)–(15), 20(7)–(8), 24(5), 24(10)",
            "zh-CN": "《2015年消费者权利法》第19条第14款至第15款、第20条第7款至第8款、第24条第5款、第24条第10款"
          },
          "text": {
            "en": "The goods do not conform to the contract; within six months of delivery the fault is presumed to have been there at delivery. A refund after the first 30 days is the final right to reject, open once a repair or replacement has failed; the seller bears the costs of return and pays the return shipping of {returnShipping}, with no deduction for use.",
            "zh-CN": "商品不符合合同约定；交付后六个月内出现的问题，推定在交付时已存在。超过最初30日后的退款属于最终拒收权，须在修理或更换未果后行使；退货费用由卖家承担，退货运费{returnShipping}由卖家支付，且不得扣除使用折旧。"
          },
          "disclosure": {
            "en": "A fault that appears within six months of delivery is presumed to have been there from the start. After the first 30 days the seller may first repair or replace the item; if that fails, you can reject it for a refund, without any deduction for use within those six months.",
            "zh-CN": "交付后六个月内出现的问题，推定自始存在。超过最初30日的，卖家可先行修理或更换；修理或更换未果的，您可拒收并获得退款，六个月内不扣除任何使用折旧。"
          }
        }
      }
    },
    {
      "name": "fault-final-right-to-reject",
      "description": "Goods not as the contract requires, refunded more than six months after delivery (final right to reject): the fault is no longer presumed, so the finding is taken as showing it was there at delivery; the trader bears the costs of return, and a deduction for use (inspection.diminishedValue) may be made.",
      "priority": 107,
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
          },
          {
            "fact": "window.presumption",
            "operator": "equal",
            "value": false
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
          "outbound": "seller",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "diminishedValue": "deduct",
          "citation": {
            "en": "CRA 2015 ss. 19(14)–(15), 20(7)–(8), 24(5), 24(8)",
            "zh-CN": "《2015年消费者权利法》第19条第14款至第15款、第20条第7款至第8款、第24条第5款、第24条第8款"
          },
          "text": {
            "en": "The goods do not conform to the contract. More than six months after delivery the fault is no longer presumed to have been there at delivery, and this decision takes the finding as showing it was. A refund at this stage is the final right to reject, open once a repair or replacement has failed; the seller bears the costs of return and pays the return shipping of {returnShipping}, and a deduction for the use the buyer had may be made.",
            "zh-CN": "商品不符合合同约定。交付满六个月后，不再推定问题在交付时已存在，本决定以查验结果认定其在交付时已存在。此时的退款属于最终拒收权，须在修理或更换未果后行使；退货费用由卖家承担，退货运费{returnShipping}由卖家支付，但可扣除买家已使用部分的折旧。"
          },
          "disclosure": {
            "en": "For a fault that appears more than six months after delivery you may need to show it was there from the start; a refund after a failed repair or replacement may then be reduced for the use you had.",
            "zh-CN": "交付满六个月后出现的问题，您可能需要证明其自始存在；修理或更换未果后退款的，可扣除您已使用部分的折旧。"
          }
        }
      }
    },
    {
      "name": "not-a-distance-sale",
      "description": "The right to cancel covers distance and off-premises contracts only.",
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
          "code": "no_cancellation_right",
          "citation": {
            "en": "CCR 2013 regs. 27(1), 29(1)",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第27条第1款、第29条第1款"
          },
          "text": {
            "en": "The right to cancel covers purchases made at a distance or away from the seller's premises; this purchase was made in a shop, and no fault of the seller was found.",
            "zh-CN": "取消权仅适用于远程合同或在经营场所外订立的合同；本次为店内购买，不享有取消权；商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "The 14-day right to cancel applies to purchases made online, by phone or mail order, or away from the seller's premises, not to purchases in a shop.",
            "zh-CN": "14天取消权适用于网上、电话、邮购或在卖家经营场所外的购买，不适用于店内购买。"
          }
        }
      }
    },
    {
      "name": "excluded-custom-made",
      "description": "No right to cancel (reg. 28(1)(b)). No consumer confirmation is needed; a fault still wins.",
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
            "en": "CCR 2013 reg. 28(1)(b)",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第28条第1款第（b）项"
          },
          "text": {
            "en": "The item was made to the buyer's specifications or clearly personalised, so there is no right to cancel; no fault of the seller was found.",
            "zh-CN": "该商品按买家要求定制或明显个性化，不享有取消权；商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Goods made to your specifications or clearly personalised cannot be cancelled; faulty ones are still put right at the seller's cost.",
            "zh-CN": "按您的要求定制或明显个性化的商品不享有取消权；存在质量问题的，仍由卖家承担费用予以处理。"
          }
        }
      }
    },
    {
      "name": "excluded-perishable",
      "description": "No right to cancel (reg. 28(1)(c)). No consumer confirmation is needed; a fault still wins.",
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
            "en": "CCR 2013 reg. 28(1)(c)",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第28条第1款第（c）项"
          },
          "text": {
            "en": "The item deteriorates or expires rapidly, so there is no right to cancel; no fault of the seller was found.",
            "zh-CN": "该商品易于迅速变质或过期，不享有取消权；商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Goods that deteriorate or expire rapidly cannot be cancelled; faulty ones are still put right at the seller's cost.",
            "zh-CN": "易于迅速变质或过期的商品不享有取消权；存在质量问题的，仍由卖家承担费用予以处理。"
          }
        }
      }
    },
    {
      "name": "excluded-hygiene-seal",
      "description": "No right to cancel (reg. 28(3)(a)). No consumer confirmation is needed; a fault still wins.",
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
            "en": "CCR 2013 reg. 28(3)(a)",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第28条第3款第（a）项"
          },
          "text": {
            "en": "The item was sealed for health or hygiene reasons and unsealed after delivery, so the right to cancel has ended; no fault of the seller was found.",
            "zh-CN": "该商品出于健康保护或卫生原因密封，交付后已被拆封，取消权随之消灭；商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Sealed goods that cannot be returned for health or hygiene reasons lose the right to cancel once unsealed after delivery; faulty ones are still put right at the seller's cost.",
            "zh-CN": "出于健康保护或卫生原因密封的商品，交付后拆封的，不再享有取消权；存在质量问题的，仍由卖家承担费用予以处理。"
          }
        }
      }
    },
    {
      "name": "excluded-unsealed-media",
      "description": "No right to cancel (reg. 28(3)(b)). No consumer confirmation is needed; a fault still wins.",
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
            "en": "CCR 2013 reg. 28(3)(b)",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第28条第3款第（b）项"
          },
          "text": {
            "en": "The item is a sealed audio or video recording or sealed software that was unsealed after delivery, so the right to cancel has ended; no fault of the seller was found.",
            "zh-CN": "该商品为密封的音像制品或计算机软件，交付后已被拆封，取消权随之消灭；商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "Sealed audio or video recordings and sealed software lose the right to cancel once unsealed after delivery; faulty ones are still put right at the seller's cost.",
            "zh-CN": "密封的音像制品和计算机软件，交付后拆封的，不再享有取消权；存在质量问题的，仍由卖家承担费用予以处理。"
          }
        }
      }
    },
    {
      "name": "past-cancellation-period",
      "description": "14 days after the day the consumer took physical possession; no roll-over past weekends or bank holidays; a cancellation sent by the last day is in time (requestedAt = when it was sent).",
      "priority": 70,
      "conditions": {
        "all": [
          {
            "fact": "sellerDisclosedWithdrawalRight",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "window.cancellation",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "past_cancellation_period",
          "citation": {
            "en": "CCR 2013 regs. 29(1), 30(1), 30(3)",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第29条第1款、第30条第1款、第30条第3款"
          },
          "text": {
            "en": "The cancellation period ends 14 days after the day the buyer took physical possession of the goods; this cancellation was sent {daysSinceDelivery} days after, past the last day, and no fault of the seller was found.",
            "zh-CN": "取消期为取得商品实物占有之日后14日；本次取消在第{daysSinceDelivery}日发出，已超过最后一日；商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "You can cancel within 14 days after the day you receive the goods, without giving a reason; sending your cancellation by the last day is enough. The period does not move when its last day is a weekend or bank holiday.",
            "zh-CN": "您可在取得商品实物占有之日后14日内无理由取消；在最后一日前发出取消通知即可。最后一日为周末或银行假日的，不予顺延。"
          }
        }
      }
    },
    {
      "name": "past-extended-cancellation-period",
      "description": "The consumer was not told of the right to cancel, so the period ends at the latest 12 months after the normal 14 days. Its earlier end, 14 days after the information is given (reg. 31(3)), is not modelled: there is no fact for when the information was given.",
      "priority": 70,
      "conditions": {
        "all": [
          {
            "fact": "sellerDisclosedWithdrawalRight",
            "operator": "equal",
            "value": false
          },
          {
            "fact": "window.cancellation_extended",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "past_extended_cancellation_period",
          "citation": {
            "en": "CCR 2013 reg. 31(1)–(3)",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第31条第1款至第3款"
          },
          "text": {
            "en": "The buyer was not told of the right to cancel, so the period ran up to 12 months beyond the first 14 days; this cancellation was sent {daysSinceDelivery} days after delivery, later still, and no fault of the seller was found.",
            "zh-CN": "买家未获告知取消权，取消期在最初14日之后最多延长12个月；本次取消在取得商品实物占有后第{daysSinceDelivery}日发出，仍已逾期；商品也没有质量问题等卖家方面的原因。"
          },
          "disclosure": {
            "en": "If the seller does not tell you about your right to cancel, the cancellation period runs up to 12 months longer; if you are told during that time, it ends 14 days after you are told.",
            "zh-CN": "卖家未告知您取消权的，取消期最多延长12个月；卖家在此期间补充告知的，取消期自您获告知之日后14日届满。"
          }
        }
      }
    },
    {
      "name": "cancellation-bulky-off-premises-free-delivery",
      "description": "Off-premises contract, goods delivered to the consumer's home when the contract was made (item tag delivered_at_conclusion) that cannot normally be returned by post (tag bulky): the trader collects them at its own expense. Variant for orders delivered free (unconditionally or by threshold): the trader keeps bearing the delivery.",
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
            "en": "CCR 2013 regs. 34(2), 34(9), 35",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第34条第2款、第34条第9款、第35条"
          },
          "text": {
            "en": "The buyer cancelled an off-premises contract for goods delivered to the home when the contract was made that cannot be returned by post, so the seller collects them at its own expense ({returnShipping}). The order was delivered free, and cancelling may not cost the buyer that delivery.",
            "zh-CN": "买家取消在经营场所外订立的合同，商品在订立合同时已送货上门且无法邮寄退回，由卖家自费上门取回（{returnShipping}）。订单原为免运费配送，取消不得使买家因此承担原配送费用。"
          },
          "disclosure": {
            "en": "For goods delivered to your home when you made the contract away from the seller's premises, and that cannot be sent back by post, the seller collects them at its own expense. If your order was delivered free, cancelling does not cost you that delivery.",
            "zh-CN": "在卖家经营场所外订立合同、订立时即送货上门且无法邮寄退回的商品，由卖家自费取回。订单原为免运费配送的，取消不会使您承担该配送费用。"
          }
        }
      }
    },
    {
      "name": "cancellation-bulky-off-premises",
      "description": "Off-premises contract, goods delivered to the consumer's home when the contract was made (item tag delivered_at_conclusion) that cannot normally be returned by post (tag bulky): the trader collects them at its own expense. Variant for paid delivery: refunded up to the least expensive common and generally acceptable delivery; an express supplement stays with the consumer.",
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
            "en": "CCR 2013 regs. 34(2)–(3), 34(9), 35",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第34条第2款至第3款、第34条第9款、第35条"
          },
          "text": {
            "en": "The buyer cancelled an off-premises contract for goods delivered to the home when the contract was made that cannot be returned by post, so the seller collects them at its own expense ({returnShipping}). The seller refunds the original delivery up to its least expensive standard delivery.",
            "zh-CN": "买家取消在经营场所外订立的合同，商品在订立合同时已送货上门且无法邮寄退回，由卖家自费上门取回（{returnShipping}）。卖家退还原配送费用，以其提供的最便宜常规配送为限。"
          },
          "disclosure": {
            "en": "For goods delivered to your home when you made the contract away from the seller's premises, and that cannot be sent back by post, the seller collects them at its own expense.",
            "zh-CN": "在卖家经营场所外订立合同、订立时即送货上门且无法邮寄退回的商品，由卖家自费取回。"
          }
        }
      }
    },
    {
      "name": "cancellation-trader-pays-free-delivery",
      "description": "The trader agreed to bear the cost of returning goods. Variant for orders delivered free (unconditionally or by threshold): the trader keeps bearing the delivery.",
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
            "en": "CCR 2013 regs. 34(2), 34(9), 35",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第34条第2款、第34条第9款、第35条"
          },
          "text": {
            "en": "The buyer cancelled in time and the seller agreed to bear the cost of returns, so the seller pays the return shipping of {returnShipping}. The order was delivered free, and cancelling may not cost the buyer that delivery.",
            "zh-CN": "买家在期限内取消，卖家已同意承担退货费用，退货运费{returnShipping}由卖家支付。订单原为免运费配送，取消不得使买家因此承担原配送费用。"
          },
          "disclosure": {
            "en": "Where the seller offers free returns, the seller pays the cost of returning goods you cancel. If your order was delivered free, cancelling does not cost you that delivery.",
            "zh-CN": "卖家提供免费退货的，您取消后退回商品的费用由卖家承担。订单原为免运费配送的，取消不会使您承担该配送费用。"
          }
        }
      }
    },
    {
      "name": "cancellation-trader-pays",
      "description": "The trader agreed to bear the cost of returning goods. Variant for paid delivery: refunded up to the least expensive common and generally acceptable delivery; an express supplement stays with the consumer.",
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
            "en": "CCR 2013 regs. 34(2)–(3), 34(9), 35",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第34条第2款至第3款、第34条第9款、第35条"
          },
          "text": {
            "en": "The buyer cancelled in time and the seller agreed to bear the cost of returns, so the seller pays the return shipping of {returnShipping}. The seller refunds the original delivery up to its least expensive standard delivery.",
            "zh-CN": "买家在期限内取消，卖家已同意承担退货费用，退货运费{returnShipping}由卖家支付。卖家退还原配送费用，以其提供的最便宜常规配送为限。"
          },
          "disclosure": {
            "en": "Where the seller offers free returns, the seller pays the cost of returning goods you cancel.",
            "zh-CN": "卖家提供免费退货的，您取消后退回商品的费用由卖家承担。"
          }
        }
      }
    },
    {
      "name": "cancellation-costs-not-disclosed-free-delivery",
      "description": "The trader did not tell the consumer that the consumer bears the cost of returning goods (a different failure from not telling of the right itself), so the trader bears it. Variant for orders delivered free (unconditionally or by threshold): the trader keeps bearing the delivery.",
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
            "en": "CCR 2013 regs. 34(2), 34(9), 35; Sch. 2 para. (l)",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第34条第2款、第34条第9款、第35条，附表2第（l）段"
          },
          "text": {
            "en": "The buyer cancelled in time and was not told before the purchase that returns are at the buyer's cost, so the seller pays the return shipping of {returnShipping}. The order was delivered free, and cancelling may not cost the buyer that delivery.",
            "zh-CN": "买家在期限内取消，且购买前未被告知退货费用由买家承担，退货运费{returnShipping}由卖家支付。订单原为免运费配送，取消不得使买家因此承担原配送费用。"
          },
          "disclosure": {
            "en": "If the seller did not tell you before the purchase that you pay for returns, the seller pays the cost of returning goods you cancel. If your order was delivered free, cancelling does not cost you that delivery.",
            "zh-CN": "卖家在您购买前未告知退货费用由您承担的，您取消后退回商品的费用由卖家承担。订单原为免运费配送的，取消不会使您承担该配送费用。"
          }
        }
      }
    },
    {
      "name": "cancellation-costs-not-disclosed",
      "description": "The trader did not tell the consumer that the consumer bears the cost of returning goods (a different failure from not telling of the right itself), so the trader bears it. Variant for paid delivery: refunded up to the least expensive common and generally acceptable delivery; an express supplement stays with the consumer.",
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
            "en": "CCR 2013 regs. 34(2)–(3), 34(9), 35; Sch. 2 para. (l)",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第34条第2款至第3款、第34条第9款、第35条，附表2第（l）段"
          },
          "text": {
            "en": "The buyer cancelled in time and was not told before the purchase that returns are at the buyer's cost, so the seller pays the return shipping of {returnShipping}. The seller refunds the original delivery up to its least expensive standard delivery.",
            "zh-CN": "买家在期限内取消，且购买前未被告知退货费用由买家承担，退货运费{returnShipping}由卖家支付。卖家退还原配送费用，以其提供的最便宜常规配送为限。"
          },
          "disclosure": {
            "en": "If the seller did not tell you before the purchase that you pay for returns, the seller pays the cost of returning goods you cancel.",
            "zh-CN": "卖家在您购买前未告知退货费用由您承担的，您取消后退回商品的费用由卖家承担。"
          }
        }
      }
    },
    {
      "name": "cancellation-free-delivery",
      "description": "Cancellation within the period; the consumer bears the direct cost of returning the goods and any diminished value from handling beyond what is needed to establish their nature, characteristics and functioning (the fallback: every case no rule above matched is a cancellation in time). Variant for orders delivered free (unconditionally or by threshold): the trader keeps bearing the delivery.",
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
          "code": "cancellation",
          "shares": {
            "buyer": 100
          },
          "outbound": "seller",
          "negotiation": "any",
          "coverage": true,
          "diminishedValue": "deduct",
          "citation": {
            "en": "CCR 2013 regs. 29(1), 34(2), 34(9), 35",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第29条第1款、第34条第2款、第34条第9款、第35条"
          },
          "text": {
            "en": "The buyer cancelled in time and was told beforehand that returns are at the buyer's cost, so the buyer bears the direct cost of return ({returnShipping}) and pays {buyerAmount}. The order was delivered free, and cancelling may not cost the buyer that delivery.",
            "zh-CN": "买家在期限内取消，且事先已被告知退货费用由买家承担，退货的直接费用（{returnShipping}）由买家承担，买家实付{buyerAmount}。订单原为免运费配送，取消不得使买家因此承担原配送费用。"
          },
          "disclosure": {
            "en": "If your order was delivered free, cancelling costs you only the direct cost of returning the goods, not the delivery.",
            "zh-CN": "订单原为免运费配送的，取消时您仅承担退回商品的直接费用，无需承担原配送费用。"
          }
        }
      }
    },
    {
      "name": "cancellation",
      "description": "Cancellation within the period; the consumer bears the direct cost of returning the goods and any diminished value from handling beyond what is needed to establish their nature, characteristics and functioning (the fallback: every case no rule above matched is a cancellation in time). Variant for paid delivery: refunded up to the least expensive common and generally acceptable delivery; an express supplement stays with the consumer.",
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
          "code": "cancellation",
          "shares": {
            "buyer": 100
          },
          "outbound": "seller_up_to_standard",
          "negotiation": "any",
          "coverage": true,
          "diminishedValue": "deduct",
          "citation": {
            "en": "CCR 2013 regs. 29(1), 34(2)–(3), 34(9), 35",
            "zh-CN": "《2013年消费者合同（信息、取消及附加费用）条例》第29条第1款、第34条第2款至第3款、第34条第9款、第35条"
          },
          "text": {
            "en": "The buyer cancelled in time and was told beforehand that returns are at the buyer's cost, so the buyer bears the direct cost of return ({returnShipping}) and pays {buyerAmount}. The seller refunds the original delivery up to its least expensive standard delivery.",
            "zh-CN": "买家在期限内取消，且事先已被告知退货费用由买家承担，退货的直接费用（{returnShipping}）由买家承担，买家实付{buyerAmount}。卖家退还原配送费用，以其提供的最便宜常规配送为限。"
          },
          "disclosure": {
            "en": "If you cancel, you pay only the direct cost of returning the goods; the seller refunds the price and the original delivery up to its least expensive standard delivery. Handling the goods more than needed to see what they are and how they work may reduce your refund.",
            "zh-CN": "您取消的，仅承担退回商品的直接费用；卖家退还货款及原配送费用，以其提供的最便宜常规配送为限。以超出了解商品性质、特点和功能所需的方式使用商品而造成贬值的，贬值部分可从退款中扣除。"
          }
        }
      }
    }
  ],
  "digest": "29b764ae6b91fd42bebef82d2fcb99b9c1199a3fe43c088d892221411b79769e",
  "windowsByRule": {
    "fault-repair-or-replacement": [],
    "fault-short-term-right-to-reject": [
      "short_term_reject"
    ],
    "fault-final-right-to-reject-first-six-months": [
      "short_term_reject",
      "presumption"
    ],
    "fault-final-right-to-reject": [
      "presumption"
    ],
    "not-a-distance-sale": [],
    "excluded-custom-made": [],
    "excluded-perishable": [],
    "excluded-hygiene-seal": [],
    "excluded-unsealed-media": [],
    "past-cancellation-period": [
      "cancellation"
    ],
    "past-extended-cancellation-period": [
      "cancellation_extended"
    ],
    "cancellation-bulky-off-premises-free-delivery": [],
    "cancellation-bulky-off-premises": [],
    "cancellation-trader-pays-free-delivery": [],
    "cancellation-trader-pays": [],
    "cancellation-costs-not-disclosed-free-delivery": [],
    "cancellation-costs-not-disclosed": [],
    "cancellation-free-delivery": [],
    "cancellation": []
  }
});
