"""Strings of the indicators page (cards for donors, printable as an A4 report)."""

STRINGS = {
    "indicators.title": {"en": "Indicators", "ru": "Индикаторы", "ky": "Индикаторлор"},
    "indicators.lead": {
        "en": "Headline indicators with their latest value, year and change since the "
              "reports' baseline (2012–2013), each from one series and one source. Print this "
              "page, or save it as a PDF, for an A4 report.",
        "ru": "Ключевые индикаторы: последнее значение, год и изменение с базового периода "
              "докладов (2012–2013), каждое из одного ряда и одного источника. Распечатайте "
              "страницу или сохраните её в PDF, чтобы получить отчёт формата A4.",
        "ky": "Негизги индикаторлор: акыркы мааниси, жылы жана баяндамалардын базалык "
              "мезгилинен (2012–2013) берки өзгөрүүсү, ар бири бир катардан жана бир "
              "булактан. A4 отчету үчүн бул баракты басып чыгарыңыз же PDF катары сактаңыз."},
    "indicators.print": {"en": "Print / Save as PDF", "ru": "Печать / Сохранить в PDF",
                         "ky": "Басып чыгаруу / PDF катары сактоо"},
    "indicators.report_title": {"en": "Indicator report", "ru": "Отчёт по индикаторам",
                                "ky": "Индикаторлор боюнча отчет"},
    "indicators.printed": {"en": "Printed", "ru": "Дата печати", "ky": "Басылган күнү"},
    "indicators.filters_line": {
        "en": "Filters: {sector}; gender: {gender}; year: {year}.",
        "ru": "Фильтры: {sector}; пол: {gender}; год: {year}.",
        "ky": "Чыпкалар: {sector}; жынысы: {gender}; жыл: {year}."},
    "indicators.year_latest": {"en": "latest available", "ru": "последний доступный",
                               "ky": "акыркы жеткиликтүү"},
    "indicators.page_url": {"en": "Page", "ru": "Страница", "ky": "Барак"},
    # cards
    "indicators.card.remit_pct": {"en": "Remittances, share of GDP",
                                  "ru": "Денежные переводы, доля ВВП",
                                  "ky": "Акча которуулар, ИДПдагы үлүшү"},
    "indicators.card.remit_usd": {"en": "Remittances received, US$",
                                  "ru": "Полученные переводы, долл. США",
                                  "ky": "Алынган которуулар, АКШ доллары"},
    "indicators.card.abroad": {"en": "Kyrgyz-born people living abroad",
                               "ru": "Уроженцы Кыргызстана за рубежом",
                               "ky": "Чет өлкөдө жашаган Кыргызстанда туулгандар"},
    "indicators.card.women": {"en": "Share of women among them",
                              "ru": "Доля женщин среди них",
                              "ky": "Алардын ичиндеги аялдардын үлүшү"},
    "indicators.card.offices": {"en": "Cities in Russia with a documented Kyrgyz office",
                                "ru": "Города России с подтверждённым кыргызским офисом",
                                "ky": "Россиядагы кыргыз кеңсеси документтелген шаарлар"},
    "indicators.card.coverage": {"en": "Recommendations with recorded action",
                                 "ru": "Рекомендации с зафиксированными мерами",
                                 "ky": "Иш-аракет катталган сунуштар"},
    "indicators.unit.pct_gdp": {"en": "% of GDP", "ru": "% ВВП", "ky": "ИДПнын %"},
    "indicators.unit.usd_bn": {"en": "US$ billion", "ru": "млрд долл. США",
                               "ky": "млрд АКШ доллары"},
    "indicators.unit.persons": {"en": "persons", "ru": "человек", "ky": "адам"},
    "indicators.unit.pct_migrants": {"en": "% of people born in Kyrgyzstan living abroad",
                                     "ru": "% уроженцев Кыргызстана за рубежом",
                                     "ky": "чет өлкөдөгү Кыргызстанда туулгандардын %"},
    "indicators.unit.cities": {"en": "cities", "ru": "число городов", "ky": "шаар"},
    "indicators.unit.pct_recs": {"en": "% of recommendations", "ru": "% рекомендаций",
                                 "ky": "сунуштардын %"},
    "indicators.pp": {"en": "pp", "ru": "п. п.", "ky": "п. п."},
    "indicators.year": {"en": "Year", "ru": "Год", "ky": "Жыл"},
    "indicators.quality": {"en": "Quality", "ru": "Качество", "ky": "Сапаты"},
    "indicators.change": {"en": "Change since {year}", "ru": "Изменение с {year} г.",
                          "ky": "{year}-жылдан берки өзгөрүү"},
    "indicators.baseline_value": {"en": "{value} in {year}", "ru": "{value} в {year} г.",
                                  "ky": "{year}-жылы {value}"},
    "indicators.no_change": {"en": "No change shown", "ru": "Изменение не показано",
                             "ky": "Өзгөрүү көрсөтүлбөйт"},
    "indicators.not_after": {
        "en": "The year shown is not after the baseline year.",
        "ru": "Показанный год не позже базового.",
        "ky": "Көрсөтүлгөн жыл базалык жылдан кийин эмес."},
    "indicators.baseline.exact": {
        "en": "Baseline: {year}, from the same series.",
        "ru": "База: {year} г., тот же ряд данных.",
        "ky": "База: {year}-жыл, ошол эле маалымат катары."},
    "indicators.baseline.nearest": {
        "en": "Baseline: {year}, the year nearest to 2012–2013 with data in the same series.",
        "ru": "База: {year} г., ближайший к 2012–2013 год с данными в том же ряду.",
        "ky": "База: {year}-жыл, ошол эле катарда 2012–2013-жылдарга эң жакын маалыматы бар "
              "жыл."},
    "indicators.baseline.reports": {
        "en": "Baseline: {year}, when both reports had been published (status by the "
              "coverage rule of the Recommendations page).",
        "ru": "База: {year} г., когда оба доклада уже вышли (статус по правилу охвата "
              "страницы «Рекомендации»).",
        "ky": "База: {year}-жыл, эки баяндама тең жарыяланган жыл (абалы «Сунуштар» "
              "барагынын камтуу эрежеси боюнча)."},
    "indicators.baseline.none": {
        "en": "No figure for 2012–2013 in this series, so no change is shown.",
        "ru": "В этом ряду нет данных за 2012–2013 годы, поэтому изменение не показано.",
        "ky": "Бул катарда 2012–2013-жылдар үчүн маалымат жок, ошондуктан өзгөрүү "
              "көрсөтүлбөйт."},
    "indicators.no_sector": {"en": "no breakdown by sector", "ru": "нет разбивки по отраслям",
                             "ky": "тармактар боюнча бөлүштүрүү жок"},
    "indicators.no_gender": {"en": "no breakdown by gender", "ru": "нет разбивки по полу",
                             "ky": "жыныс боюнча бөлүштүрүү жок"},
    "indicators.context.reports": {
        "en": "The reports' own figure (context, not compared)",
        "ru": "Цифра самих докладов (для контекста, не сравнивается)",
        "ky": "Баяндамалардын өз саны (контекст үчүн, салыштырылбайт)"},
    "indicators.context.labour": {
        "en": "The reports' own figures: labour migrants in Russia (and Kazakhstan), a "
              "different measure (context, not compared)",
        "ru": "Цифры самих докладов: трудовые мигранты в России (и Казахстане), другой "
              "показатель (для контекста, не сравнивается)",
        "ky": "Баяндамалардын өз сандары: Россиядагы (жана Казакстандагы) эмгек "
              "мигранттары, башка көрсөткүч (контекст үчүн, салыштырылбайт)"},
    "indicators.context.offices_value": {
        "en": "representative bodies in {n} cities ({year}, per Zamandash)",
        "ru": "представительства в {n} городах ({year}, по данным «Замандаш»)",
        "ky": "{n} шаарда өкүлчүлүктөр ({year}, «Замандаштын» маалыматы боюнча)"},
    "indicators.reason.before": {
        "en": "No figure in this series at or before the chosen year.",
        "ru": "В этом ряду нет данных за выбранный год или раньше.",
        "ky": "Бул катарда тандалган жылга же андан мурунку жылдарга маалымат жок."},
    "indicators.reason.coverage": {
        "en": "Coverage is counted from {year}, when both reports had been published.",
        "ru": "Охват считается с {year} г., когда оба доклада уже вышли.",
        "ky": "Камтуу {year}-жылдан, эки баяндама тең жарыялангандан бери эсептелет."},
    "indicators.reason.none_selected": {
        "en": "No recommendation matches the filters.",
        "ru": "Ни одна рекомендация не соответствует фильтрам.",
        "ky": "Чыпкаларга бир да сунуш туура келбейт."},
    "indicators.note.only": {"en": "{gender} only", "ru": "только {gender}",
                             "ky": "{gender} гана"},
    "indicators.note.women_gender": {
        "en": "the gender filter does not apply to a share of women",
        "ru": "фильтр по полу к доле женщин не применяется",
        "ky": "жыныс чыпкасы аялдардын үлүшүнө колдонулбайт"},
    "indicators.note.snapshot": {
        "en": "A list of the offices found in public sources (dated up to the year shown), not "
              "a series: no baseline and no trend.",
        "ru": "Список офисов, найденных в открытых источниках (до указанного года), а не "
              "временной ряд: без базы и без динамики.",
        "ky": "Ачык булактардан табылган кеңселердин тизмеси (көрсөтүлгөн жылга чейин), "
              "убакыт катары эмес: базасы жана динамикасы жок."},
    "indicators.note.no_year": {"en": "not available by year: the year filter does not apply",
                                "ru": "нет данных по годам: фильтр по году не применяется",
                                "ky": "жылдар боюнча маалымат жок: жыл чыпкасы колдонулбайт"},
    "indicators.note.sector_recs": {
        "en": "recommendations for {sector} and for all sectors",
        "ru": "рекомендации для отрасли «{sector}» и для всех отраслей",
        "ky": "«{sector}» тармагы жана бардык тармактар үчүн сунуштар"},
    "indicators.note.gender_recs": {
        "en": "recommendations concern women and men alike unless marked gender-specific: "
              "all are counted",
        "ru": "рекомендации касаются женщин и мужчин, если не отмечены как гендерные: "
              "учитываются все",
        "ky": "гендердик деп белгиленбесе, сунуштар аялдарга да, эркектерге да тиешелүү: "
              "баары эсептелет"},
    "indicators.detail.abroad": {
        "en": "Sum of UN DESA estimates over all destination countries.",
        "ru": "Сумма оценок ООН DESA по всем странам назначения.",
        "ky": "БУУ DESA баалоолорунун бардык барган өлкөлөр боюнча суммасы."},
    "indicators.detail.offices": {
        "en": "{n} offices documented in {cities} cities, {verified} of them verified.",
        "ru": "Найдено офисов: {n}, в городах: {cities}; из них проверено: {verified}.",
        "ky": "{cities} шаарда {n} кеңсе документтелген, алардын {verified} текшерилген."},
    "indicators.detail.coverage": {
        "en": "{acted} of {n} with recorded action: {done} done, {partly} partly done, "
              "{progress} in progress; {superseded} superseded.",
        "ru": "{acted} из {n} с зафиксированными мерами: выполнено {done}, частично "
              "{partly}, в процессе {progress}; утратили актуальность {superseded}.",
        "ky": "{n} сунуштун {acted} боюнча иш-аракет катталган: аткарылды {done}, жарым-"
              "жартылай {partly}, аткарылууда {progress}; актуалдуулугун жоготкон "
              "{superseded}."},
    "indicators.summary": {"en": "{title}: {value} {unit} in {year}.",
                           "ru": "{title} ({unit}): {value} в {year} г.",
                           "ky": "{title} ({unit}): {year}-жылы {value}."},
    "indicators.summary_change": {"en": "Change since {year}: {change} (from {value}).",
                                  "ru": "Изменение с {year} г.: {change} (было {value}).",
                                  "ky": "{year}-жылдан бери өзгөрүү: {change} ({value} "
                                        "болчу)."},
    "indicators.no_series": {"en": "No time series", "ru": "Нет временного ряда",
                             "ky": "Убакыт катары жок"},
    "indicators.spark_label": {
        "en": "Trend {first}–{last}: from {start} to {end} {unit}.",
        "ru": "Динамика {first}–{last}: от {start} до {end} ({unit}).",
        "ky": "Динамика {first}–{last}: {start} дан {end} чейин ({unit})."},
    "indicators.more_sources": {
        "en": "and {n} more sources, listed at the end",
        "ru": "и ещё {n} источников, список в конце",
        "ky": "жана дагы {n} булак, тизмеси аягында"},
    "indicators.open": {"en": "Open the page", "ru": "Открыть страницу", "ky": "Баракты ачуу"},
    "indicators.themes_title": {"en": "Coverage of recommendations by theme",
                                "ru": "Охват рекомендаций по темам",
                                "ky": "Сунуштардын темалар боюнча камтылышы"},
    "indicators.themes_lead": {
        "en": "For each theme, the share of the reports' recommendations with recorded action "
              "(in progress, partly done or done) as of each year since 2013, when both reports "
              "had been published (the baseline), by the coverage rule of the Recommendations "
              "page. A missing record means no public evidence "
              "was found, not that nothing happened.",
        "ru": "Для каждой темы — доля рекомендаций докладов с зафиксированными мерами (в "
              "процессе, частично выполнено или выполнено) на каждый год с 2013-го, когда оба "
              "доклада уже вышли (база), по правилу охвата страницы «Рекомендации». "
              "Отсутствие записи значит, что открытых свидетельств не найдено, а не что "
              "ничего не сделано.",
        "ky": "Ар бир тема үчүн — эки баяндама тең жарыяланган 2013-жылдан (база) бери ар бир "
              "жылга карата иш-аракет катталган "
              "(аткарылууда, жарым-жартылай же аткарылды) баяндама сунуштарынын үлүшү, "
              "«Сунуштар» барагынын камтуу эрежеси боюнча. Жазуунун жоктугу ачык далил "
              "табылган жок дегенди билдирет, эч нерсе жасалган жок дегенди эмес."},
    "indicators.method_title": {"en": "How to read the cards", "ru": "Как читать карточки",
                                "ky": "Карточкаларды кантип окуу керек"},
    "indicators.method": {
        "en": "Each card's value, baseline and trend come from one series of one source, so a "
              "change never mixes sources. The baseline is the value for 2012 (the first "
              "report), or the nearest year with data, named on the card. The reports' own "
              "figures are printed beside it for context only. Percentages change in "
              "percentage points (pp). The sparkline marks the baseline with a hollow dot and "
              "labels the last point.",
        "ru": "Значение, база и динамика каждой карточки берутся из одного ряда одного "
              "источника, поэтому изменение никогда не смешивает источники. База — значение "
              "за 2012 год (первый доклад) или ближайший год с данными, указанный на "
              "карточке. Цифры самих докладов приведены рядом только для контекста. Доли "
              "меняются в процентных пунктах (п. п.). На мини-графике база отмечена полым "
              "кружком, последняя точка подписана.",
        "ky": "Ар бир карточканын мааниси, базасы жана динамикасы бир булактын бир "
              "катарынан алынат, ошондуктан өзгөрүү булактарды аралаштырбайт. База — 2012-"
              "жылдын (биринчи баяндама) мааниси же карточкада аталган маалыматы бар эң "
              "жакын жыл. Баяндамалардын өз сандары контекст үчүн гана жанында берилет. "
              "Үлүштөр пайыздык пункттар (п. п.) менен өзгөрөт. Кичи графикте база көңдөй "
              "чекит менен белгиленет, акыркы чекитке жазуу коюлат."},
    "indicators.sources_title": {"en": "Sources", "ru": "Источники", "ky": "Булактар"},
    "indicators.sources_lead": {
        "en": "Every source behind the figures above, with its address.",
        "ru": "Все источники приведённых выше цифр с их адресами.",
        "ky": "Жогорудагы сандардын бардык булактары, даректери менен."},
    "indicators.no_url": {"en": "no web address", "ru": "нет веб-адреса",
                          "ky": "веб-дареги жок"},
}
