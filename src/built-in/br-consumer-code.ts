// Generated from rules/br-consumer-code.json by `npm run schemas` (br-consumer-code 1.0.0, validated by loadRuleSet, sha-256 7395b55bec1f91b7edcfa317923581028a0eae9b2c609cc12552a046f8e0c169); do not edit.
import type { RuleSet } from "../rule-set/load.js";
import { trustedRuleSet } from "../rule-set/registry.js";
import { withLocales } from '../locales/pack.js';
import { ptBR } from '../locales/catalogues/pt-BR.js';

export const brConsumerCode: RuleSet = /* @__PURE__ */ withLocales(/* @__PURE__ */ trustedRuleSet({
  "id": "br-consumer-code",
  "version": "1.0.0",
  "title": {
    "pt-BR": "Código de Defesa do Consumidor: compras fora do estabelecimento comercial",
    "en": "Brazilian Consumer Defence Code for purchases made outside the shop",
    "zh-CN": "巴西《消费者保护法典》：营业场所以外购物的退货规定"
  },
  "locales": [
    "pt-BR",
    "en",
    "zh-CN"
  ],
  "defaultLocale": "pt-BR",
  "source": "Brazilian statutory minimum for consumer returns of goods, as in force on 2026-12-01: Código de Defesa do Consumidor (CDC, Lei 8.078/1990) arts. 6(VI), 18, 19, 26, 49; Código Civil (Lei 10.406/2002) art. 132 (counting periods, as the courts apply it to art. 49); Decreto 7.962/2013 art. 5 (information on the right of withdrawal, exercisable by the same means); STJ, REsp 1.340.604/RJ (2013) on return postage. Followed from secondary sources; article text of arts. 18 and 26 not re-read. Fees: none. On a withdrawal every amount paid \"a qualquer título\" is returned (art. 49 sole para.), so the supplier pays both the original delivery and the return postage, and no rule charges a restocking fee or deducts diminished value; defects are put right at the supplier's cost. The CDC lists no exclusions from the right of withdrawal. Declared facts: durableGoods (default true: most goods sold at a distance are durable; give false for food, cosmetics and other consumables) chooses between the 30- and 90-day periods of art. 26; hiddenDefect (default false) marks a hidden defect, whose period starts when it becomes evident (art. 26 § 3) — the request date stands for that day. Not modelled: the 30-day repair period of art. 18 § 1 (a case says what the buyer asks for in resolution), the suspension of art. 26 § 2, abuse of the right of withdrawal. Rule texts paraphrase the law; not legal advice.",
  "windows": {
    "withdrawal": {
      "days": 7,
      "extendPastHolidays": true
    },
    "defect_non_durable": {
      "days": 30,
      "extendPastHolidays": true
    },
    "defect_durable": {
      "days": 90,
      "extendPastHolidays": true
    }
  },
  "facts": {
    "durableGoods": {
      "type": "boolean",
      "default": true,
      "description": "the goods are durable (CDC art. 26 II: 90 days to claim a defect); false for non-durable goods such as food and cosmetics (art. 26 I: 30 days)"
    },
    "hiddenDefect": {
      "type": "boolean",
      "default": false,
      "description": "the defect is hidden (vício oculto): its period starts when it becomes evident (CDC art. 26 § 3), and the request date stands for that day"
    }
  },
  "thresholds": {},
  "parcel": {
    "labelSplit": "seller_fault_carries",
    "outbound": "pro_rata"
  },
  "rules": [
    {
      "name": "defect-claim-lapsed-durable",
      "description": "Durable goods: an apparent defect must be claimed within 90 days of delivery (art. 26 II, § 1). A hidden defect (declared fact hiddenDefect) counts from the day it shows up (art. 26 § 3); the request date stands for that day, so it is never late here.",
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
            "fact": "durableGoods",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "hiddenDefect",
            "operator": "equal",
            "value": false
          },
          {
            "fact": "window.defect_durable",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "defect_claim_lapsed",
          "citation": {
            "pt-BR": "CDC (Lei 8.078/1990), art. 26, II e § 1º",
            "en": "Consumer Defence Code (Law 8,078/1990) art. 26(II) and § 1",
            "zh-CN": "巴西《消费者保护法典》（第8.078/1990号法律）第26条第二项及第1款"
          },
          "text": {
            "pt-BR": "Em produtos duráveis, o vício aparente deve ser reclamado em até 90 dias contados da entrega; este pedido foi feito {daysSinceDelivery} dias depois da entrega, quando o prazo já tinha terminado.",
            "en": "For durable goods, an apparent defect must be claimed within 90 days of delivery; this request came {daysSinceDelivery} days after delivery, when that period had ended.",
            "zh-CN": "耐用品的明显瑕疵须自交付之日起90日内提出；本次申请在交付后第{daysSinceDelivery}日提出，期限已经届满。"
          },
          "disclosure": {
            "pt-BR": "Em produtos duráveis, reclame de um vício aparente em até 90 dias após a entrega; um vício oculto pode ser reclamado em até 90 dias depois que aparecer.",
            "en": "For durable goods, report an apparent defect within 90 days of delivery; a hidden defect can be reported within 90 days of showing up.",
            "zh-CN": "耐用品的明显瑕疵，请在交付后90日内提出；隐蔽瑕疵可在其显现后90日内提出。"
          }
        }
      }
    },
    {
      "name": "defect-claim-lapsed-non-durable",
      "description": "Non-durable goods (durableGoods false): an apparent defect must be claimed within 30 days of delivery (art. 26 I, § 1); a hidden defect counts from the day it shows up (art. 26 § 3).",
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
            "fact": "durableGoods",
            "operator": "equal",
            "value": false
          },
          {
            "fact": "hiddenDefect",
            "operator": "equal",
            "value": false
          },
          {
            "fact": "window.defect_non_durable",
            "operator": "equal",
            "value": false
          }
        ]
      },
      "event": {
        "type": "not_returnable",
        "params": {
          "code": "defect_claim_lapsed",
          "citation": {
            "pt-BR": "CDC (Lei 8.078/1990), art. 26, I e § 1º",
            "en": "Consumer Defence Code (Law 8,078/1990) art. 26(I) and § 1",
            "zh-CN": "巴西《消费者保护法典》（第8.078/1990号法律）第26条第一项及第1款"
          },
          "text": {
            "pt-BR": "Em produtos não duráveis, o vício aparente deve ser reclamado em até 30 dias contados da entrega; este pedido foi feito {daysSinceDelivery} dias depois da entrega, quando o prazo já tinha terminado.",
            "en": "For non-durable goods, an apparent defect must be claimed within 30 days of delivery; this request came {daysSinceDelivery} days after delivery, when that period had ended.",
            "zh-CN": "非耐用品的明显瑕疵须自交付之日起30日内提出；本次申请在交付后第{daysSinceDelivery}日提出，期限已经届满。"
          },
          "disclosure": {
            "pt-BR": "Em produtos não duráveis, como alimentos e cosméticos, reclame de um vício aparente em até 30 dias após a entrega; um vício oculto pode ser reclamado em até 30 dias depois que aparecer.",
            "en": "For non-durable goods such as food and cosmetics, report an apparent defect within 30 days of delivery; a hidden defect can be reported within 30 days of showing up.",
            "zh-CN": "食品、化妆品等非耐用品的明显瑕疵，请在交付后30日内提出；隐蔽瑕疵可在其显现后30日内提出。"
          }
        }
      }
    },
    {
      "name": "seller-fault-remedy",
      "description": "A defect (quality, wrong item, not as advertised, missing parts, damaged on the way) put right by exchange or repair: the supplier pays every leg of shipping; the contract stands, so the original delivery is not refunded.",
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
            "pt-BR": "CDC (Lei 8.078/1990), arts. 6º, VI, 18, caput e § 1º, I, e 19, II e III",
            "en": "Consumer Defence Code (Law 8,078/1990) arts. 6(VI), 18 (head and § 1(I)), 19(II)–(III)",
            "zh-CN": "巴西《消费者保护法典》（第8.078/1990号法律）第6条第六项、第18条正文及第1款第一项、第19条第二项和第三项"
          },
          "text": {
            "pt-BR": "O produto tem vício (defeito, item errado, diferente do anunciado ou incompleto) e será trocado ou consertado: o vendedor paga o frete de devolução ({returnShipping}) e o do reenvio. A compra continua valendo, por isso o frete da entrega original não é devolvido.",
            "en": "The item has a defect (faulty, wrong item, not as advertised or incomplete) and is being replaced or repaired, so the seller pays the return shipping ({returnShipping}) and the shipping back. The purchase stands, so the original delivery is not refunded.",
            "zh-CN": "商品存在瑕疵（有缺陷、发错货、与宣传不符或缺件），将予以更换或维修：退货运费（{returnShipping}）和重新寄送的运费均由卖家承担。购买合同继续有效，原配送费用不予退还。"
          },
          "disclosure": {
            "pt-BR": "Se o produto chegar com defeito, errado, diferente do anunciado ou incompleto, o vendedor paga todo o frete do conserto ou da troca. Se o conserto não ficar pronto em 30 dias, você escolhe entre a troca, o dinheiro de volta ou um desconto no preço.",
            "en": "If an item arrives faulty, wrong, not as advertised or incomplete, the seller pays all shipping for the repair or replacement. If the repair is not done within 30 days, you choose a replacement, your money back or a lower price.",
            "zh-CN": "商品到货时有缺陷、发错货、与宣传不符或缺件的，维修或更换的全部运费由卖家承担。30日内未修好的，您可选择更换、退款或减价。"
          }
        }
      }
    },
    {
      "name": "seller-fault",
      "description": "A defect (quality, wrong item, not as advertised, missing parts, damaged on the way) ending in a refund: the supplier pays the return and refunds everything paid, the original delivery included. Applies in a shop too, and wins over the withdrawal rules.",
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
            "pt-BR": "CDC (Lei 8.078/1990), arts. 6º, VI, 18, § 1º, II, e 19, IV",
            "en": "Consumer Defence Code (Law 8,078/1990) arts. 6(VI), 18 § 1(II), 19(IV)",
            "zh-CN": "巴西《消费者保护法典》（第8.078/1990号法律）第6条第六项、第18条第1款第二项、第19条第四项"
          },
          "text": {
            "pt-BR": "O produto tem vício (defeito, item errado, diferente do anunciado ou incompleto): o vendedor paga o frete de devolução ({returnShipping}) e devolve também o frete da entrega original.",
            "en": "The item has a defect (faulty, wrong item, not as advertised or incomplete), so the seller pays the return shipping ({returnShipping}) and refunds the original delivery as well.",
            "zh-CN": "商品存在瑕疵（有缺陷、发错货、与宣传不符或缺件），退货运费（{returnShipping}）由卖家承担，原配送费用也一并退还。"
          },
          "disclosure": {
            "pt-BR": "Quando um produto com vício volta para reembolso, o vendedor paga o frete de devolução e devolve tudo o que você pagou, inclusive o frete da entrega.",
            "en": "When a faulty item goes back for a refund, the seller pays the return shipping and refunds everything you paid, delivery included.",
            "zh-CN": "有瑕疵的商品退货退款时，退货运费由卖家承担，卖家退还您支付的全部款项，包括原配送费用。"
          }
        }
      }
    },
    {
      "name": "no-withdrawal-in-store",
      "description": "The right of withdrawal covers contracts made outside the commercial establishment only (art. 49).",
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
            "pt-BR": "CDC (Lei 8.078/1990), art. 49, caput",
            "en": "Consumer Defence Code (Law 8,078/1990) art. 49 (head)",
            "zh-CN": "巴西《消费者保护法典》（第8.078/1990号法律）第49条正文"
          },
          "text": {
            "pt-BR": "O direito de arrependimento vale para compras feitas fora do estabelecimento comercial (pela internet, por telefone ou em domicílio); esta compra foi feita na loja, e o produto não tem vício.",
            "en": "The right of withdrawal covers purchases made outside the shop (online, by phone or at home); this purchase was made in the shop, and the item has no defect.",
            "zh-CN": "反悔权仅适用于在营业场所以外（网上、电话或上门）进行的购买；本次为店内购买，商品也不存在瑕疵。"
          },
          "disclosure": {
            "pt-BR": "O direito de arrependimento não vale para compras feitas na loja física.",
            "en": "The right of withdrawal does not apply to purchases made in a physical shop.",
            "zh-CN": "在实体店内购买的商品不适用反悔权。"
          }
        }
      }
    },
    {
      "name": "past-withdrawal-period",
      "description": "7 calendar days from receipt; the day of receipt is not counted and weekends and holidays inside the period count; a last day on a weekend or public holiday moves to the next working day (Civil Code art. 132 § 1), with the evaluator's calendar.",
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
            "pt-BR": "CDC (Lei 8.078/1990), art. 49, caput; Código Civil, art. 132, caput e § 1º",
            "en": "Consumer Defence Code (Law 8,078/1990) art. 49 (head); Civil Code art. 132 (head and § 1)",
            "zh-CN": "巴西《消费者保护法典》（第8.078/1990号法律）第49条正文；巴西《民法典》第132条正文及第1款"
          },
          "text": {
            "pt-BR": "O arrependimento deve ser exercido em até {windowDays} dias a contar do recebimento; este pedido foi feito {daysSinceDelivery} dias após o recebimento, fora do prazo, e o produto não tem vício.",
            "en": "The right of withdrawal must be used within {windowDays} days of receipt; this request came {daysSinceDelivery} days after receipt, too late, and the item has no defect.",
            "zh-CN": "反悔权须在收到商品后{windowDays}日内行使；本次申请在收货后第{daysSinceDelivery}日提出，已经逾期，商品也不存在瑕疵。"
          },
          "disclosure": {
            "pt-BR": "Os 7 dias começam a contar no dia seguinte ao recebimento e incluem sábados, domingos e feriados; se o último dia cair em fim de semana ou feriado, o prazo vai até o próximo dia útil.",
            "en": "The 7 days start the day after you receive the item and include weekends and holidays; a last day that falls on a weekend or public holiday moves to the next working day.",
            "zh-CN": "7日期限自收到商品的次日起算，期间内的周末和节假日照常计入；最后一日为周末或公共假日的，顺延至下一个工作日。"
          }
        }
      }
    },
    {
      "name": "withdrawal",
      "description": "Withdrawal within 7 days of a purchase made outside the shop, no reason needed and no statutory exclusions (the fallback). Every amount paid \"a qualquer título\" is returned: the supplier pays the return postage and refunds the original delivery; no fee, no deduction. An exchange without a defect is a withdrawal plus a new delivery at the buyer's cost.",
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
            "seller": 100
          },
          "replacementShares": {
            "buyer": 100
          },
          "outbound": "seller",
          "negotiation": "seller_may_pay_more",
          "coverage": true,
          "citation": {
            "pt-BR": "CDC (Lei 8.078/1990), art. 49, caput e parágrafo único; Decreto 7.962/2013, art. 5º; STJ, REsp 1.340.604/RJ (2013)",
            "en": "Consumer Defence Code (Law 8,078/1990) art. 49 and sole paragraph; Decree 7,962/2013 art. 5; STJ, REsp 1,340,604/RJ (2013)",
            "zh-CN": "巴西《消费者保护法典》（第8.078/1990号法律）第49条正文及唯一附款；第7.962/2013号法令第5条；巴西高等法院REsp 1.340.604/RJ号判决（2013年）"
          },
          "text": {
            "pt-BR": "O comprador desistiu da compra dentro dos {windowDays} dias. Tudo o que ele pagou deve ser devolvido, fretes incluídos: o vendedor paga a devolução ({returnShipping}) e reembolsa a entrega original.",
            "en": "The buyer withdrew within the {windowDays} days. Everything the buyer paid is returned, shipping included: the seller pays the return shipping ({returnShipping}) and refunds the original delivery.",
            "zh-CN": "买家在{windowDays}日内行使了反悔权。买家支付的全部款项均应退还，运费也不例外：退货运费（{returnShipping}）由卖家承担，原配送费用一并退还。"
          },
          "disclosure": {
            "pt-BR": "Comprou pela internet, por telefone ou em domicílio? Você pode desistir em até 7 dias após o recebimento, sem dar motivo, pelo mesmo canal em que comprou. O vendedor devolve tudo o que você pagou, inclusive o frete da entrega, e paga o frete da devolução, sem cobrar nenhuma taxa.",
            "en": "Bought online, by phone or at home? You can withdraw within 7 days of receiving the item, without giving a reason, through the same channel you bought on. The seller refunds everything you paid, delivery included, pays the return shipping and charges no fee.",
            "zh-CN": "通过网络、电话或上门方式购买的商品，您可在收货后7日内无理由反悔，并可通过下单时的同一渠道提出。卖家退还您支付的全部款项（含原配送费用），承担退货运费，且不收取任何费用。"
          }
        }
      }
    }
  ],
  "digest": "7395b55bec1f91b7edcfa317923581028a0eae9b2c609cc12552a046f8e0c169",
  "windowsByRule": {
    "defect-claim-lapsed-durable": [
      "defect_durable"
    ],
    "defect-claim-lapsed-non-durable": [
      "defect_non_durable"
    ],
    "seller-fault-remedy": [],
    "seller-fault": [],
    "no-withdrawal-in-store": [],
    "past-withdrawal-period": [
      "withdrawal"
    ],
    "withdrawal": [
      "withdrawal"
    ]
  }
}), [ptBR]);
