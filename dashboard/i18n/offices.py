"""Strings of the diaspora offices page (/offices)."""

STRINGS = {
    "offices.title": {"en": "Diaspora offices in Russia", "ru": "Офисы диаспоры в России",
                      "ky": "Россиядагы диаспора кеңселери"},
    "offices.intro": {
        "en": "Kyrgyz diaspora organisations, the embassy, consulates and migrant centres in "
              "Russia that a cited source names, on a map of Russia's regions, against the "
              "regions migrants are reported to go to. Only offices a source names are listed: "
              "the list is never padded to match a reported total.",
        "ru": "Организации кыргызской диаспоры, посольство, консульства и центры для мигрантов "
              "в России, которые называет цитируемый источник, на карте регионов России — в "
              "сравнении с регионами, куда, по сообщениям, едут мигранты. Показаны только "
              "офисы, названные источниками: список никогда не дополняется до сообщённого "
              "итога.",
        "ky": "Россиядагы кыргыз диаспорасынын уюмдары, элчилик, консулдуктар жана мигранттар "
              "борборлору — шилтемеленген булак атаган гана кеңселер — Россиянын аймактарынын "
              "картасында, мигранттар барат деп айтылган аймактар менен салыштырмалуу. Тизме "
              "эч качан айтылган жалпы санга чейин толукталбайт."},
    "offices.headline": {
        "en": "{reported} cities reported ({who}, {year}) · {n} offices documented in {m} "
              "cities · {k} verified",
        "ru": "{reported} городов по сообщению ({who}, {year}) · {n} офисов задокументировано "
              "в {m} городах · {k} проверено",
        "ky": "{reported} шаар айтылган ({who}, {year}) · {n} кеңсе {m} шаарда "
              "документтештирилген · {k} текшерилген"},
    "offices.headline_reported": {
        "en": "“{reported} cities”: the 2012 report, citing the Zamandash association, says "
              "Kyrgyz diaspora bodies exist in {reported} Russian cities, but names none of them.",
        "ru": "«{reported} городов»: доклад 2012 года со ссылкой на объединение «Замандаш» "
              "пишет, что органы кыргызской диаспоры есть в {reported} городах России, но не "
              "называет ни одного.",
        "ky": "«{reported} шаар»: 2012-жылдагы баяндама «Замандаш» бирикмесине таянып, кыргыз "
              "диаспорасынын өкүлчүлүктөрү Россиянын {reported} шаарында бар дейт, бирок "
              "бирөөнү да атабайт."},
    "offices.headline_documented": {
        "en": "Documented here: {n} offices that a source names, in {m} cities; {d} of these "
              "cities have a diaspora organisation (the like-for-like count with the "
              "{reported}). The other cities are not padded in: no source we hold names them.",
        "ru": "Здесь задокументировано: {n} офисов, названных источниками, в {m} городах; в {d} "
              "из них есть организация диаспоры (сопоставимо с «{reported}»). Остальные города "
              "не добавлены: ни один имеющийся источник их не называет.",
        "ky": "Бул жерде документтештирилген: булактар атаган {n} кеңсе, {m} шаарда; алардын "
              "{d} шаарында диаспора уюму бар («{reported}» менен салыштырууга боло турганы). "
              "Калган шаарлар кошулган жок: бизде бар булактардын бири да аларды атабайт."},
    "offices.other_totals": {"en": "Other reported totals", "ru": "Другие сообщённые итоги",
                             "ky": "Башка айтылган жалпы сандар"},
    "offices.total_row": {
        "en": "{value} {unit}, {geography}{year}: “{quote}”",
        "ru": "{value} ({unit}), {geography}{year}: «{quote}»",
        "ky": "{value} ({unit}), {geography}{year}: «{quote}»"},
    "offices.service": {"en": "Service", "ru": "Услуга", "ky": "Кызмат"},
    "offices.service.all": {"en": "All services", "ru": "Все услуги", "ky": "Бардык кызматтар"},
    "offices.service.legal_aid": {"en": "Legal aid", "ru": "Юридическая помощь",
                                  "ky": "Юридикалык жардам"},
    "offices.service.employment": {"en": "Employment", "ru": "Трудоустройство",
                                   "ky": "Жумушка орноштуруу"},
    "offices.service.cultural": {"en": "Culture and community", "ru": "Культура и землячество",
                                 "ky": "Маданият жана жамаат"},
    "offices.service.health_referral": {"en": "Health referral", "ru": "Медицинские направления",
                                        "ky": "Медициналык жолдомо"},
    "offices.service.repatriation": {"en": "Repatriation", "ru": "Репатриация",
                                     "ky": "Мекенге кайтаруу"},
    "offices.service.consular": {"en": "Consular services", "ru": "Консульские услуги",
                                 "ky": "Консулдук кызматтар"},
    "offices.service.education": {"en": "Education", "ru": "Образование", "ky": "Билим берүү"},
    "offices.service.information": {"en": "Information and helpline",
                                    "ru": "Информация и горячая линия",
                                    "ky": "Маалымат жана ишеним телефону"},
    "offices.service.housing": {"en": "Housing", "ru": "Жильё", "ky": "Турак жай"},
    "offices.service.other": {"en": "Other help", "ru": "Другая помощь", "ky": "Башка жардам"},
    "offices.service.none": {"en": "None named by the source", "ru": "Источник не называет",
                             "ky": "Булак атабайт"},
    "offices.kind": {"en": "Kind of office", "ru": "Тип офиса", "ky": "Кеңсенин түрү"},
    "offices.kind.diaspora": {"en": "Diaspora organisation", "ru": "Организация диаспоры",
                              "ky": "Диаспора уюму"},
    "offices.kind.embassy": {"en": "Embassy or its office", "ru": "Посольство или его канцелярия",
                             "ky": "Элчилик же анын кеңсеси"},
    "offices.kind.consulate": {"en": "Consulate general", "ru": "Генеральное консульство",
                               "ky": "Башкы консулдук"},
    "offices.kind.honorary_consulate": {"en": "Honorary consul", "ru": "Почётный консул",
                                        "ky": "Ардактуу консул"},
    "offices.kind.migrant_centre": {"en": "Migrant centre or helpline",
                                    "ru": "Центр для мигрантов или горячая линия",
                                    "ky": "Мигранттар борбору же ишеним телефону"},
    "offices.bad_param": {
        "en": "“{given}” is not a valid {name}; showing {used} instead.",
        "ru": "«{given}» — недопустимое значение ({name}); показано: {used}.",
        "ky": "«{given}» — туура эмес маани ({name}); анын ордуна көрсөтүлдү: {used}."},
    "offices.all_kinds": {"en": "all kinds", "ru": "все типы", "ky": "бардык түрлөрү"},
    "offices.map_title": {"en": "Documented offices and offices per region",
                          "ru": "Задокументированные офисы и число офисов по регионам",
                          "ky": "Документтештирилген кеңселер жана аймактар боюнча саны"},
    "offices.map_title_service": {
        "en": "Offices that offer: {service}",
        "ru": "Офисы с услугой: {service}",
        "ky": "Бул кызматты көрсөткөн кеңселер: {service}"},
    "offices.colorbar": {"en": "Offices per region", "ru": "Офисов в регионе",
                         "ky": "Аймактагы кеңселер"},
    "offices.legend.verified": {"en": "Verified (solid)", "ru": "Проверено (сплошной)",
                                "ky": "Текшерилген (толук)"},
    "offices.legend.unverified": {"en": "Unverified (hollow)", "ru": "Не проверено (полый)",
                                  "ky": "Текшерилген эмес (көңдөй)"},
    "offices.legend.gap": {"en": "Main destination, no office",
                           "ru": "Основное направление без офиса",
                           "ky": "Кеңсеси жок негизги багыт"},
    "offices.quality_legend": {
        "en": "Solid marks: verified, the cited source names this office in this city. Hollow "
              "marks with a dot: unverified, the source names only the region (the city is "
              "assumed), or an opening was announced but is not confirmed. Dotted bars: "
              "unverified offices. Yellow regions with a black outline: a main destination of "
              "migrants (TSPC 2013) with no documented office for the selection. Grey regions: "
              "no documented office (which is not the same as no office).",
        "ru": "Сплошные метки: проверено, цитируемый источник называет этот офис в этом "
              "городе. Полые метки с точкой: не проверено, источник называет только регион "
              "(город предположен) или открытие объявлено, но не подтверждено. Пунктирные "
              "столбцы: непроверенные офисы. Жёлтые регионы с чёрной границей: основное "
              "направление мигрантов (TSPC 2013) без задокументированного офиса для выбора. "
              "Серые регионы: нет задокументированного офиса (это не то же, что нет офиса).",
        "ky": "Толук белгилер: текшерилген, шилтемеленген булак бул кеңсени ушул шаарда атайт. "
              "Чекиттүү көңдөй белгилер: текшерилген эмес, булак аймакты гана атайт (шаар "
              "болжолдонгон) же ачылышы жарыяланган, бирок тастыкталган эмес. Чекиттүү "
              "тилкелер: текшерилбеген кеңселер. Кара чек аралуу сары аймактар: тандоо боюнча "
              "документтештирилген кеңсеси жок мигранттардын негизги багыты (TSPC 2013). Боз "
              "аймактар: документтештирилген кеңсе жок (бул кеңсе жок дегенди билдирбейт)."},
    "offices.bar.verified": {"en": "Verified (solid)", "ru": "Проверено (сплошной)",
                             "ky": "Текшерилген (толук)"},
    "offices.bar.unverified": {"en": "Unverified (dotted)", "ru": "Не проверено (пунктир)",
                               "ky": "Текшерилген эмес (чекиттүү)"},
    "offices.bar.zero": {"en": "none documented", "ru": "не задокументировано",
                         "ky": "документтештирилген эмес"},
    "offices.zoom.all": {"en": "All Russia", "ru": "Вся Россия", "ky": "Бүт Россия"},
    "offices.zoom.west": {"en": "European Russia and the Urals", "ru": "Европейская Россия и Урал",
                          "ky": "Европалык Россия жана Урал"},
    "offices.zamandash": {"en": "Zamandash", "ru": "Замандаш", "ky": "Замандаш"},
    "offices.hover.services": {"en": "Services", "ru": "Услуги", "ky": "Кызматтар"},
    "offices.verified": {"en": "verified", "ru": "проверено", "ky": "текшерилген"},
    "offices.unverified": {"en": "unverified", "ru": "не проверено", "ky": "текшерилген эмес"},
    "offices.hover.offices": {"en": "{n} documented office(s)",
                              "ru": "офисов задокументировано: {n}",
                              "ky": "документтештирилген кеңселер: {n}"},
    "offices.hover.no_office": {"en": "no documented office",
                                "ru": "нет задокументированного офиса",
                                "ky": "документтештирилген кеңсе жок"},
    "offices.hover.main_destination": {
        "en": "main destination of migrants (TSPC 2013)",
        "ru": "основное направление мигрантов (TSPC 2013)",
        "ky": "мигранттардын негизги багыты (TSPC 2013)"},
    "offices.hover.ratio": {
        "en": "about {ratio} migrants per office ({value} ÷ {n}, {place})",
        "ru": "около {ratio} мигрантов на офис ({value} ÷ {n}, {place})",
        "ky": "бир кеңсеге болжол менен {ratio} мигрант ({value} ÷ {n}, {place})"},
    "offices.hover.no_figure": {
        "en": "migrants per office: no cited regional figure",
        "ru": "мигрантов на офис: нет цитируемой региональной цифры",
        "ky": "бир кеңсеге мигранттар: шилтемеленген аймактык сан жок"},
    "offices.year_note": {
        "en": "Offices are not filtered by year: {n} of {total} rows have a year (the date of "
              "the news item or the opening, often blank), so every documented office is shown.",
        "ru": "Офисы не фильтруются по году: год есть у {n} из {total} записей (дата новости "
              "или открытия, часто не указана), поэтому показаны все задокументированные офисы.",
        "ky": "Кеңселер жыл боюнча чыпкаланбайт: {total} жазуунун {n} жазуусунда гана жыл бар "
              "(жаңылыктын же ачылыштын күнү, көбүнчө көрсөтүлгөн эмес), ошондуктан бардык "
              "документтештирилген кеңселер көрсөтүлөт."},
    "offices.ring_note": {
        "en": "Offices in the same city are drawn in a small ring around it; hover a mark for "
              "the office and its services, a region for its count.",
        "ru": "Офисы одного города нарисованы небольшим кольцом вокруг него; наведите на метку, "
              "чтобы увидеть офис и его услуги, на регион — число офисов.",
        "ky": "Бир шаардагы кеңселер анын айланасында кичине шакек болуп тартылган; кеңсени "
              "жана анын кызматтарын көрүү үчүн белгиге, санын көрүү үчүн аймакка басыңыз."},
    "offices.summary": {
        "en": "{n} offices shown in {m} regions ({k} verified); most in {top} ({top_n}). "
              "Main destinations with no matching office: {gaps}.",
        "ru": "Показано офисов: {n} в регионах: {m} (проверено: {k}); больше всего — {top} "
              "({top_n}). Основные направления без подходящего офиса: {gaps}.",
        "ky": "{m} аймакта {n} кеңсе көрсөтүлдү ({k} текшерилген); эң көбү — {top} ({top_n}). "
              "Ылайыктуу кеңсеси жок негизги багыттар: {gaps}."},
    "offices.summary_none": {
        "en": "No documented office matches this selection. Main destinations with no matching "
              "office: {gaps}.",
        "ru": "Ни один задокументированный офис не подходит под этот выбор. Основные "
              "направления без подходящего офиса: {gaps}.",
        "ky": "Бул тандоого бир да документтештирилген кеңсе туура келбейт. Ылайыктуу кеңсеси "
              "жок негизги багыттар: {gaps}."},
    "offices.no_match": {
        "en": "No documented office matches this selection",
        "ru": "Ни один задокументированный офис не подходит под этот выбор",
        "ky": "Бул тандоого бир да документтештирилген кеңсе туура келбейт"},
    "offices.none": {"en": "none", "ru": "нет", "ky": "жок"},
    "offices.gaps_title": {"en": "Where migrants go but no office is documented",
                           "ru": "Куда едут мигранты, но офис не задокументирован",
                           "ky": "Мигранттар барган, бирок кеңсе документтештирилбеген жерлер"},
    "offices.gaps_intro": {
        "en": "The 2013 report names the main destinations of Kyrgyz migrants: {places}. For "
              "the current selection, these regions have no documented office:",
        "ru": "Доклад 2013 года называет основные направления кыргызских мигрантов: {places}. "
              "Для текущего выбора в этих регионах нет задокументированного офиса:",
        "ky": "2013-жылдагы баяндама кыргыз мигранттарынын негизги багыттарын атайт: {places}. "
              "Учурдагы тандоо боюнча бул аймактарда документтештирилген кеңсе жок:"},
    "offices.gaps_none": {
        "en": "For the current selection, every one of them has at least one documented office.",
        "ru": "Для текущего выбора в каждом из них есть хотя бы один задокументированный офис.",
        "ky": "Учурдагы тандоо боюнча алардын ар биринде жок дегенде бир документтештирилген "
              "кеңсе бар."},
    "offices.service_caveat": {
        "en": "A service counts only where a source names it: an office whose source names no "
              "service (many consulates, for example) is not counted for any service.",
        "ru": "Услуга учитывается, только если её называет источник: офис, для которого "
              "источник не называет услуг (например, многие консульства), не учитывается ни "
              "для одной услуги.",
        "ky": "Кызмат булак атаганда гана эсепке алынат: булагы эч бир кызматты атабаган кеңсе "
              "(мисалы, көп консулдуктар) эч бир кызмат үчүн эсептелбейт."},
    "offices.gap_named_as": {"en": "named as “{place}”", "ru": "в докладе: «{place}»",
                             "ky": "баяндамада: «{place}»"},
    "offices.ratio_title": {"en": "Migrants per documented office",
                            "ru": "Мигрантов на один задокументированный офис",
                            "ky": "Бир документтештирилген кеңсеге мигранттар"},
    "offices.ratio_intro": {
        "en": "A ratio needs a cited migrant figure for a region. Only the figures below exist; "
              "for every other region there is no figure, so no ratio is shown (not a guess).",
        "ru": "Для отношения нужна цитируемая цифра мигрантов по региону. Есть только цифры "
              "ниже; для остальных регионов цифры нет, поэтому отношение не показано "
              "(никаких догадок).",
        "ky": "Катыш үчүн аймак боюнча шилтемеленген мигранттар саны керек. Төмөнкү сандар "
              "гана бар; калган аймактар үчүн сан жок, ошондуктан катыш көрсөтүлбөйт "
              "(божомол жок)."},
    "offices.ratio_row": {
        "en": "{place}: {value} migrants ({quality}, {year}) ÷ {n} documented office(s) = about "
              "{ratio} per office (derived).",
        "ru": "{place}: {value} мигрантов ({quality}, {year}) ÷ офисов: {n} = около {ratio} на "
              "офис (расчётное).",
        "ky": "{place}: {value} мигрант ({quality}, {year}) ÷ {n} кеңсе = бир кеңсеге болжол "
              "менен {ratio} (эсептелген)."},
    "offices.ratio_no_office": {
        "en": "{place}: {value} migrants ({quality}, {year}), but no documented office matches "
              "this selection, so there is no ratio.",
        "ru": "{place}: {value} мигрантов ({quality}, {year}), но ни один задокументированный "
              "офис не подходит под выбор, поэтому отношения нет.",
        "ky": "{place}: {value} мигрант ({quality}, {year}), бирок бир да документтештирилген "
              "кеңсе бул тандоого туура келбейт, ошондуктан катыш жок."},
    "offices.ratio_not_region": {
        "en": "{place}: {value} migrants ({quality}): not one federal subject, so it cannot be "
              "set against offices.",
        "ru": "{place}: {value} мигрантов ({quality}): это не один субъект федерации, поэтому "
              "сопоставить с офисами нельзя.",
        "ky": "{place}: {value} мигрант ({quality}): бул бир федерация субъектиси эмес, "
              "ошондуктан кеңселер менен салыштырууга болбойт."},
    "offices.year_unknown": {"en": "year unknown", "ru": "год неизвестен",
                             "ky": "жылы белгисиз"},
    "offices.bar_title": {"en": "Services the sources name, by office",
                          "ru": "Услуги, которые называют источники, по офисам",
                          "ky": "Булактар атаган кызматтар, кеңселер боюнча"},
    "offices.bar_axis": {"en": "Offices", "ru": "Офисы", "ky": "Кеңселер"},
    "offices.bar_summary": {
        "en": "Of {n} offices of the chosen kinds, {named} have at least one service named by "
              "their source; the most named is {top} ({top_n}). An office can offer several.",
        "ru": "Из {n} офисов выбранных типов у {named} источник называет хотя бы одну услугу; "
              "чаще всего — {top} ({top_n}). У офиса может быть несколько услуг.",
        "ky": "Тандалган түрдөгү {n} кеңсенин {named} кеңсесинин булагы жок дегенде бир "
              "кызматты атайт; эң көп аталганы — {top} ({top_n}). Бир кеңсенин бир нече "
              "кызматы болушу мүмкүн."},
    "offices.bar_hint": {
        "en": "Click a bar to show only offices with that service.",
        "ru": "Нажмите на столбец, чтобы показать только офисы с этой услугой.",
        "ky": "Ошол кызматы бар кеңселерди гана көрсөтүү үчүн тилкени басыңыз."},
    "offices.table_title": {"en": "The offices, one by one", "ru": "Офисы по одному",
                            "ky": "Кеңселер бирден"},
    "offices.table_count": {
        "en": "Showing {n} of {total} documented offices.",
        "ru": "Показано {n} из {total} задокументированных офисов.",
        "ky": "{total} документтештирилген кеңсенин {n} кеңсеси көрсөтүлдү."},
    "offices.table_english": {
        "en": "Organisation names and notes are in English, as in the dataset.",
        "ru": "Названия организаций и примечания — на английском, как в наборе данных.",
        "ky": "Уюмдардын аталыштары жана эскертүүлөр маалымат топтомундагыдай англисче."},
    "offices.col.organisation": {"en": "Organisation", "ru": "Организация", "ky": "Уюм"},
    "offices.col.city": {"en": "City", "ru": "Город", "ky": "Шаар"},
    "offices.col.region": {"en": "Region", "ru": "Регион", "ky": "Аймак"},
    "offices.col.verified": {"en": "Verified", "ru": "Проверено", "ky": "Текшерилген"},
    "offices.col.year": {"en": "Year", "ru": "Год", "ky": "Жыл"},
    "offices.col.source": {"en": "Source", "ru": "Источник", "ky": "Булак"},
    "offices.yes": {"en": "yes", "ru": "да", "ky": "ооба"},
    "offices.no": {"en": "no", "ru": "нет", "ky": "жок"},
    "offices.sources_line": {
        "en": "offices: {n} cited sources (listed under the chart)",
        "ru": "офисы: {n} цитируемых источников (список под графиком)",
        "ky": "кеңселер: {n} шилтемеленген булак (тизмеси диаграмманын астында)"},
    # federal subjects that have an office or are a named main destination
    "offices.region.RU-MOW": {"en": "Moscow", "ru": "Москва", "ky": "Москва"},
    "offices.region.RU-MOS": {"en": "Moscow Oblast", "ru": "Московская область",
                              "ky": "Москва облусу"},
    "offices.region.RU-SPE": {"en": "Saint Petersburg", "ru": "Санкт-Петербург",
                              "ky": "Санкт-Петербург"},
    "offices.region.RU-SVE": {"en": "Sverdlovsk Oblast", "ru": "Свердловская область",
                              "ky": "Свердловск облусу"},
    "offices.region.RU-NVS": {"en": "Novosibirsk Oblast", "ru": "Новосибирская область",
                              "ky": "Новосибирск облусу"},
    "offices.region.RU-TA": {"en": "Tatarstan", "ru": "Татарстан", "ky": "Татарстан"},
    "offices.region.RU-KYA": {"en": "Krasnoyarsk Krai", "ru": "Красноярский край",
                              "ky": "Красноярск крайы"},
    "offices.region.RU-PRI": {"en": "Primorsky Krai", "ru": "Приморский край",
                              "ky": "Приморье крайы"},
    "offices.region.RU-VOR": {"en": "Voronezh Oblast", "ru": "Воронежская область",
                              "ky": "Воронеж облусу"},
    "offices.region.RU-LIP": {"en": "Lipetsk Oblast", "ru": "Липецкая область",
                              "ky": "Липецк облусу"},
    "offices.region.RU-SAK": {"en": "Sakhalin Oblast", "ru": "Сахалинская область",
                              "ky": "Сахалин облусу"},
    "offices.region.RU-KHA": {"en": "Khabarovsk Krai", "ru": "Хабаровский край",
                              "ky": "Хабаровск крайы"},
    "offices.region.RU-OMS": {"en": "Omsk Oblast", "ru": "Омская область", "ky": "Омск облусу"},
    "offices.region.RU-NIZ": {"en": "Nizhny Novgorod Oblast", "ru": "Нижегородская область",
                              "ky": "Нижний Новгород облусу"},
    "offices.region.RU-SAM": {"en": "Samara Oblast", "ru": "Самарская область",
                              "ky": "Самара облусу"},
    "offices.region.RU-CHE": {"en": "Chelyabinsk Oblast", "ru": "Челябинская область",
                              "ky": "Челябинск облусу"},
    "offices.region.RU-IRK": {"en": "Irkutsk Oblast", "ru": "Иркутская область",
                              "ky": "Иркутск облусу"},
    "offices.region.RU-KHM": {"en": "Khanty-Mansi Autonomous Okrug",
                              "ru": "Ханты-Мансийский автономный округ",
                              "ky": "Ханты-Манси автономиялык округу"},
    "offices.region.RU-SA": {"en": "Sakha Republic (Yakutia)", "ru": "Республика Саха (Якутия)",
                             "ky": "Саха (Якутия) Республикасы"},
    "offices.region.RU-TYU": {"en": "Tyumen Oblast", "ru": "Тюменская область",
                              "ky": "Тюмень облусу"},
    "offices.region.RU-YAN": {"en": "Yamalo-Nenets Autonomous Okrug",
                              "ru": "Ямало-Ненецкий автономный округ",
                              "ky": "Ямал-Ненец автономиялык округу"},
    "offices.region.RU-MUR": {"en": "Murmansk Oblast", "ru": "Мурманская область",
                              "ky": "Мурманск облусу"},
    "offices.region.RU-ORE": {"en": "Orenburg Oblast", "ru": "Оренбургская область",
                              "ky": "Оренбург облусу"},
    "offices.region.RU-PER": {"en": "Perm Krai", "ru": "Пермский край", "ky": "Пермь крайы"},
    # cities of the documented offices (GeoNames spelling in the data)
    "offices.city.moscow": {"en": "Moscow", "ru": "Москва", "ky": "Москва"},
    "offices.city.saint_petersburg": {"en": "Saint Petersburg", "ru": "Санкт-Петербург",
                                      "ky": "Санкт-Петербург"},
    "offices.city.yekaterinburg": {"en": "Yekaterinburg", "ru": "Екатеринбург",
                                   "ky": "Екатеринбург"},
    "offices.city.novosibirsk": {"en": "Novosibirsk", "ru": "Новосибирск", "ky": "Новосибирск"},
    "offices.city.kazan": {"en": "Kazan", "ru": "Казань", "ky": "Казань"},
    "offices.city.krasnoyarsk": {"en": "Krasnoyarsk", "ru": "Красноярск", "ky": "Красноярск"},
    "offices.city.vladivostok": {"en": "Vladivostok", "ru": "Владивосток", "ky": "Владивосток"},
    "offices.city.voronezh": {"en": "Voronezh", "ru": "Воронеж", "ky": "Воронеж"},
    "offices.city.lipetsk": {"en": "Lipetsk", "ru": "Липецк", "ky": "Липецк"},
    "offices.city.yuzhno_sakhalinsk": {"en": "Yuzhno-Sakhalinsk", "ru": "Южно-Сахалинск",
                                       "ky": "Южно-Сахалинск"},
    "offices.city.khabarovsk": {"en": "Khabarovsk", "ru": "Хабаровск", "ky": "Хабаровск"},
    "offices.city.omsk": {"en": "Omsk", "ru": "Омск", "ky": "Омск"},
    "offices.city.nizhniy_novgorod": {"en": "Nizhny Novgorod", "ru": "Нижний Новгород",
                                      "ky": "Нижний Новгород"},
    "offices.city.samara": {"en": "Samara", "ru": "Самара", "ky": "Самара"},
    "offices.city.chelyabinsk": {"en": "Chelyabinsk", "ru": "Челябинск", "ky": "Челябинск"},
    "offices.city.irkutsk": {"en": "Irkutsk", "ru": "Иркутск", "ky": "Иркутск"},
    "offices.city.surgut": {"en": "Surgut", "ru": "Сургут", "ky": "Сургут"},
    "offices.city.yakutsk": {"en": "Yakutsk", "ru": "Якутск", "ky": "Якутск"},
    "offices.city.tyumen": {"en": "Tyumen", "ru": "Тюмень", "ky": "Тюмень"},
    "offices.city.salekhard": {"en": "Salekhard", "ru": "Салехард", "ky": "Салехард"},
    "offices.city.novyy_urengoy": {"en": "Novy Urengoy", "ru": "Новый Уренгой",
                                   "ky": "Жаңы Уренгой"},
    "offices.city.murmansk": {"en": "Murmansk", "ru": "Мурманск", "ky": "Мурманск"},
    "offices.city.orenburg": {"en": "Orenburg", "ru": "Оренбург", "ky": "Оренбург"},
    "offices.city.perm": {"en": "Perm", "ru": "Пермь", "ky": "Пермь"},
    # places as the sources write them (migrant figures)
    "offices.place.moscow_and_moscow_oblast": {
        "en": "Moscow and Moscow Oblast", "ru": "Москва и Московская область",
        "ky": "Москва жана Москва облусу"},
    "offices.place.siberia": {"en": "Siberia (remote regions)", "ru": "Сибирь (отдалённые регионы)",
                              "ky": "Сибирь (алыскы аймактар)"},
}
