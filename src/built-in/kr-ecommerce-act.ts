// Generated from rules/kr-ecommerce-act.json by `npm run schemas` (kr-ecommerce-act 1.0.0, validated by loadRuleSet, sha-256 14338483f53b625e2b60bc165ad439eff8bbf12a0a293e00d502b140312ef15e); do not edit.
import type { RuleSet } from "../rule-set/load.js";
import { trustedRuleSet } from "../rule-set/registry.js";
import { withLocales } from '../locales/pack.js';
import { ko } from '../locales/catalogues/ko.js';

export const krEcommerceAct: RuleSet = /* @__PURE__ */ withLocales(/* @__PURE__ */ trustedRuleSet({
  "id": "kr-ecommerce-act",
  "version": "1.0.0",
  "title": {
    "ko": "전자상거래법에 따른 통신판매 청약철회",
    "en": "South Korea: withdrawal from distance purchases under the E-Commerce Act",
    "zh-CN": "韩国《电子商务等消费者保护法》：远程购物撤回规定"
  },
  "locales": [
    "ko",
    "en",
    "zh-CN"
  ],
  "defaultLocale": "ko",
  "source": "South Korean statutory minimum for withdrawal from distance purchases of goods, as in force on 2026-12-01: Act on Consumer Protection in Electronic Commerce (전자상거래 등에서의 소비자보호에 관한 법률) arts. 2, 17, 18, 35 and its Enforcement Decree (시행령) art. 21; Civil Act (민법) arts. 157, 161 (counting periods), 581, 582; Consumer Dispute Settlement Criteria (소비자분쟁해결기준) for exchange and repair. Followed from secondary sources, including Ministry of Government Legislation rulings 14-0404 and 20-0108 on the two limits of art. 17(3). Goods not as advertised or contracted: 3 months from supply and 30 days from when the consumer knew or could have known; the case has no discovery date, so the request date stands for it and only the 3 months are tested. Exclusions 2–5 of art. 17(2) and made-to-order goods bind only when marked or consented beforehand (item.confirmedNonReturnable); opening the packaging to check the contents (condition opened) keeps the right. The 7 days run from supply (the contract document is taken as received by then). Fees: none — on a withdrawal for change of mind no penalty or damages may be charged (art. 18(9)), so no rule charges a restocking fee or deducts diminished value; the consumer bears the return shipping and the original delivery. Rule texts paraphrase the law; not legal advice.",
  "windows": {
    "withdrawal": {
      "days": 7,
      "extendPastHolidays": true
    },
    "not_as_contracted": {
      "months": 3,
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
      "name": "seller-fault-remedy",
      "description": "Goods not as advertised or contracted (defect, wrong item, not as described, missing parts, damaged on the way) put right by exchange or repair: the seller pays both legs; the contract stands, so the original delivery is not refunded. Not bound to the Act's 3 months (the Civil Act gives 6 months from discovery; the request date stands for discovery).",
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
            "ko": "「민법」 제581조제2항, 제582조; 소비자분쟁해결기준(「소비자기본법 시행령」 제8조)",
            "en": "Civil Act arts. 581(2), 582; Consumer Dispute Settlement Criteria (Framework Act on Consumers, Enforcement Decree art. 8)",
            "zh-CN": "韩国《民法》第581条第2款、第582条；《消费者纠纷解决标准》（《消费者基本法实施令》第8条）"
          },
          "text": {
            "ko": "상품에 하자가 있거나 계약 내용과 달라(하자, 오배송, 설명과 다른 상품, 구성품 누락) 교환 또는 수리를 하므로 반품 배송비({returnShipping})와 다시 보내는 배송비는 판매자가 부담합니다. 계약은 그대로 유지되므로 처음 배송비는 돌려주지 않습니다.",
            "en": "The goods are defective or not as contracted (faulty, wrong item, not as described or incomplete) and are being exchanged or repaired, so the seller pays the return shipping ({returnShipping}) and the shipping back. The contract stands, so the original delivery is not refunded.",
            "zh-CN": "商品有瑕疵或与合同约定不符（有缺陷、发错货、与描述不符或缺件），将予以换货或维修，退货运费（{returnShipping}）和重新寄送的运费均由卖家承担。合同继续有效，原配送费用不予退还。"
          },
          "disclosure": {
            "ko": "하자가 있거나 계약 내용과 다른 상품을 교환하거나 수리받을 때 드는 배송비는 판매자가 부담합니다.",
            "en": "If goods that are faulty or not as agreed are exchanged or repaired, the seller pays the shipping both ways.",
            "zh-CN": "有瑕疵或与合同约定不符的商品换货或维修时，往返运费由卖家承担。"
          }
        }
      }
    },
    {
      "name": "seller-fault",
      "description": "Withdrawal because the goods are not as advertised or contracted (art. 17(3)), within 3 months of supply; the 30 days from discovery are taken as met because the request date stands for the discovery date. The seller bears the return costs (art. 18(10)) and refunds the original delivery. Wins over the exclusions of art. 17(2) (\"notwithstanding\").",
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
            "fact": "channel",
            "operator": "equal",
            "value": "distance"
          },
          {
            "fact": "window.not_as_contracted",
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
          "citation": {
            "ko": "「전자상거래 등에서의 소비자보호에 관한 법률」 제17조제3항, 제18조제10항",
            "en": "Act on Consumer Protection in Electronic Commerce arts. 17(3), 18(10)",
            "zh-CN": "韩国《电子商务等消费者保护法》第17条第3款、第18条第10款"
          },
          "text": {
            "ko": "상품이 표시·광고 내용이나 계약 내용과 다르므로(하자, 오배송, 설명과 다른 상품, 구성품 누락) 반품 배송비({returnShipping})는 판매자가 부담하고, 처음 배송비도 돌려줍니다.",
            "en": "The goods differ from what was advertised or contracted (faulty, wrong item, not as described or incomplete), so the seller bears the return shipping ({returnShipping}) and refunds the original delivery.",
            "zh-CN": "商品与标示、广告或合同内容不符（有缺陷、发错货、与描述不符或缺件），退货运费（{returnShipping}）由卖家承担，原配送费用也一并退还。"
          },
          "disclosure": {
            "ko": "받은 상품이 표시·광고나 계약 내용과 다르면 받은 날부터 3개월 이내, 그 사실을 안 날부터 30일 이내에 청약을 철회할 수 있습니다. 이때 반품 배송비는 판매자가 부담하며, 처음 배송비도 돌려받을 수 있습니다.",
            "en": "If the goods differ from what was advertised or agreed, you can withdraw within 3 months of receiving them and within 30 days of finding out; the seller then pays the return shipping and refunds the original delivery.",
            "zh-CN": "收到的商品与标示、广告或合同内容不符的，您可在收货后3个月内、且自知道该情况之日起30日内撤回；此时退货运费由卖家承担，原配送费用也会退还。"
          }
        }
      }
    },
    {
      "name": "not-as-contracted-period-over",
      "description": "More than 3 months after supply, goods not as advertised or contracted can no longer be withdrawn from under the Act. Exchange and repair stay open (seller-fault-remedy); rescission or damages under the Civil Act are not assessed.",
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
            "fact": "channel",
            "operator": "equal",
            "value": "distance"
          },
          {
            "fact": "window.not_as_contracted",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "not_as_contracted_period_over",
          "citation": {
            "ko": "「전자상거래 등에서의 소비자보호에 관한 법률」 제17조제3항",
            "en": "Act on Consumer Protection in Electronic Commerce art. 17(3)",
            "zh-CN": "韩国《电子商务等消费者保护法》第17条第3款"
          },
          "text": {
            "ko": "표시·광고나 계약 내용과 다른 상품의 청약철회는 공급받은 날부터 3개월 이내에 해야 하는데, 이번 신청은 공급 후 {daysSinceDelivery}일째에 접수되어 그 기간이 지났습니다. 민법에 따른 계약 해제나 손해배상은 이 판정에서 다루지 않습니다.",
            "en": "Withdrawal for goods that differ from what was advertised or contracted must be made within 3 months of supply; this request came {daysSinceDelivery} days after supply, past that period. Rescission or damages under the Civil Act are not assessed here.",
            "zh-CN": "因商品与标示、广告或合同内容不符而撤回的，须在供货后3个月内提出；本次申请在供货后第{daysSinceDelivery}日提出，已超过该期限。依《民法》解除合同或请求赔偿不在本判定范围内。"
          },
          "disclosure": {
            "ko": "받은 날부터 3개월이 지나면 표시·광고나 계약 내용과 다른 상품이라도 이 법에 따른 청약철회는 할 수 없습니다. 교환이나 수리는 계속 요청할 수 있습니다.",
            "en": "Once 3 months have passed since you received them, goods that differ from the advertisement or contract can no longer be withdrawn from under this Act; you can still ask for an exchange or repair.",
            "zh-CN": "自收货之日起超过3个月的，即使商品与标示、广告或合同内容不符，也不能再依本法撤回；仍可要求换货或维修。"
          }
        }
      }
    },
    {
      "name": "not-a-distance-sale",
      "description": "The Act's withdrawal covers distance sales (통신판매) only; door-to-door and other sales fall under other Acts, not assessed here.",
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
          "code": "not_a_distance_sale",
          "citation": {
            "ko": "「전자상거래 등에서의 소비자보호에 관한 법률」 제2조제2호, 제17조제1항",
            "en": "Act on Consumer Protection in Electronic Commerce arts. 2(2), 17(1)",
            "zh-CN": "韩国《电子商务等消费者保护法》第2条第2项、第17条第1款"
          },
          "text": {
            "ko": "이 법의 청약철회는 온라인·전화·우편 등 통신판매에만 적용되는데, 이번 구매는 통신판매가 아닙니다. 방문판매법 등 다른 법에 따른 철회권이나 민법에 따른 계약 해제는 이 판정에서 다루지 않습니다.",
            "en": "Withdrawal under this Act covers distance sales only (online, by phone or by mail); this purchase was not one. Rights under other Acts, such as the Door-to-Door Sales Act, and rescission under the Civil Act are not assessed here.",
            "zh-CN": "本法规定的撤回仅适用于网络、电话、邮购等远程销售，本次购买不属于此类。依《上门销售法》等其他法律享有的撤回权以及依《民法》解除合同，不在本判定范围内。"
          },
          "disclosure": {
            "ko": "청약철회는 온라인·전화·우편 등 통신판매로 산 상품에 적용됩니다.",
            "en": "Withdrawal applies to goods bought at a distance: online, by phone or by mail.",
            "zh-CN": "撤回适用于通过网络、电话、邮购等远程方式购买的商品。"
          }
        }
      }
    },
    {
      "name": "damaged-by-consumer",
      "description": "Goods lost or damaged through the consumer's fault (art. 17(2)(1)); binds without any marking. Opening the packaging to check the contents (condition opened) does not count.",
      "priority": 86,
      "conditions": {
        "all": [
          {
            "fact": "itemCondition",
            "operator": "equal",
            "value": "damaged_by_buyer"
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "excluded_damaged_by_consumer",
          "citation": {
            "ko": "「전자상거래 등에서의 소비자보호에 관한 법률」 제17조제2항제1호",
            "en": "Act on Consumer Protection in Electronic Commerce art. 17(2)(1)",
            "zh-CN": "韩国《电子商务等消费者保护法》第17条第2款第1项"
          },
          "text": {
            "ko": "구매자의 책임으로 상품이 훼손되었으므로 청약철회를 할 수 없습니다(내용물을 확인하려고 포장만 뜯은 경우는 해당하지 않습니다). 판매자 측 사유도 확인되지 않았습니다.",
            "en": "The goods were damaged through the buyer's fault, so they cannot be withdrawn from (merely opening the packaging to check the contents would not count); no fault of the seller was found.",
            "zh-CN": "商品因买家原因受损，不能撤回（仅为查看内容物而拆开包装的不在此列）；退货也并非卖家原因所致。"
          },
          "disclosure": {
            "ko": "고객님의 잘못으로 상품이 없어지거나 훼손되면 청약철회를 할 수 없습니다. 다만 내용물을 확인하려고 포장을 뜯은 것은 괜찮습니다.",
            "en": "Goods lost or damaged through your fault cannot be withdrawn from; opening the packaging to check what is inside is fine.",
            "zh-CN": "因您的原因导致商品灭失或损坏的，不能撤回；为查看内容物而拆开包装的不受影响。"
          }
        }
      }
    },
    {
      "name": "excluded-used-marked",
      "description": "Value markedly lowered by use or partial consumption (art. 17(2)(2)); binds only when the seller marked it clearly beforehand (art. 17(2) proviso, (6)), shown by confirmedNonReturnable. Condition opened stays returnable.",
      "priority": 85,
      "conditions": {
        "all": [
          {
            "fact": "itemCondition",
            "operator": "equal",
            "value": "used"
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
          "code": "excluded_used_marked",
          "citation": {
            "ko": "「전자상거래 등에서의 소비자보호에 관한 법률」 제17조제2항제2호, 제6항",
            "en": "Act on Consumer Protection in Electronic Commerce art. 17(2)(2), (6)",
            "zh-CN": "韩国《电子商务等消费者保护法》第17条第2款第2项、第6款"
          },
          "text": {
            "ko": "사용으로 가치가 크게 떨어진 상품이고, 판매자가 이런 경우 청약철회를 할 수 없다는 사실을 미리 분명히 표시했습니다. 판매자 측 사유도 확인되지 않았습니다.",
            "en": "The goods lost much of their value through use, and the seller had clearly marked beforehand that such goods cannot be withdrawn from; no fault of the seller was found.",
            "zh-CN": "商品因使用而价值明显降低，且卖家事先已明确标示此类情形不能撤回；退货也并非卖家原因所致。"
          },
          "disclosure": {
            "ko": "사용하거나 일부 소비해 가치가 크게 떨어진 상품은, 판매자가 그 사실을 미리 분명히 표시한 경우에만 청약철회를 할 수 없습니다.",
            "en": "Goods whose value dropped markedly because you used or partly consumed them cannot be withdrawn from, but only if the seller marked this clearly beforehand.",
            "zh-CN": "因使用或部分消耗而价值明显降低的商品，只有在卖家事先明确标示的情况下才不能撤回。"
          }
        }
      }
    },
    {
      "name": "excluded-perishable-marked",
      "description": "Value markedly lowered by the passing of time so that resale is hard, e.g. fresh food (art. 17(2)(3)); binds only when marked beforehand (confirmedNonReturnable).",
      "priority": 84,
      "conditions": {
        "all": [
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "perishable"
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
          "code": "excluded_perishable_marked",
          "citation": {
            "ko": "「전자상거래 등에서의 소비자보호에 관한 법률」 제17조제2항제3호, 제6항",
            "en": "Act on Consumer Protection in Electronic Commerce art. 17(2)(3), (6)",
            "zh-CN": "韩国《电子商务等消费者保护法》第17条第2款第3项、第6款"
          },
          "text": {
            "ko": "시간이 지나 다시 팔기 어려울 만큼 가치가 떨어지는 상품이고, 판매자가 이 사실을 미리 분명히 표시했습니다. 판매자 측 사유도 확인되지 않았습니다.",
            "en": "The goods lose so much value over time that they can hardly be resold, and the seller had clearly marked this beforehand; no fault of the seller was found.",
            "zh-CN": "商品随时间推移价值明显降低、难以再次销售，且卖家事先已明确标示；退货也并非卖家原因所致。"
          },
          "disclosure": {
            "ko": "신선식품처럼 시간이 지나면 다시 팔기 어려운 상품은, 판매자가 그 사실을 미리 분명히 표시한 경우에만 청약철회를 할 수 없습니다.",
            "en": "Goods such as fresh food that can hardly be resold after some time cannot be withdrawn from, but only if the seller marked this clearly beforehand.",
            "zh-CN": "生鲜食品等随时间推移难以再次销售的商品，只有在卖家事先明确标示的情况下才不能撤回。"
          }
        }
      }
    },
    {
      "name": "excluded-copyable-unsealed-marked",
      "description": "Packaging of copyable goods (recordings, software) opened (tag media_seal_broken; art. 17(2)(4)); binds only when marked beforehand (confirmedNonReturnable).",
      "priority": 83,
      "conditions": {
        "all": [
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "media_seal_broken"
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
          "code": "excluded_copyable_unsealed_marked",
          "citation": {
            "ko": "「전자상거래 등에서의 소비자보호에 관한 법률」 제17조제2항제4호, 제6항",
            "en": "Act on Consumer Protection in Electronic Commerce art. 17(2)(4), (6)",
            "zh-CN": "韩国《电子商务等消费者保护法》第17条第2款第4项、第6款"
          },
          "text": {
            "ko": "복제할 수 있는 상품의 포장이 훼손되었고, 판매자가 이런 경우 청약철회를 할 수 없다는 사실을 미리 분명히 표시했습니다. 판매자 측 사유도 확인되지 않았습니다.",
            "en": "The packaging of goods that can be copied was opened, and the seller had clearly marked beforehand that such goods cannot then be withdrawn from; no fault of the seller was found.",
            "zh-CN": "可复制商品的包装已被拆开，且卖家事先已明确标示此类情形不能撤回；退货也并非卖家原因所致。"
          },
          "disclosure": {
            "ko": "음반이나 소프트웨어처럼 복제할 수 있는 상품은 포장을 뜯은 뒤에는, 판매자가 그 사실을 미리 분명히 표시한 경우에 한해 청약철회를 할 수 없습니다.",
            "en": "Goods that can be copied, such as recordings and software, cannot be withdrawn from once their packaging is opened, but only if the seller marked this clearly beforehand.",
            "zh-CN": "音像制品、软件等可复制的商品，拆开包装后只有在卖家事先明确标示的情况下才不能撤回。"
          }
        }
      }
    },
    {
      "name": "excluded-digital-started-marked",
      "description": "Supply of digital content has begun (tag digital_unsealed; art. 17(2)(5)); binds only when marked beforehand (confirmedNonReturnable).",
      "priority": 82,
      "conditions": {
        "all": [
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "digital_unsealed"
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
          "code": "excluded_digital_started_marked",
          "citation": {
            "ko": "「전자상거래 등에서의 소비자보호에 관한 법률」 제17조제2항제5호, 제6항",
            "en": "Act on Consumer Protection in Electronic Commerce art. 17(2)(5), (6)",
            "zh-CN": "韩国《电子商务等消费者保护法》第17条第2款第5项、第6款"
          },
          "text": {
            "ko": "디지털콘텐츠의 제공이 이미 시작되었고, 판매자가 이런 경우 청약철회를 할 수 없다는 사실을 미리 분명히 알렸습니다. 판매자 측 사유도 확인되지 않았습니다.",
            "en": "Supply of the digital content has already begun, and the seller had made clear beforehand that it then cannot be withdrawn from; no fault of the seller was found.",
            "zh-CN": "数字内容已开始提供，且卖家事先已明确告知此类情形不能撤回；退货也并非卖家原因所致。"
          },
          "disclosure": {
            "ko": "디지털콘텐츠는 제공이 시작된 뒤에는, 판매자가 그 사실을 미리 분명히 알린 경우에 한해 청약철회를 할 수 없습니다.",
            "en": "Digital content cannot be withdrawn from once its supply has begun, but only if the seller made this clear beforehand.",
            "zh-CN": "数字内容开始提供后，只有在卖家事先明确告知的情况下才不能撤回。"
          }
        }
      }
    },
    {
      "name": "excluded-custom-made-consented",
      "description": "Goods made individually to the consumer's order, where withdrawal would cause the seller serious, irreparable harm, excluded only when the seller told the consumer separately beforehand and got written (electronic) consent (Enforcement Decree art. 21), shown by confirmedNonReturnable.",
      "priority": 81,
      "conditions": {
        "all": [
          {
            "fact": "itemTags",
            "operator": "contains",
            "value": "custom_made"
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
          "code": "excluded_custom_made_consented",
          "citation": {
            "ko": "「전자상거래 등에서의 소비자보호에 관한 법률」 제17조제2항제6호; 같은 법 시행령 제21조",
            "en": "Act on Consumer Protection in Electronic Commerce art. 17(2)(6); its Enforcement Decree art. 21",
            "zh-CN": "韩国《电子商务等消费者保护法》第17条第2款第6项；该法实施令第21条"
          },
          "text": {
            "ko": "주문에 따라 개별 제작된 상품이고, 구매자가 청약철회를 할 수 없다는 사실을 미리 따로 안내받고 서면으로 동의했습니다. 판매자 측 사유도 확인되지 않았습니다.",
            "en": "The goods were made individually to the buyer's order, and the buyer was told separately beforehand that they cannot be withdrawn from and agreed in writing; no fault of the seller was found.",
            "zh-CN": "商品系按买家订单单独制作，买家事先已单独获知不能撤回并书面同意；退货也并非卖家原因所致。"
          },
          "disclosure": {
            "ko": "주문 제작 상품은 판매자가 미리 따로 알리고 서면(전자문서 포함)으로 동의를 받은 경우에만 청약철회를 할 수 없습니다.",
            "en": "Goods made to your order are excluded from withdrawal only if the seller told you so separately beforehand and you agreed in writing (electronically counts).",
            "zh-CN": "定制商品只有在卖家事先单独告知并取得您的书面（含电子文件）同意时，才不能撤回。"
          }
        }
      }
    },
    {
      "name": "past-withdrawal-period",
      "description": "7 days from supply (the contract document is taken as received by then); the day of delivery is not counted (Civil Act art. 157); a last day on a Saturday or public holiday (Sundays included) moves to the next working day (Civil Act art. 161), with the evaluator's calendar of Korean public holidays.",
      "priority": 70,
      "conditions": {
        "all": [
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
            "ko": "「전자상거래 등에서의 소비자보호에 관한 법률」 제17조제1항; 「민법」 제157조, 제161조",
            "en": "Act on Consumer Protection in Electronic Commerce art. 17(1); Civil Act arts. 157, 161",
            "zh-CN": "韩国《电子商务等消费者保护法》第17条第1款；韩国《民法》第157条、第161条"
          },
          "text": {
            "ko": "청약철회는 상품을 공급받은 날부터 {windowDays}일 이내에 해야 하는데, 이번 신청은 공급 후 {daysSinceDelivery}일째에 접수되어 그 기간이 지났습니다. 판매자 측 사유도 확인되지 않았습니다.",
            "en": "Withdrawal must be made within {windowDays} days of supply; this request came {daysSinceDelivery} days after supply, past that period, and no fault of the seller was found.",
            "zh-CN": "撤回须在供货后{windowDays}日内提出；本次申请在供货后第{daysSinceDelivery}日提出，已超过期限，退货也并非卖家原因所致。"
          },
          "disclosure": {
            "ko": "청약철회 기간은 상품을 받은 다음 날부터 7일입니다. 마지막 날이 토요일이나 공휴일(일요일 포함)이면 그다음 첫 평일까지 늘어납니다.",
            "en": "The 7 days run from the day after you receive the goods. If the last day is a Saturday, Sunday or public holiday, the period runs to the next working day.",
            "zh-CN": "撤回期限为收到商品次日起7日。最后一日为星期六、星期日或公休日的，延至其后第一个工作日。"
          }
        }
      }
    },
    {
      "name": "withdrawal-seller-pays",
      "description": "The seller promised free returns: an agreement more favourable to the consumer binds (art. 35 forbids only less favourable ones); the original delivery stays as on any withdrawal.",
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
            "fact": "window.withdrawal",
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
            "ko": "「전자상거래 등에서의 소비자보호에 관한 법률」 제17조제1항, 제18조제9항, 제35조",
            "en": "Act on Consumer Protection in Electronic Commerce arts. 17(1), 18(9), 35",
            "zh-CN": "韩国《电子商务等消费者保护法》第17条第1款、第18条第9款、第35条"
          },
          "text": {
            "ko": "구매자가 {windowDays}일 이내에 청약을 철회했고 판매자가 무료 반품을 약속했으므로 반품 배송비({returnShipping})는 판매자가 부담합니다. 처음 배송비는 구매자가 부담합니다.",
            "en": "The buyer withdrew within {windowDays} days and the seller promised free returns, so the seller pays the return shipping ({returnShipping}). The original delivery stays with the buyer.",
            "zh-CN": "买家在{windowDays}日内撤回，且卖家承诺免费退货，退货运费（{returnShipping}）由卖家承担。原配送费用仍由买家承担。"
          },
          "disclosure": {
            "ko": "판매자가 무료 반품을 약속한 경우에는 단순 변심으로 철회할 때도 반품 배송비를 판매자가 부담합니다.",
            "en": "Where the seller promises free returns, the seller pays the return shipping even when you withdraw because you changed your mind.",
            "zh-CN": "卖家承诺免费退货的，即使因改变主意而撤回，退货运费也由卖家承担。"
          }
        }
      }
    },
    {
      "name": "withdrawal",
      "description": "Withdrawal within 7 days, for any reason (the fallback): the consumer bears the cost of returning the goods and the original delivery (a free delivery may be charged back), as KFTC guidance and marketplace practice read art. 18(9); no penalty or damages may be charged, so no fee or deduction.",
      "priority": 10,
      "conditions": {
        "all": [
          {
            "fact": "channel",
            "operator": "equal",
            "value": "distance"
          },
          {
            "fact": "window.withdrawal",
            "operator": "equal",
            "value": true
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
          "outbound": "buyer",
          "negotiation": "any",
          "coverage": true,
          "citation": {
            "ko": "「전자상거래 등에서의 소비자보호에 관한 법률」 제17조제1항, 제18조제9항",
            "en": "Act on Consumer Protection in Electronic Commerce arts. 17(1), 18(9)",
            "zh-CN": "韩国《电子商务等消费者保护法》第17条第1款、第18条第9款"
          },
          "text": {
            "ko": "구매자가 {windowDays}일 이내에 청약을 철회했으므로 반품 배송비({returnShipping})는 구매자가 부담하며, 그중 구매자가 내는 금액은 {buyerAmount}입니다. 처음 배송비도 구매자가 부담하고, 판매자는 위약금이나 손해배상을 청구할 수 없습니다.",
            "en": "The buyer withdrew within {windowDays} days, so the return shipping ({returnShipping}) is the buyer's cost, of which the buyer pays {buyerAmount}; the original delivery is the buyer's too. The seller may not charge a penalty or damages.",
            "zh-CN": "买家在{windowDays}日内撤回，退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}；原配送费用也由买家承担。卖家不得收取违约金或要求赔偿。"
          },
          "disclosure": {
            "ko": "단순 변심이라도 상품을 받은 날부터 7일 이내에는 청약을 철회할 수 있습니다. 반품 배송비와 처음 배송비는 고객님이 부담하지만, 판매자는 위약금이나 손해배상을 청구할 수 없습니다.",
            "en": "You can withdraw within 7 days of receiving the goods, even if you simply changed your mind. You pay the return shipping and the original delivery, but the seller may not charge you a penalty or damages.",
            "zh-CN": "即使只是改变主意，您也可在收货后7日内撤回。退货运费和原配送费用由您承担，但卖家不得向您收取违约金或要求赔偿。"
          }
        }
      }
    }
  ],
  "digest": "14338483f53b625e2b60bc165ad439eff8bbf12a0a293e00d502b140312ef15e",
  "windowsByRule": {
    "seller-fault-remedy": [],
    "seller-fault": [
      "not_as_contracted"
    ],
    "not-as-contracted-period-over": [
      "not_as_contracted"
    ],
    "not-a-distance-sale": [],
    "damaged-by-consumer": [],
    "excluded-used-marked": [],
    "excluded-perishable-marked": [],
    "excluded-copyable-unsealed-marked": [],
    "excluded-digital-started-marked": [],
    "excluded-custom-made-consented": [],
    "past-withdrawal-period": [
      "withdrawal"
    ],
    "withdrawal-seller-pays": [
      "withdrawal"
    ],
    "withdrawal": [
      "withdrawal"
    ]
  }
}), [ko]);
