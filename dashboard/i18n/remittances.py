"""Strings of the remittances page."""

STRINGS = {
    "remit.title": {"en": "Remittances", "ru": "Денежные переводы", "ky": "Акча которуулар"},
    "remit.intro": {
        "en": "Money migrants send home, as a share of the economy and in dollars, Kyrgyzstan "
              "against countries like it. Lines are World Bank series; marks are figures that "
              "the 2012–2013 reports and others quote, shown beside them, not blended in.",
        "ru": "Деньги, которые мигранты отправляют домой, в долях экономики и в долларах: "
              "Кыргызстан в сравнении с похожими странами. Линии — ряды Всемирного банка; "
              "точки — цифры из докладов 2012–2013 годов и других источников, показанные "
              "рядом, а не смешанные с ними.",
        "ky": "Мигранттар үйгө жиберген акча, экономиканын үлүшү жана доллар менен: Кыргызстан "
              "окшош өлкөлөр менен салыштырмалуу. Сызыктар — Дүйнөлүк банктын катарлары; "
              "белгилер — 2012–2013-жылдардагы баяндамалар жана башка булактар келтирген "
              "сандар, аралаштырылбай жанында көрсөтүлгөн."},
    "remit.share_title": {"en": "Personal remittances received, % of GDP",
                          "ru": "Полученные личные денежные переводы, % ВВП",
                          "ky": "Алынган жеке акча которуулар, ИДПнын %"},
    "remit.usd_title": {"en": "Personal remittances received, billion current US$",
                        "ru": "Полученные личные денежные переводы, млрд долл. США",
                        "ky": "Алынган жеке акча которуулар, млрд АКШ доллары"},
    "remit.axis_pct": {"en": "% of GDP", "ru": "% ВВП", "ky": "ИДПнын %"},
    "remit.axis_usd": {"en": "billion US$", "ru": "млрд долл. США", "ky": "млрд АКШ доллары"},
    "remit.cited": {"en": "Cited figure ({quality})", "ru": "Цитируемая цифра ({quality})",
                    "ky": "Шилтемеленген сан ({quality})"},
    "remit.peers": {"en": "Compare with", "ru": "Сравнить с", "ky": "Салыштыруу"},
    "remit.summary": {
        "en": "In {year}, personal remittances received by Kyrgyzstan were {pct} % of GDP "
              "(US$ {usd} billion), by the World Bank's figures.",
        "ru": "В {year} году полученные Кыргызстаном личные переводы составили {pct} % ВВП "
              "({usd} млрд долл. США) по данным Всемирного банка.",
        "ky": "{year}-жылы Кыргызстан алган жеке акча которуулар Дүйнөлүк банктын маалыматы "
              "боюнча ИДПнын {pct} % (АКШнын {usd} млрд доллары) түзгөн."},
    "remit.derived_note": {
        "en": "The % of GDP is derived: World Bank remittances divided by World Bank GDP, from "
              "two different WDI releases (2025 and 2024), so recent years may differ slightly "
              "from the World Bank's own ratio.",
        "ru": "Доля в ВВП рассчитана: переводы по данным Всемирного банка, делённые на ВВП по "
              "данным Всемирного банка, из двух разных выпусков WDI (2025 и 2024), поэтому "
              "последние годы могут немного отличаться от показателя самого Всемирного банка.",
        "ky": "ИДПдагы үлүш эсептелген: Дүйнөлүк банктын которуулары Дүйнөлүк банктын ИДПсына "
              "бөлүнгөн, WDIдин эки башка чыгарылышынан (2025 жана 2024), ошондуктан акыркы "
              "жылдар Дүйнөлүк банктын өз көрсөткүчүнөн бир аз айырмаланышы мүмкүн."},
}
