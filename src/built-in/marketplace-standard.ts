// Generated from rules/marketplace-standard.json by `npm run schemas` (marketplace-standard 1.0.0, validated by loadRuleSet, sha-256 cd18edcd0a637ad5975bb4ed758a6e5463a3bcfa921ffe8dbff6b7a25567f037); do not edit.
import type { RuleSet } from "../rule-set/load.js";
import { trustedRuleSet } from "../rule-set/registry.js";

export const marketplaceStandard: RuleSet = /* @__PURE__ */ trustedRuleSet({
  "id": "marketplace-standard",
  "version": "1.0.0",
  "title": {
    "en": "Marketplace standard returns policy",
    "zh-CN": "平台标准退货政策"
  },
  "locales": [
    "en",
    "zh-CN"
  ],
  "defaultLocale": "en",
  "source": "After-sales practice of cross-border marketplaces (AliExpress-style): seller-caused returns are seller-paid, buyer's own reasons are buyer-paid, splits may be agreed, return guarantees cover the first return up to a limit, returns are opened within 15 days of delivery. Compiled 2026-11-28 from marketplace help pages; not a statute.",
  "windows": {
    "dispute": {
      "days": 15
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
      "name": "past-dispute-window",
      "description": "Returns and disputes must be opened within 15 days of delivery.",
      "priority": 200,
      "conditions": {
        "all": [
          {
            "fact": "window.dispute",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "past_dispute_window",
          "citation": "Marketplace return policy: disputes within 15 days of delivery",
          "text": {
            "en": "Returns must be opened within {windowDays} days of delivery; this request came {daysSinceDelivery} days after delivery, so it cannot be accepted.",
            "zh-CN": "退货须在签收后{windowDays}天内发起；本次申请在签收后第{daysSinceDelivery}天提出，无法受理。"
          },
          "disclosure": {
            "en": "Open a return within 15 days of delivery; later requests cannot be accepted.",
            "zh-CN": "请在签收后15天内发起退货，逾期申请将无法受理。"
          }
        }
      }
    },
    {
      "name": "seller-fault",
      "description": "Quality problem, wrong item, not as described, missing parts, damaged in transit.",
      "priority": 100,
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
          },
          {
            "fact": "damagedInTransit",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "reason",
            "operator": "in",
            "value": [
              "quality_defect",
              "wrong_item",
              "not_as_described",
              "missing_parts",
              "damaged_in_transit"
            ]
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
          "citation": "Marketplace return policy: seller-caused returns",
          "text": {
            "en": "The problem lies with the seller, so the seller pays the return shipping of {returnShipping}.",
            "zh-CN": "问题由卖家造成，退货运费{returnShipping}由卖家承担。"
          },
          "disclosure": {
            "en": "If the item is defective, wrong, not as described, incomplete or damaged in transit, the seller pays return shipping, and for an exchange or repair also the shipping back to you.",
            "zh-CN": "商品存在质量问题、发错货、与描述不符、缺少配件或运输途中损坏的，退货运费由卖家承担；换货或维修的，寄回给您的运费也由卖家承担。"
          }
        }
      }
    },
    {
      "name": "seller-free-returns",
      "description": "The seller promised to take the return cost.",
      "priority": 20,
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
          "outbound": "buyer",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "citation": "Marketplace return policy: seller's free-returns promise",
          "text": {
            "en": "The seller offers free returns, so the seller pays the return shipping of {returnShipping}.",
            "zh-CN": "卖家承诺免费退货，退货运费{returnShipping}由卖家承担。"
          },
          "disclosure": {
            "en": "Where the seller offers free returns, the seller pays return shipping whatever the reason.",
            "zh-CN": "卖家承诺免费退货的，无论退货原因，退货运费均由卖家承担。"
          }
        }
      }
    },
    {
      "name": "seller-free-returns-free-shipping",
      "description": "The seller promised free returns and the order shipped free (unconditionally, or above a threshold it still meets).",
      "priority": 21,
      "conditions": {
        "all": [
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
                "fact": "thresholdStillMet",
                "operator": "equal",
                "value": true
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
          "citation": "Marketplace return policy: seller's free-returns promise",
          "text": {
            "en": "The seller offers free returns, so the seller pays the return shipping of {returnShipping}; the free delivery stays free.",
            "zh-CN": "卖家承诺免费退货，退货运费{returnShipping}由卖家承担；原订单的包邮不受影响。"
          },
          "disclosure": {
            "en": "Where the seller offers free returns and your order shipped free, returning it costs you nothing for shipping either way.",
            "zh-CN": "卖家承诺免费退货且订单包邮的，退货不产生任何运费。"
          }
        }
      }
    },
    {
      "name": "buyer-reasons",
      "description": "The buyer's own reasons, with no fault found; buyer and seller may agree a split.",
      "priority": 10,
      "conditions": {
        "all": [
          {
            "fact": "reason",
            "operator": "in",
            "value": [
              "changed_mind",
              "does_not_fit",
              "ordered_by_mistake",
              "better_price_found"
            ]
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "buyer_reasons",
          "shares": {
            "buyer": 100
          },
          "outbound": "buyer",
          "negotiation": "any",
          "coverage": true,
          "citation": "Marketplace return policy: returns for the buyer's own reasons",
          "text": {
            "en": "Returned for the buyer's own reasons: return shipping ({returnShipping}) is the buyer's cost, and the buyer pays {buyerAmount} of it.",
            "zh-CN": "因买家个人原因退货，退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}。"
          },
          "disclosure": {
            "en": "If you return an item for your own reasons (changed your mind, does not fit, ordered by mistake, found it cheaper), you pay return shipping, unless you agree a split with the seller or a return guarantee covers it.",
            "zh-CN": "因个人原因（不想要了、尺码不合适、拍错、找到更低价格）退货的，退货运费由您承担，与卖家另有约定或有退货保障服务的除外。"
          }
        }
      }
    },
    {
      "name": "buyer-reasons-free-shipping",
      "description": "The buyer pays the return leg only; the free delivery is not charged afterwards.",
      "priority": 11,
      "conditions": {
        "all": [
          {
            "fact": "reason",
            "operator": "in",
            "value": [
              "changed_mind",
              "does_not_fit",
              "ordered_by_mistake",
              "better_price_found"
            ]
          },
          {
            "any": [
              {
                "fact": "freeShipping",
                "operator": "equal",
                "value": "unconditional"
              },
              {
                "fact": "thresholdStillMet",
                "operator": "equal",
                "value": true
              }
            ]
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "buyer_reasons",
          "shares": {
            "buyer": 100
          },
          "outbound": "seller",
          "negotiation": "any",
          "coverage": true,
          "citation": "Marketplace return policy: returns for the buyer's own reasons",
          "text": {
            "en": "Returned for the buyer's own reasons: return shipping ({returnShipping}) is the buyer's cost, and the buyer pays {buyerAmount} of it; the free delivery stays free.",
            "zh-CN": "因买家个人原因退货，退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}；原订单的包邮不受影响。"
          },
          "disclosure": {
            "en": "If your order shipped free and still qualifies for free delivery, a return for your own reasons costs you only the return shipping.",
            "zh-CN": "订单包邮且退货后仍满足包邮条件的，因个人原因退货只需承担退货运费。"
          }
        }
      }
    },
    {
      "name": "other-reasons",
      "description": "Fallback: any other stated reason with no fault found is treated like the buyer's own reason.",
      "priority": 1,
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
        "type": "liability",
        "params": {
          "code": "no_fault_found",
          "shares": {
            "buyer": 100
          },
          "outbound": "buyer",
          "negotiation": "any",
          "coverage": true,
          "citation": "Marketplace return policy: returns for the buyer's own reasons",
          "text": {
            "en": "No fault of the seller was found: return shipping ({returnShipping}) is the buyer's cost, and the buyer pays {buyerAmount} of it.",
            "zh-CN": "未发现卖家责任，退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}。"
          },
          "disclosure": {
            "en": "For any other reason, when no fault of the seller is found, you pay return shipping unless agreed otherwise.",
            "zh-CN": "其他原因退货且未发现卖家责任的，除另有约定外，退货运费由您承担。"
          }
        }
      }
    }
  ],
  "digest": "cd18edcd0a637ad5975bb4ed758a6e5463a3bcfa921ffe8dbff6b7a25567f037",
  "windowsByRule": {
    "past-dispute-window": [
      "dispute"
    ],
    "seller-fault": [],
    "seller-free-returns": [],
    "seller-free-returns-free-shipping": [],
    "buyer-reasons": [],
    "buyer-reasons-free-shipping": [],
    "other-reasons": []
  }
});
