// Generated from rules/jp-specified-commercial-transactions.json by `npm run schemas` (jp-specified-commercial-transactions 1.0.0, validated by loadRuleSet, sha-256 d68ac2f6108a0ab0d82eb8f1d69b5414c78896d61265f229f3b6f5cb9ec03936); do not edit.
import type { RuleSet } from "../rule-set/load.js";
import { trustedRuleSet } from "../rule-set/registry.js";
import { withLocales } from '../locales/pack.js';
import { ja } from '../locales/catalogues/ja.js';

export const jpSpecifiedCommercialTransactions: RuleSet = /* @__PURE__ */ withLocales(/* @__PURE__ */ trustedRuleSet({
  "id": "jp-specified-commercial-transactions",
  "version": "1.0.0",
  "title": {
    "ja": "特定商取引法による通信販売の返品",
    "en": "Japan: returns of mail-order purchases under the Act on Specified Commercial Transactions",
    "zh-CN": "日本《特定商业交易法》：邮购退货规定"
  },
  "locales": [
    "ja",
    "en",
    "zh-CN"
  ],
  "defaultLocale": "ja",
  "source": "Japanese statutory minimum for returns of goods bought by mail order (通信販売, online included), as in force on 2026-12-01: Act on Specified Commercial Transactions (特定商取引に関する法律) arts. 2(2), 11, 15-3 (法定返品権) and 12-6 (final confirmation screen); Civil Code (民法) arts. 142, 485, 541, 542, 545, 562–564, 566. Followed from secondary sources. The 8 days are counted from the day of delivery, that day being day 1 (「引渡しを受けた日から起算して8日」), so the last day is delivery + 7 and is not moved past weekends or holidays. A return special term (返品特約) shown in the advertisement and on the final confirmation screen replaces the statutory right: the declared fact returnSpecialTermsShown (default false, from attributes) says it was shown, and the statute then gives no return for change of mind — the shop's own terms govern. Fees: none. On a statutory return the buyer bears the cost of return (art. 15-3(2)) and nothing else; the statute provides no refund of the original delivery; non-conformity is cured at the seller's cost. Not covered: cooling-off after door-to-door or telephone sales, the contents of a shop's own return terms. Rule texts paraphrase the law; not legal advice.",
  "windows": {
    "statutory_return": {
      "days": 7
    }
  },
  "facts": {
    "returnSpecialTermsShown": {
      "type": "boolean",
      "default": false,
      "description": "the seller showed a return special term (返品特約) in the advertisement and, online, on the final confirmation screen; it replaces the statutory right of return"
    }
  },
  "thresholds": {},
  "parcel": {
    "labelSplit": "seller_fault_carries",
    "outbound": "pro_rata"
  },
  "rules": [
    {
      "name": "seller-fault-remedy",
      "description": "Goods not in conformity with the contract (defect, wrong item, not as described, missing parts, damaged before delivery) cured by replacement or repair (Civil Code art. 562): the seller bears the costs of performance, both legs of shipping; the contract stands, so the original delivery is not refunded. The one-year notice of art. 566 runs from discovery, for which the request date stands, so it is never late here.",
      "priority": 111,
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
          "code": "seller_fault",
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
            "ja": "民法第562条第1項、第485条",
            "en": "Civil Code arts. 562(1), 485",
            "zh-CN": "日本《民法》第562条第1款、第485条"
          },
          "text": {
            "ja": "商品が契約の内容に適合しない（不具合、誤配送、説明との相違、部品の不足）ため、交換または修理で対応します。返送料（{returnShipping}）と再送料は販売業者の負担です。契約はそのまま続くため、当初の配送料は返金されません。",
            "en": "The goods do not conform to the contract (faulty, wrong item, not as described or incomplete) and are being replaced or repaired, so the seller pays the return shipping ({returnShipping}) and the shipping back. The contract stands, so the original delivery is not refunded.",
            "zh-CN": "商品不符合合同约定（有缺陷、发错货、与描述不符或缺件），将予以更换或维修，退货运费（{returnShipping}）和重新寄送的运费均由卖家承担。合同继续有效，原配送费用不予退还。"
          },
          "disclosure": {
            "ja": "商品に不具合がある、注文と違う、説明と異なる、部品が足りないといった場合、修理や交換にかかる送料は往復とも販売業者が負担します。",
            "en": "If an item is faulty, not what you ordered, not as described or missing parts, the seller pays the shipping both ways for a repair or replacement.",
            "zh-CN": "商品有缺陷、与订单不符、与描述不符或缺少部件的，维修或更换的往返运费由卖家承担。"
          }
        }
      }
    },
    {
      "name": "seller-fault",
      "description": "Goods not in conformity with the contract, ending in termination and a refund (Civil Code arts. 564, 541, 542, 545): the seller pays the return and refunds what was paid, the original delivery included. Applies whatever the channel, with or without a return special term, inside or outside the 8 days.",
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
            "ja": "民法第562条～第564条、第545条",
            "en": "Civil Code arts. 562–564, 545",
            "zh-CN": "日本《民法》第562条至第564条、第545条"
          },
          "text": {
            "ja": "商品が契約の内容に適合しない（不具合、誤配送、説明との相違、部品の不足）ため、返送料（{returnShipping}）は販売業者が負担し、当初の配送料も返金されます。",
            "en": "The goods do not conform to the contract (faulty, wrong item, not as described or incomplete), so the seller pays the return shipping ({returnShipping}) and refunds the original delivery too.",
            "zh-CN": "商品不符合合同约定（有缺陷、发错货、与描述不符或缺件），退货运费（{returnShipping}）由卖家承担，原配送费用也一并退还。"
          },
          "disclosure": {
            "ja": "契約に適合しない商品を返品して返金を受ける場合は、返品特約の有無にかかわらず、返送料は販売業者が負担し、お支払いの配送料も返金されます。",
            "en": "When goods that do not conform to the contract are returned for a refund, the seller pays the return shipping and refunds the delivery you paid, whatever its own return terms say.",
            "zh-CN": "不符合合同约定的商品退货退款时，无论卖家有无退货特约，退货运费均由卖家承担，您支付的配送费用也一并退还。"
          }
        }
      }
    },
    {
      "name": "not-mail-order",
      "description": "The statutory right of return of art. 15-3 covers mail-order sales (通信販売: online, catalogue, phone orders) only; the cooling-off of door-to-door and telephone sales is a different regime, not covered here.",
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
          "code": "not_mail_order",
          "citation": {
            "ja": "特定商取引法第2条第2項、第15条の3第1項",
            "en": "Act on Specified Commercial Transactions arts. 2(2), 15-3(1)",
            "zh-CN": "日本《特定商业交易法》第2条第2款、第15条之3第1款"
          },
          "text": {
            "ja": "法定の返品権は通信販売（インターネット、カタログ、電話での注文など）に限られ、今回の購入は通信販売ではありません。訪問販売などのクーリング・オフはこの判定の対象外です。販売業者側の原因も見つかっていません。",
            "en": "The statutory right of return covers mail-order sales only (online, catalogue or phone orders); this purchase was not one. Cooling-off after door-to-door and similar sales is not assessed here. No fault of the seller was found.",
            "zh-CN": "法定退货权仅适用于邮购销售（网购、目录或电话订购等），本次购买不属于此类。上门销售等情形下的冷静期解约不在本判定范围内。退货也并非卖家原因所致。"
          },
          "disclosure": {
            "ja": "法定の返品権は、インターネットやカタログなどの通信販売で購入した商品に適用されます。",
            "en": "The statutory right of return applies to goods bought by mail order, such as online or from a catalogue.",
            "zh-CN": "法定退货权适用于通过网购、目录等邮购方式购买的商品。"
          }
        }
      }
    },
    {
      "name": "return-special-terms-shown",
      "description": "The seller showed a return special term (返品特約) in the advertisement and, online, on the final confirmation screen (declared fact returnSpecialTermsShown): it replaces the statutory right, so the statute gives no return for change of mind and the shop's own terms govern. Faults still go to the seller (seller-fault wins).",
      "priority": 80,
      "conditions": {
        "all": [
          {
            "fact": "returnSpecialTermsShown",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "return_special_terms_apply",
          "citation": {
            "ja": "特定商取引法第15条の3第1項ただし書",
            "en": "Act on Specified Commercial Transactions art. 15-3(1) proviso",
            "zh-CN": "日本《特定商业交易法》第15条之3第1款但书"
          },
          "text": {
            "ja": "販売業者が広告と最終確認画面に返品特約を表示していたため、法定の返品権は適用されません。返品できるかどうかと、その条件は、販売業者の返品特約によります。",
            "en": "The seller showed its own return terms in the advertisement and on the final confirmation screen, so the statutory right of return does not apply; whether and how the item can be returned is up to those terms.",
            "zh-CN": "卖家已在广告和最终确认页面上标示退货特约，因此不适用法定退货权；能否退货以及退货条件，依卖家的退货特约确定。"
          },
          "disclosure": {
            "ja": "販売業者が広告と最終確認画面に返品特約を表示している場合は、法定の返品権ではなく、その特約に従います。",
            "en": "Where the seller shows its own return terms in the advertisement and on the final confirmation screen, those terms apply instead of the statutory right of return.",
            "zh-CN": "卖家在广告和最终确认页面上标示了退货特约的，依该特约处理，不适用法定退货权。"
          }
        }
      }
    },
    {
      "name": "past-statutory-return-period",
      "description": "8 days counted from the day of delivery, that day being day 1, so the last day is delivery + 7 (window days 7, delivery = day 0). Not moved past weekends or holidays: Civil Code art. 142 applies only where no business is customarily done that day, and mail-order returns are taken every day.",
      "priority": 70,
      "conditions": {
        "all": [
          {
            "fact": "window.statutory_return",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "past_statutory_return_period",
          "citation": {
            "ja": "特定商取引法第15条の3第1項",
            "en": "Act on Specified Commercial Transactions art. 15-3(1)",
            "zh-CN": "日本《特定商业交易法》第15条之3第1款"
          },
          "text": {
            "ja": "法定の返品権は、商品を受け取った日を1日目として8日目までに行使する必要があります。今回の申出はその期間を過ぎています。販売業者側の原因も見つかっていません。",
            "en": "The statutory right of return must be used by the 8th day, counting the day of delivery as day 1; this request came later, and no fault of the seller was found.",
            "zh-CN": "法定退货权须在以收货当日为第1日起算的第8日结束前行使；本次申请已超过该期限，退货也并非卖家原因所致。"
          },
          "disclosure": {
            "ja": "返品の申出は、商品を受け取った日を1日目として8日目まで（受け取った翌日から数えて7日以内）にお願いします。土日祝日でも期限は延びません。",
            "en": "Ask for a return by the 8th day, counting the day you receive the item as day 1 (that is, within 7 days after that day). The period does not move past weekends or public holidays.",
            "zh-CN": "请在以收货当日为第1日起算的第8日结束前（即收货次日起7日内）申请退货。期限不因周末或节假日顺延。"
          }
        }
      }
    },
    {
      "name": "statutory-return-seller-pays",
      "description": "The seller promised free returns, an agreement more favourable than art. 15-3(2); the original delivery stays with the buyer as on any statutory return.",
      "priority": 20,
      "conditions": {
        "all": [
          {
            "fact": "sellerFreeReturns",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "channel",
            "operator": "equal",
            "value": "distance"
          },
          {
            "fact": "window.statutory_return",
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
            "ja": "特定商取引法第15条の3第1項、第2項",
            "en": "Act on Specified Commercial Transactions art. 15-3(1), (2)",
            "zh-CN": "日本《特定商业交易法》第15条之3第1款、第2款"
          },
          "text": {
            "ja": "商品を受け取った日から数えて8日以内の返品で、販売業者が返品送料の負担を約束しているため、返送料（{returnShipping}）は販売業者が負担します。当初の配送料は返金されません。",
            "en": "The item was returned within 8 days of delivery, counting the day of delivery, and the seller promised to pay for returns, so the seller pays the return shipping ({returnShipping}). The original delivery is not refunded.",
            "zh-CN": "在以收货当日起算的8日内退货，且卖家承诺承担退货运费，退货运费（{returnShipping}）由卖家承担。原配送费用不予退还。"
          },
          "disclosure": {
            "ja": "販売業者が返品送料の負担を約束している場合は、理由を問わない返品でも返送料は販売業者が負担します。",
            "en": "Where the seller promises to pay for returns, the seller pays the return shipping even when you return an item for no particular reason.",
            "zh-CN": "卖家承诺承担退货运费的，即使无理由退货，退货运费也由卖家承担。"
          }
        }
      }
    },
    {
      "name": "statutory-return",
      "description": "The statutory right of return (法定返品権) within the 8 days, no reason needed, when no return special term was shown (the fallback): the buyer bears the cost of return (art. 15-3(2)); the statute provides no refund of the original delivery and no fee.",
      "priority": 10,
      "conditions": {
        "all": [
          {
            "fact": "channel",
            "operator": "equal",
            "value": "distance"
          },
          {
            "fact": "window.statutory_return",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "statutory_return",
          "shares": {
            "buyer": 100
          },
          "outbound": "buyer",
          "negotiation": "any",
          "coverage": true,
          "citation": {
            "ja": "特定商取引法第15条の3第1項、第2項",
            "en": "Act on Specified Commercial Transactions art. 15-3(1), (2)",
            "zh-CN": "日本《特定商业交易法》第15条之3第1款、第2款"
          },
          "text": {
            "ja": "商品を受け取った日から数えて8日以内の申出のため、法定の返品権により返品できます。返送料（{returnShipping}）は購入者の負担で、購入者の支払額は{buyerAmount}です。当初の配送料は返金されません。",
            "en": "The request came within 8 days of delivery, counting the day of delivery, so the item can be returned under the statutory right of return. The buyer bears the return shipping ({returnShipping}) and pays {buyerAmount} of it; the original delivery is not refunded.",
            "zh-CN": "申请在以收货当日起算的8日内提出，可依法定退货权退货。退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}；原配送费用不予退还。"
          },
          "disclosure": {
            "ja": "販売業者が返品特約を表示していない場合、商品を受け取った日から数えて8日以内であれば、理由を問わず返品できます。返送料はお客様のご負担となります。",
            "en": "If the seller shows no return terms of its own, you can return an item for any reason within 8 days, counting the day you receive it. You pay the return shipping.",
            "zh-CN": "卖家未标示退货特约的，自收货当日起算8日内，您可无理由退货。退货运费由您承担。"
          }
        }
      }
    }
  ],
  "digest": "d68ac2f6108a0ab0d82eb8f1d69b5414c78896d61265f229f3b6f5cb9ec03936",
  "windowsByRule": {
    "seller-fault-remedy": [],
    "seller-fault": [],
    "not-mail-order": [],
    "return-special-terms-shown": [],
    "past-statutory-return-period": [
      "statutory_return"
    ],
    "statutory-return-seller-pays": [
      "statutory_return"
    ],
    "statutory-return": [
      "statutory_return"
    ]
  }
}), [ja]);
