"""The site's chrome: navigation, filter bar, notices, quality and source lines."""

STRINGS = {
    "site.title": {"en": "Kyrgyz labour migration", "ru": "Трудовая миграция из Кыргызстана",
                   "ky": "Кыргызстандан эмгек миграциясы"},
    "site.tagline": {
        "en": "Cited public data on where Kyrgyz migrants go, what they send home and what has "
              "been done for them",
        "ru": "Открытые данные со ссылками: куда едут мигранты из Кыргызстана, сколько они "
              "отправляют домой и что для них сделано",
        "ky": "Булагы көрсөтүлгөн ачык маалымат: кыргызстандык мигранттар кайда барат, үйгө "
              "канча жиберет жана алар үчүн эмне жасалды"},
    "nav.overview": {"en": "Overview", "ru": "Обзор", "ky": "Сереп"},
    "nav.destinations": {"en": "Destinations", "ru": "Направления", "ky": "Багыттар"},
    "nav.offices": {"en": "Diaspora offices", "ru": "Офисы диаспоры", "ky": "Диаспора кеңселери"},
    "nav.remittances": {"en": "Remittances", "ru": "Денежные переводы",
                        "ky": "Акча которуулар"},
    "nav.recommendations": {"en": "Recommendations", "ru": "Рекомендации",
                            "ky": "Сунуштар"},
    "nav.indicators": {"en": "Indicators", "ru": "Индикаторы", "ky": "Индикаторлор"},
    "nav.data": {"en": "Data", "ru": "Данные", "ky": "Маалымат"},
    "nav.sources": {"en": "Sources", "ru": "Источники", "ky": "Булактар"},
    "nav.present": {"en": "Present", "ru": "Презентация", "ky": "Презентация"},
    "nav.main": {"en": "Main navigation", "ru": "Основная навигация",
                 "ky": "Негизги навигация"},
    "nav.language": {"en": "Language", "ru": "Язык", "ky": "Тил"},
    "filter.label": {"en": "Filters", "ru": "Фильтры", "ky": "Чыпкалар"},
    "filter.sector": {"en": "Sector", "ru": "Отрасль", "ky": "Тармак"},
    "filter.gender": {"en": "Gender", "ru": "Пол", "ky": "Жынысы"},
    "filter.year": {"en": "Year", "ru": "Год", "ky": "Жыл"},
    "filter.sector.all": {"en": "All sectors", "ru": "Все отрасли", "ky": "Бардык тармактар"},
    "filter.gender.all": {"en": "All", "ru": "Все", "ky": "Баары"},
    "filter.gender.women": {"en": "Women", "ru": "Женщины", "ky": "Аялдар"},
    "filter.gender.men": {"en": "Men", "ru": "Мужчины", "ky": "Эркектер"},
    "filter.year.latest": {"en": "Latest", "ru": "Последний", "ky": "Акыркы"},
    "filter.reset": {"en": "Reset filters", "ru": "Сбросить фильтры",
                     "ky": "Чыпкаларды тазалоо"},
    "notice.bad_value": {
        "en": "“{given}” is not a valid {name}; showing {used} instead.",
        "ru": "«{given}» — недопустимое значение ({name}); показано: {used}.",
        "ky": "«{given}» — туура эмес маани ({name}); анын ордуна көрсөтүлдү: {used}."},
    "notice.no_sector_breakdown": {
        "en": "This data has no breakdown by sector: the chart shows all sectors.",
        "ru": "В этих данных нет разбивки по отраслям: график показывает все отрасли.",
        "ky": "Бул маалыматта тармактар боюнча бөлүштүрүү жок: диаграмма бардык тармактарды "
              "көрсөтөт."},
    "notice.no_gender_breakdown": {
        "en": "This data has no breakdown by gender: the chart shows women and men together.",
        "ru": "В этих данных нет разбивки по полу: график показывает женщин и мужчин вместе.",
        "ky": "Бул маалыматта жыныс боюнча бөлүштүрүү жок: диаграмма аялдарды жана "
              "эркектерди бирге көрсөтөт."},
    "notice.year_used": {
        "en": "No figures for {wanted}: showing {used}, the nearest year with data.",
        "ru": "Нет данных за {wanted}: показан {used}, ближайший год с данными.",
        "ky": "{wanted}-жыл үчүн маалымат жок: эң жакын {used}-жыл көрсөтүлдү."},
    "nodata": {"en": "No data", "ru": "Нет данных", "ky": "Маалымат жок"},
    "nodata.long": {
        "en": "No data for this selection. No figure is shown rather than a guess.",
        "ru": "Для этого выбора нет данных. Вместо догадки график не показан.",
        "ky": "Бул тандоо үчүн маалымат жок. Божомолдун ордуна эч нерсе көрсөтүлбөйт."},
    "source": {"en": "Source", "ru": "Источник", "ky": "Булак"},
    "sources": {"en": "Sources", "ru": "Источники", "ky": "Булактар"},
    "quality": {"en": "Quality", "ru": "Качество", "ky": "Сапаты"},
    "quality.reported": {"en": "reported", "ru": "официально", "ky": "расмий"},
    "quality.estimate": {"en": "estimate", "ru": "оценка", "ky": "баалоо"},
    "quality.derived": {"en": "derived", "ru": "расчётное", "ky": "эсептелген"},
    "quality.unverified": {"en": "unverified", "ru": "не проверено", "ky": "текшерилген эмес"},
    "quality.legend": {
        "en": "Solid marks: reported or derived figures. Hollow marks: estimates. "
              "Dotted: unverified.",
        "ru": "Сплошные метки: официальные или расчётные данные. Полые: оценки. "
              "Пунктир: не проверено.",
        "ky": "Толук белгилер: расмий же эсептелген маалымат. Көңдөй: баалоолор. "
              "Чекиттүү: текшерилген эмес."},
    "year": {"en": "Year", "ru": "Год", "ky": "Жыл"},
    "persons": {"en": "persons", "ru": "человек", "ky": "адам"},
    "percent": {"en": "percent", "ru": "процентов", "ky": "пайыз"},
    "footer.data": {
        "en": "Every number links to its source. Data: World Bank WDI (CC BY 4.0), UN DESA, "
              "TSPC reports 2012–2013, cited news and official pages. Boundaries: DCW-GMT "
              "(LGPL), plotly.js topojson (UN Geodata, Natural Earth). Coordinates: GeoNames "
              "(CC BY 4.0).",
        "ru": "У каждого числа есть источник. Данные: Всемирный банк WDI (CC BY 4.0), ООН "
              "DESA, доклады TSPC 2012–2013, цитируемые новости и официальные страницы. "
              "Границы: DCW-GMT (LGPL), topojson plotly.js (UN Geodata, Natural Earth). "
              "Координаты: GeoNames (CC BY 4.0).",
        "ky": "Ар бир сандын булагы бар. Маалымат: Дүйнөлүк банк WDI (CC BY 4.0), БУУ DESA, "
              "TSPC баяндамалары 2012–2013, шилтемеленген жаңылыктар жана расмий беттер. "
              "Чек аралар: DCW-GMT (LGPL), plotly.js topojson (UN Geodata, Natural Earth). "
              "Координаттар: GeoNames (CC BY 4.0)."},
    "skip.content": {"en": "Skip to content", "ru": "Перейти к содержанию",
                     "ky": "Мазмунга өтүү"},
    "notfound.title": {"en": "Page not found", "ru": "Страница не найдена",
                       "ky": "Барак табылган жок"},
    "notfound.body": {"en": "There is no page at this address. Try the overview.",
                      "ru": "По этому адресу нет страницы. Откройте обзор.",
                      "ky": "Бул даректе барак жок. Серепти ачыңыз."},
}
