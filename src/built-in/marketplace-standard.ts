// Generated from rules/marketplace-standard.json by `npm run schemas` (marketplace-standard 1.1.0, validated by loadRuleSet, sha-256 bc8b8e5a2ed86cbdf1c74c4890ef5c0d177c28dd2a70c36393f8a0109591c429); do not edit.
import type { RuleSet } from "../rule-set/load.js";
import { trustedRuleSet } from "../rule-set/registry.js";

export const marketplaceStandard: RuleSet = /* @__PURE__ */ trustedRuleSet({
  "id": "marketplace-standard",
  "version": "1.1.0",
  "title": {
    "en": "Marketplace standard returns policy",
    "zh-CN": "平台标准退货政策",
    "pt-BR": "Política padrão de devoluções da plataforma",
    "ko": "마켓플레이스 표준 반품 정책",
    "ja": "マーケットプレイス標準返品ポリシー"
  },
  "locales": [
    "en",
    "zh-CN",
    "pt-BR",
    "ko",
    "ja"
  ],
  "defaultLocale": "en",
  "source": "After-sales practice of cross-border marketplaces (AliExpress-style): seller-caused returns, and returns of items delivered after the promised date, are seller-paid, buyer's own reasons are buyer-paid, splits may be agreed, return guarantees cover the first return up to a limit, returns are opened within 15 days of delivery. Compiled 2026-11-28 from marketplace help pages; not a statute.",
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
          "citation": {
            "en": "Marketplace return policy: disputes within 15 days of delivery",
            "zh-CN": "平台退货政策：签收后15天内发起退货",
            "pt-BR": "Política de devoluções da plataforma: pedidos em até 15 dias após a entrega",
            "ko": "마켓플레이스 반품 정책: 배송 완료 후 15일 이내 신청",
            "ja": "マーケットプレイス返品ポリシー：商品到着後15日以内の申請"
          },
          "text": {
            "en": "Returns must be opened within {windowDays} days of delivery; this request came {daysSinceDelivery} days after delivery, so it cannot be accepted.",
            "zh-CN": "退货须在签收后{windowDays}天内发起；本次申请在签收后第{daysSinceDelivery}天提出，无法受理。",
            "pt-BR": "As devoluções devem ser solicitadas em até {windowDays} dias após a entrega; este pedido foi feito {daysSinceDelivery} dias após a entrega e, por isso, não pode ser aceito.",
            "ko": "반품은 배송 완료 후 {windowDays}일 이내에 신청해야 합니다. 이번 요청은 배송 완료 후 {daysSinceDelivery}일째에 접수되어 처리할 수 없습니다.",
            "ja": "返品の申請は商品到着後{windowDays}日以内に行う必要があります。今回の申請は到着から{daysSinceDelivery}日後のため、お受けできません。"
          },
          "disclosure": {
            "en": "Open a return within 15 days of delivery; later requests cannot be accepted.",
            "zh-CN": "请在签收后15天内发起退货，逾期申请将无法受理。",
            "pt-BR": "Solicite a devolução em até 15 dias após a entrega; pedidos feitos depois disso não podem ser aceitos.",
            "ko": "반품은 배송 완료 후 15일 이내에 신청해 주세요. 기한이 지난 요청은 처리할 수 없습니다.",
            "ja": "返品は商品到着後15日以内にお申し込みください。期限を過ぎた申請はお受けできません。"
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
          "citation": {
            "en": "Marketplace return policy: seller-caused returns",
            "zh-CN": "平台退货政策：卖家原因退货",
            "pt-BR": "Política de devoluções da plataforma: devoluções por falha do vendedor",
            "ko": "마켓플레이스 반품 정책: 판매자 귀책 반품",
            "ja": "マーケットプレイス返品ポリシー：販売者の責任による返品"
          },
          "text": {
            "en": "The problem lies with the seller, so the seller pays the return shipping of {returnShipping}.",
            "zh-CN": "问题由卖家造成，退货运费{returnShipping}由卖家承担。",
            "pt-BR": "O problema é do vendedor, por isso ele paga o frete de devolução de {returnShipping}.",
            "ko": "판매자 귀책 사유이므로 반품 배송비({returnShipping})는 판매자가 부담합니다.",
            "ja": "販売者の責任による返品のため、返品送料{returnShipping}は販売者が負担します。"
          },
          "disclosure": {
            "en": "If the item is defective, wrong, not as described, incomplete or damaged in transit, the seller pays return shipping, and for an exchange or repair also the shipping back to you.",
            "zh-CN": "商品存在质量问题、发错货、与描述不符、缺少配件或运输途中损坏的，退货运费由卖家承担；换货或维修的，寄回给您的运费也由卖家承担。",
            "pt-BR": "Se o item tiver defeito, vier errado, for diferente do anunciado, estiver incompleto ou chegar danificado, o vendedor paga o frete de devolução e, em caso de troca ou conserto, também o frete de reenvio até você.",
            "ko": "상품 불량, 오배송, 상품 설명과 다름, 구성품 누락, 배송 중 파손의 경우 반품 배송비는 판매자가 부담하며, 교환이나 수리 시 고객님께 다시 보내는 배송비도 판매자가 부담합니다.",
            "ja": "商品の不良、商品違い、説明との相違、部品の欠品、配送中の破損の場合は、返品送料を販売者が負担します。交換・修理の場合は、お客様への返送料も販売者が負担します。"
          }
        }
      }
    },
    {
      "name": "late-delivery",
      "description": "Returned because it came late, and it was delivered after the promised date (dates.promisedBy).",
      "priority": 90,
      "conditions": {
        "all": [
          {
            "fact": "reason",
            "operator": "equal",
            "value": "late_delivery"
          },
          {
            "fact": "deliveredLate",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "event": {
        "type": "liability",
        "params": {
          "code": "seller_late_delivery",
          "shares": {
            "seller": 100
          },
          "outbound": "seller",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "citation": {
            "en": "Marketplace return policy: delivery after the promised date",
            "zh-CN": "平台退货政策：晚于承诺时间送达",
            "pt-BR": "Política de devoluções da plataforma: entrega depois da data prometida",
            "ko": "마켓플레이스 반품 정책: 약속한 배송일 이후 도착",
            "ja": "マーケットプレイス返品ポリシー：お届け予定日を過ぎた到着"
          },
          "text": {
            "en": "The item was delivered after the promised date, so the seller pays the return shipping of {returnShipping}.",
            "zh-CN": "商品晚于承诺的日期送达，退货运费{returnShipping}由卖家承担。",
            "pt-BR": "O item foi entregue depois da data prometida, por isso o vendedor paga o frete de devolução de {returnShipping}.",
            "ko": "상품이 약속한 배송일보다 늦게 도착했으므로 반품 배송비({returnShipping})는 판매자가 부담합니다.",
            "ja": "商品がお届け予定日より遅れて到着したため、返品送料{returnShipping}は販売者が負担します。"
          },
          "disclosure": {
            "en": "If the item is delivered after the date promised when you ordered and you return it for that reason, the seller pays return shipping.",
            "zh-CN": "商品晚于下单时承诺的日期送达、您因此退货的，退货运费由卖家承担。",
            "pt-BR": "Se o item for entregue depois da data prometida na compra e você o devolver por esse motivo, o vendedor paga o frete de devolução.",
            "ko": "상품이 주문할 때 약속한 배송일보다 늦게 도착해 반품하는 경우 반품 배송비는 판매자가 부담합니다.",
            "ja": "ご注文時にお約束したお届け日より遅れて商品が届き、そのために返品される場合は、返品送料を販売者が負担します。"
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
          "citation": {
            "en": "Marketplace return policy: seller's free-returns promise",
            "zh-CN": "平台退货政策：卖家承诺免费退货",
            "pt-BR": "Política de devoluções da plataforma: devolução grátis oferecida pelo vendedor",
            "ko": "마켓플레이스 반품 정책: 판매자의 무료 반품 약속",
            "ja": "マーケットプレイス返品ポリシー：販売者による返品送料無料"
          },
          "text": {
            "en": "The seller offers free returns, so the seller pays the return shipping of {returnShipping}.",
            "zh-CN": "卖家承诺免费退货，退货运费{returnShipping}由卖家承担。",
            "pt-BR": "O vendedor oferece devolução grátis, por isso paga o frete de devolução de {returnShipping}.",
            "ko": "판매자가 무료 반품을 제공하므로 반품 배송비({returnShipping})는 판매자가 부담합니다.",
            "ja": "販売者が返品送料無料を提供しているため、返品送料{returnShipping}は販売者が負担します。"
          },
          "disclosure": {
            "en": "Where the seller offers free returns, the seller pays return shipping on any return opened within 15 days of delivery.",
            "zh-CN": "卖家承诺免费退货的，签收后15天内发起的退货，退货运费均由卖家承担。",
            "pt-BR": "Quando o vendedor oferece devolução grátis, ele paga o frete de qualquer devolução solicitada em até 15 dias após a entrega.",
            "ko": "판매자가 무료 반품을 제공하는 경우, 배송 완료 후 15일 이내에 신청한 반품의 배송비는 판매자가 부담합니다.",
            "ja": "販売者が返品送料無料を提供している場合、商品到着後15日以内に申請された返品の送料は販売者が負担します。"
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
          "citation": {
            "en": "Marketplace return policy: seller's free-returns promise",
            "zh-CN": "平台退货政策：卖家承诺免费退货",
            "pt-BR": "Política de devoluções da plataforma: devolução grátis oferecida pelo vendedor",
            "ko": "마켓플레이스 반품 정책: 판매자의 무료 반품 약속",
            "ja": "マーケットプレイス返品ポリシー：販売者による返品送料無料"
          },
          "text": {
            "en": "The seller offers free returns, so the seller pays the return shipping of {returnShipping}; the free delivery stays free.",
            "zh-CN": "卖家承诺免费退货，退货运费{returnShipping}由卖家承担；原订单的包邮不受影响。",
            "pt-BR": "O vendedor oferece devolução grátis, por isso paga o frete de devolução de {returnShipping}; a entrega grátis continua grátis.",
            "ko": "판매자가 무료 반품을 제공하므로 반품 배송비({returnShipping})는 판매자가 부담하며, 무료 배송 혜택도 그대로 유지됩니다.",
            "ja": "販売者が返品送料無料を提供しているため、返品送料{returnShipping}は販売者が負担します。送料無料の配送もそのまま無料です。"
          },
          "disclosure": {
            "en": "Where the seller offers free returns and your order shipped free, returning it costs you nothing for shipping either way.",
            "zh-CN": "卖家承诺免费退货且订单包邮的，退货不产生任何运费。",
            "pt-BR": "Quando o vendedor oferece devolução grátis e o seu pedido teve frete grátis, a devolução não custa nenhum frete para você.",
            "ko": "판매자가 무료 반품을 제공하고 주문이 무료 배송이었다면, 반품할 때 배송비가 전혀 들지 않습니다.",
            "ja": "販売者が返品送料無料を提供し、ご注文が送料無料だった場合、返品に送料は一切かかりません。"
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
          "citation": {
            "en": "Marketplace return policy: returns for the buyer's own reasons",
            "zh-CN": "平台退货政策：买家个人原因退货",
            "pt-BR": "Política de devoluções da plataforma: devoluções por motivo do comprador",
            "ko": "마켓플레이스 반품 정책: 구매자 사유 반품",
            "ja": "マーケットプレイス返品ポリシー：購入者都合の返品"
          },
          "text": {
            "en": "Returned for the buyer's own reasons: return shipping ({returnShipping}) is the buyer's cost, and the buyer pays {buyerAmount} of it.",
            "zh-CN": "因买家个人原因退货，退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}。",
            "pt-BR": "Devolução por motivo do próprio comprador: o frete de devolução ({returnShipping}) fica por conta do comprador, que paga {buyerAmount}.",
            "ko": "구매자 사유로 인한 반품이므로 반품 배송비({returnShipping})는 구매자 부담이며, 구매자가 실제로 내는 금액은 {buyerAmount}입니다.",
            "ja": "購入者都合の返品のため、返品送料（{returnShipping}）は購入者の負担となり、購入者が実際に支払う額は{buyerAmount}です。"
          },
          "disclosure": {
            "en": "If you return an item for your own reasons (changed your mind, does not fit, ordered by mistake, found it cheaper), you pay return shipping, unless you agree a split with the seller or a return guarantee covers it.",
            "zh-CN": "因个人原因（不想要了、尺码不合适、拍错了、在别处看到更便宜的）退货的，退货运费由您承担，与卖家另有约定或有退货保障服务的除外。",
            "pt-BR": "Se você devolver um item por motivo próprio (desistiu da compra, não serviu, pediu por engano, achou mais barato em outro lugar), você paga o frete de devolução, a menos que combine uma divisão com o vendedor ou que uma garantia de devolução o cubra.",
            "ko": "단순 변심, 사이즈 불일치, 주문 실수, 다른 곳이 더 저렴한 경우 등 고객님 사유로 반품하면 반품 배송비는 고객님이 부담합니다. 다만 판매자와 분담에 합의했거나 반품 보장 서비스가 적용되는 경우는 예외입니다.",
            "ja": "不要になった、サイズが合わない、注文を間違えた、ほかの店のほうが安かったなど、お客様のご都合による返品の場合、返品送料はお客様のご負担となります。ただし、販売者と分担に合意した場合や返品保証サービスが適用される場合は除きます。"
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
          "citation": {
            "en": "Marketplace return policy: returns for the buyer's own reasons",
            "zh-CN": "平台退货政策：买家个人原因退货",
            "pt-BR": "Política de devoluções da plataforma: devoluções por motivo do comprador",
            "ko": "마켓플레이스 반품 정책: 구매자 사유 반품",
            "ja": "マーケットプレイス返品ポリシー：購入者都合の返品"
          },
          "text": {
            "en": "Returned for the buyer's own reasons: return shipping ({returnShipping}) is the buyer's cost, and the buyer pays {buyerAmount} of it; the free delivery stays free.",
            "zh-CN": "因买家个人原因退货，退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}；原订单的包邮不受影响。",
            "pt-BR": "Devolução por motivo do próprio comprador: o frete de devolução ({returnShipping}) fica por conta do comprador, que paga {buyerAmount}; a entrega grátis continua grátis.",
            "ko": "구매자 사유로 인한 반품이므로 반품 배송비({returnShipping})는 구매자 부담이며, 구매자가 실제로 내는 금액은 {buyerAmount}입니다. 무료 배송 혜택은 그대로 유지됩니다.",
            "ja": "購入者都合の返品のため、返品送料（{returnShipping}）は購入者の負担となり、購入者が実際に支払う額は{buyerAmount}です。送料無料の配送はそのまま無料です。"
          },
          "disclosure": {
            "en": "If your order shipped free and still qualifies for free delivery, a return for your own reasons costs you only the return shipping.",
            "zh-CN": "订单包邮且退货后仍满足包邮条件的，因个人原因退货只需承担退货运费。",
            "pt-BR": "Se o seu pedido teve frete grátis e continua atendendo às condições do frete grátis, uma devolução por motivo próprio só custa para você o frete de devolução.",
            "ko": "무료 배송으로 주문했고 반품 후에도 무료 배송 조건을 충족한다면, 고객님 사유로 반품할 때 반품 배송비만 부담하시면 됩니다.",
            "ja": "送料無料で注文し、返品後も送料無料の条件を満たしている場合、お客様のご都合による返品でご負担いただくのは返品送料のみです。"
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
          "citation": {
            "en": "Marketplace return policy: returns for the buyer's own reasons",
            "zh-CN": "平台退货政策：买家个人原因退货",
            "pt-BR": "Política de devoluções da plataforma: devoluções por motivo do comprador",
            "ko": "마켓플레이스 반품 정책: 구매자 사유 반품",
            "ja": "マーケットプレイス返品ポリシー：購入者都合の返品"
          },
          "text": {
            "en": "No fault of the seller was found: return shipping ({returnShipping}) is the buyer's cost, and the buyer pays {buyerAmount} of it.",
            "zh-CN": "经核实不属于卖家责任，退货运费（{returnShipping}）由买家承担，买家实付{buyerAmount}。",
            "pt-BR": "Não foi constatada falha do vendedor: o frete de devolução ({returnShipping}) fica por conta do comprador, que paga {buyerAmount}.",
            "ko": "판매자 귀책 사유가 확인되지 않았으므로 반품 배송비({returnShipping})는 구매자 부담이며, 구매자가 실제로 내는 금액은 {buyerAmount}입니다.",
            "ja": "販売者の責任が確認されなかったため、返品送料（{returnShipping}）は購入者の負担となり、購入者が実際に支払う額は{buyerAmount}です。"
          },
          "disclosure": {
            "en": "For any other reason, when no fault of the seller is found, you pay return shipping unless agreed otherwise.",
            "zh-CN": "因其他原因退货、且不属于卖家责任的，除另有约定外，退货运费由您承担。",
            "pt-BR": "Por qualquer outro motivo, se não for constatada falha do vendedor, você paga o frete de devolução, salvo acordo em contrário.",
            "ko": "그 밖의 사유로 반품하는 경우 판매자 귀책 사유가 확인되지 않으면, 별도 합의가 없는 한 반품 배송비는 고객님이 부담합니다.",
            "ja": "その他の理由による返品で販売者の責任が確認されない場合、別段の合意がない限り、返品送料はお客様のご負担となります。"
          }
        }
      }
    }
  ],
  "digest": "bc8b8e5a2ed86cbdf1c74c4890ef5c0d177c28dd2a70c36393f8a0109591c429",
  "windowsByRule": {
    "past-dispute-window": [
      "dispute"
    ],
    "seller-fault": [],
    "late-delivery": [],
    "seller-free-returns": [],
    "seller-free-returns-free-shipping": [],
    "buyer-reasons": [],
    "buyer-reasons-free-shipping": [],
    "other-reasons": []
  }
});
