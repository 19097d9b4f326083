// Generated from rules/cn-consumer-law.json by `npm run schemas` (cn-consumer-law 1.0.0, validated by loadRuleSet, sha-256 71e647a32493dd274351c15737a327d74f34e8244eea9da56599402fc9d35634); do not edit.
import type { RuleSet } from "../rule-set/load.js";
import { trustedRuleSet } from "../rule-set/registry.js";

export const cnConsumerLaw: RuleSet = /* @__PURE__ */ trustedRuleSet({
  "id": "cn-consumer-law",
  "version": "1.0.0",
  "title": {
    "en": "Mainland China consumer law for online purchases",
    "zh-CN": "中国大陆网络购物退货法律规定"
  },
  "locales": [
    "en",
    "zh-CN"
  ],
  "defaultLocale": "en",
  "source": "Mainland China statutory minimum for returns of goods bought at a distance by consumers, as in force on 2026-11-28: Consumer Rights Protection Law (消费者权益保护法, as amended 2013-10-25) arts. 24, 25, 44; Civil Code (民法典, 2020) arts. 201, 203 (counting periods); E-Commerce Law (电子商务法, 2018) art. 20; Measures on Penalties for Infringing Consumer Rights (侵害消费者权益行为处罚办法, 2015) art. 9; Interim Measures on Seven-Day No-Reason Returns of Online Purchases (网络购买商品七日无理由退货暂行办法, 2017), followed from secondary sources, article numbers not verified. Fees: none. On a return for non-conformity the operator bears transport and other necessary costs (CPL art. 24); on a no-reason return the consumer bears only the return freight unless otherwise agreed (CPL art. 25(3)), and goods that are not intact are excluded rather than returned at a discount, so no rule charges a restocking fee or deducts diminished value [S]. Rule texts paraphrase the law; not legal advice.",
  "windows": {
    "no_reason": {
      "days": 7,
      "extendPastHolidays": true
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
      "name": "seller-fault",
      "description": "Goods that do not meet quality requirements (defect, wrong item, not as described, missing parts). The seller bears transport costs for return, exchange or repair, inside or outside the 7 days; this wins over every exclusion and window.",
      "priority": 110,
      "conditions": {
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
          "citation": "CPL art. 24 para. 2 (消费者权益保护法第二十四条第二款)",
          "text": {
            "en": "The goods do not meet quality requirements (defective, wrong item, not as described or incomplete), so the seller bears the transport costs and pays the return shipping of {returnShipping}.",
            "zh-CN": "商品不符合质量要求（存在质量问题、发错货、与描述不符或缺件），运输等必要费用由经营者承担，退货运费{returnShipping}由卖家支付。"
          },
          "disclosure": {
            "en": "If an item is defective, the wrong item, not as described or incomplete, the seller pays the shipping for returning, exchanging or repairing it, also after the 7-day period.",
            "zh-CN": "商品存在质量问题、发错货、与描述不符或缺件的，退货、换货或维修的运费由卖家承担，超过七日亦同。"
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
          "citation": "E-Commerce Law art. 20 (电子商务法第二十条)",
          "text": {
            "en": "The item was damaged on its way to the buyer; the seller bears the risks of transport, so the seller pays the return shipping of {returnShipping}.",
            "zh-CN": "商品在运输途中损坏，运输中的风险和责任由卖家承担，退货运费{returnShipping}由卖家支付。"
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
          "citation": "CPL art. 25 para. 1 (消费者权益保护法第二十五条第一款)",
          "text": {
            "en": "The statutory return without a reason covers only purchases made online, by TV, telephone or mail order; this purchase was not, and no fault of the seller was found.",
            "zh-CN": "法定无理由退货仅适用于通过网络、电视、电话、邮购等方式购买的商品；本次购买不属于此类，且未发现卖家责任。"
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
          "citation": "CPL art. 25 para. 1 item 1 (消费者权益保护法第二十五条第一款第一项)",
          "text": {
            "en": "The item was made to the buyer's order, so it cannot be returned without a reason; no fault of the seller was found.",
            "zh-CN": "该商品为消费者定作，不适用无理由退货；且未发现卖家责任。"
          },
          "disclosure": {
            "en": "Items made to your order cannot be returned without a reason; if they are faulty, you can still return them at the seller's cost.",
            "zh-CN": "消费者定作的商品不适用无理由退货；存在质量问题的，仍可退货，运费由卖家承担。"
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
          "citation": "CPL art. 25 para. 1 item 2 (消费者权益保护法第二十五条第一款第二项)",
          "text": {
            "en": "The item is fresh or perishable, so it cannot be returned without a reason; no fault of the seller was found.",
            "zh-CN": "该商品属于鲜活易腐商品，不适用无理由退货；且未发现卖家责任。"
          },
          "disclosure": {
            "en": "Fresh and perishable goods cannot be returned without a reason; if they are faulty, you can still return them at the seller's cost.",
            "zh-CN": "鲜活易腐的商品不适用无理由退货；存在质量问题的，仍可退货，运费由卖家承担。"
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
          "citation": "CPL art. 25 para. 1 item 3 (消费者权益保护法第二十五条第一款第三项)",
          "text": {
            "en": "The item is a digital product (recording or software) that was downloaded or unsealed by the buyer, so it cannot be returned without a reason; no fault of the seller was found.",
            "zh-CN": "该商品为在线下载或消费者已拆封的音像制品、计算机软件等数字化商品，不适用无理由退货；且未发现卖家责任。"
          },
          "disclosure": {
            "en": "Recordings, software and other digital goods cannot be returned without a reason once downloaded or unsealed; if they are faulty, you can still return them at the seller's cost.",
            "zh-CN": "在线下载或您已拆封的音像制品、计算机软件等数字化商品不适用无理由退货；存在质量问题的，仍可退货，运费由卖家承担。"
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
          "citation": "CPL art. 25 para. 1 item 4 (消费者权益保护法第二十五条第一款第四项)",
          "text": {
            "en": "Delivered newspapers and periodicals cannot be returned without a reason; no fault of the seller was found.",
            "zh-CN": "已交付的报纸、期刊不适用无理由退货；且未发现卖家责任。"
          },
          "disclosure": {
            "en": "Delivered newspapers and periodicals cannot be returned without a reason.",
            "zh-CN": "已交付的报纸、期刊不适用无理由退货。"
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
          "citation": "CPL art. 25 para. 2 (消费者权益保护法第二十五条第二款); Penalties Measures art. 9(2) (侵害消费者权益行为处罚办法第九条)",
          "text": {
            "en": "The item is unsuitable for return by its nature and the buyer confirmed at purchase that it cannot be returned without a reason; no fault of the seller was found.",
            "zh-CN": "该商品根据其性质不宜退货，且消费者在购买时已确认不适用无理由退货；未发现卖家责任。"
          },
          "disclosure": {
            "en": "Goods unsuitable for return by their nature are excluded from returns without a reason only if you confirm this when you buy them.",
            "zh-CN": "根据商品性质不宜退货的商品，须经您在购买时确认，方不适用无理由退货。"
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
          "citation": "CPL art. 25 para. 3 (消费者权益保护法第二十五条第三款); Penalties Measures art. 9(3) (侵害消费者权益行为处罚办法第九条)",
          "text": {
            "en": "Goods returned without a reason must be intact; this item was used beyond inspection, damaged, or had a one-time hygiene seal broken, so it cannot be returned without a reason. No fault of the seller was found.",
            "zh-CN": "无理由退货的商品应当完好；该商品已超出查验需要使用、已损坏或一次性卫生密封包装已破损，不适用无理由退货。未发现卖家责任。"
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
          "citation": "CPL art. 25 para. 1 (消费者权益保护法第二十五条第一款); Civil Code arts. 201, 203 (民法典第二百零一条、第二百零三条)",
          "text": {
            "en": "A return without a reason must be requested within {windowDays} days of signing for the parcel; this request came {daysSinceDelivery} days after, past the last day, and no fault of the seller was found.",
            "zh-CN": "无理由退货须在签收后{windowDays}日内提出；本次申请在签收后第{daysSinceDelivery}日提出，已超过期限，且未发现卖家责任。"
          },
          "disclosure": {
            "en": "Request a return without a reason within 7 days of signing for the parcel: counting starts the next day and ends at midnight of the 7th day; a 7th day that falls on a rest day or public holiday moves to the next working day.",
            "zh-CN": "请在签收后七日内申请无理由退货：自签收次日起算，至第七日24时止；第七日为法定休假日的，以休假日结束的次日为最后一日。"
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
          "citation": "CPL art. 25 para. 3 (消费者权益保护法第二十五条第三款：另有约定的，按照约定); Seven-Day Returns Measures (2017)",
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
          "citation": "CPL art. 25 para. 3 (消费者权益保护法第二十五条第三款：另有约定的，按照约定)",
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
          "citation": "CPL art. 25 para. 3 (消费者权益保护法第二十五条第三款); Seven-Day Returns Measures (2017)",
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
          "citation": "CPL art. 25 para. 3 (消费者权益保护法第二十五条第三款); Seven-Day Returns Measures (2017)",
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
      "description": "The 7-day return without a reason (the fallback: every case no rule above matched is a distance sale inside the window). The consumer pays return freight unless agreed otherwise; insurance or a platform guarantee pays up to its limit.",
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
          "citation": "CPL art. 25 paras. 1, 3 (消费者权益保护法第二十五条第一款、第三款)",
          "text": {
            "en": "Returned without a reason within {windowDays} days: the return shipping ({returnShipping}) is the buyer's cost unless agreed otherwise, and the buyer pays {buyerAmount}. The original delivery is not refunded.",
            "zh-CN": "在{windowDays}日内无理由退货：除另有约定外，退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}。原发货运费不予退还。"
          },
          "disclosure": {
            "en": "Goods bought online can be returned without a reason within 7 days of signing for them. You pay the return shipping unless you agreed otherwise with the seller; return-shipping insurance or a platform guarantee pays up to its limit.",
            "zh-CN": "网购商品自签收次日起七日内可无理由退货。除与卖家另有约定外，退货运费由您承担；有退货运费险或平台退货保障的，在其限额内赔付。"
          }
        }
      }
    }
  ],
  "digest": "71e647a32493dd274351c15737a327d74f34e8244eea9da56599402fc9d35634",
  "windowsByRule": {
    "seller-fault": [],
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
