"""Strings of the overview page."""

STRINGS = {
    "overview.lead": {
        "en": "Kyrgyzstan is among the countries most dependent on its migrants' earnings. "
              "These are the headline figures, each with its year and source; open a card to "
              "see the data behind it and where sources disagree.",
        "ru": "Кыргызстан — одна из стран, больше всего зависящих от заработков своих "
              "мигрантов. Здесь главные цифры, у каждой указаны год и источник; откройте "
              "карточку, чтобы увидеть данные и расхождения источников.",
        "ky": "Кыргызстан мигранттарынын эмгек акысына эң көз каранды өлкөлөрдүн бири. Бул "
              "жерде негизги сандар, ар биринин жылы жана булагы көрсөтүлгөн; маалыматты жана "
              "булактардын айырмасын көрүү үчүн карточканы ачыңыз."},
    "overview.kpi.abroad": {"en": "Kyrgyz-born people living abroad",
                            "ru": "Уроженцы Кыргызстана за рубежом",
                            "ky": "Чет өлкөдө жашаган Кыргызстанда туулгандар"},
    "overview.kpi.russia": {"en": "Share of them in Russia", "ru": "Доля в России",
                            "ky": "Россиядагы үлүшү"},
    "overview.kpi.women": {"en": "Share of women", "ru": "Доля женщин", "ky": "Аялдардын үлүшү"},
    "overview.kpi.remittances": {"en": "Remittances, % of GDP", "ru": "Переводы, % ВВП",
                                 "ky": "Которуулар, ИДПнын %"},
    "overview.kpi.offices": {"en": "Diaspora cities: reported / documented",
                             "ru": "Города диаспоры: заявлено / подтверждено",
                             "ky": "Диаспора шаарлары: билдирилген / документтелген"},
    "overview.kpi.recommendations": {"en": "Recommendations with action since 2013",
                                     "ru": "Рекомендации, по которым были действия после 2013",
                                     "ky": "2013-жылдан бери иш-аракет болгон сунуштар"},
    "overview.other_sources": {"en": "Other sources", "ru": "Другие источники",
                               "ky": "Башка булактар"},
    "overview.derived": {"en": "Derived: {note}", "ru": "Расчёт: {note}",
                         "ky": "Эсептөө: {note}"},
    "overview.open": {"en": "Open", "ru": "Открыть", "ky": "Ачуу"},
    "overview.gender_note": {
        "en": "Figures for {gender}: where a figure has no breakdown by gender, its card says so.",
        "ru": "Данные для категории «{gender}»: если у цифры нет разбивки по полу, это "
              "указано на карточке.",
        "ky": "«{gender}» үчүн маалымат: эгер санда жыныс боюнча бөлүштүрүү жок болсо, "
              "карточкада айтылат."},
    "overview.no_gender": {"en": "no breakdown by gender", "ru": "нет разбивки по полу",
                           "ky": "жыныс боюнча бөлүштүрүү жок"},
    "overview.note.abroad": {
        "en": "Derived: the sum of UN DESA estimates over all destination countries.",
        "ru": "Расчёт: сумма оценок ООН DESA по всем странам назначения.",
        "ky": "Эсептөө: БУУ DESA баалоолорунун бардык барган өлкөлөр боюнча суммасы."},
    "overview.note.russia": {
        "en": "Derived: UN DESA's estimate for Russia divided by the sum over all destinations.",
        "ru": "Расчёт: оценка ООН DESA для России, делённая на сумму по всем странам.",
        "ky": "Эсептөө: БУУ DESA Россия боюнча баалоосу бардык өлкөлөрдүн суммасына бөлүнгөн."},
    "overview.note.women": {
        "en": "Derived: UN DESA's women abroad divided by all abroad.",
        "ru": "Расчёт: женщины за рубежом по ООН DESA, делённые на всех за рубежом.",
        "ky": "Эсептөө: БУУ DESA боюнча чет өлкөдөгү аялдар бардыгына бөлүнгөн."},
    "overview.note.remittances": {
        "en": "Derived: World Bank remittances divided by World Bank GDP.",
        "ru": "Расчёт: переводы по данным Всемирного банка, делённые на ВВП.",
        "ky": "Эсептөө: Дүйнөлүк банктын которуулары ИДПга бөлүнгөн."},
    "overview.note.offices": {
        "en": "43 cities reported by Zamandash in 2012; {offices} offices found in public "
              "sources, {verified} of them verified.",
        "ru": "43 города по данным «Замандаш» (2012); в открытых источниках найдено {offices} "
              "офисов, из них подтверждено {verified}.",
        "ky": "2012-жылы «Замандаш» 43 шаарды билдирген; ачык булактарда {offices} кеңсе "
              "табылды, алардын {verified} тастыкталган."},
    "overview.note.recommendations": {
        "en": "Recommendations of the 2012-2013 reports with a cited action since "
              "(in progress, partly done or done); {done} done. Headings with sub-items are "
              "counted through their sub-items.",
        "ru": "Рекомендации докладов 2012–2013 годов, по которым с тех пор есть "
              "подтверждённые действия (в процессе, частично или полностью выполнены); "
              "выполнено: {done}. Разделы с подпунктами учтены через подпункты.",
        "ky": "2012–2013-жылдардагы баяндамалардын сунуштары, алар боюнча андан бери "
              "шилтемеленген иш-аракет бар (аткарылууда, жарым-жартылай же толук аткарылган); "
              "аткарылганы: {done}. Бөлүмдөр алардын пункттары аркылуу эсептелет."},
}
