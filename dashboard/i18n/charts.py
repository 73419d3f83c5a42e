"""Chart toolbar (downloads, cite, embed), the registry's chart titles and the /embed page."""

STRINGS = {
    # titles of the registered charts (dashboard/charts.py): citations, embeds, slides
    "charts.title.remit-share": {
        "en": "Remittances as a share of GDP: Kyrgyzstan and peers",
        "ru": "Денежные переводы в % ВВП: Кыргызстан и другие страны",
        "ky": "Акча которуулар ИДПнын пайызы катары: Кыргызстан жана башка өлкөлөр"},
    "charts.title.remit-usd": {
        "en": "Remittances in US dollars: Kyrgyzstan and peers",
        "ru": "Денежные переводы в долларах США: Кыргызстан и другие страны",
        "ky": "Акча которуулар АКШ долларында: Кыргызстан жана башка өлкөлөр"},
    "charts.title.dest-map": {
        "en": "Where Kyrgyz migrants live abroad (UN DESA migrant stock)",
        "ru": "Где живут мигранты из Кыргызстана (численность мигрантов, ООН ДЭСВ)",
        "ky": "Кыргызстандык мигранттар чет өлкөдө кайда жашайт (БУУ ЭСИД)"},
    "charts.title.dest-bars": {
        "en": "Main destinations of Kyrgyz-born migrants (UN DESA)",
        "ru": "Основные страны назначения мигрантов из Кыргызстана (ООН ДЭСВ)",
        "ky": "Кыргызстандык мигранттардын негизги багыттары (БУУ ЭСИД)"},
    "charts.title.dest-disagree": {
        "en": "How many Kyrgyz migrants? Every source's figure side by side",
        "ru": "Сколько мигрантов из Кыргызстана? Данные всех источников рядом",
        "ky": "Кыргызстандык мигранттар канча? Бардык булактардын сандары катар"},
    "charts.title.dest-trend": {
        "en": "Kyrgyz-born people abroad over time (UN DESA)",
        "ru": "Уроженцы Кыргызстана за рубежом во времени (ООН ДЭСВ)",
        "ky": "Чет өлкөдөгү Кыргызстанда туулгандар убакыттын ичинде (БУУ ЭСИД)"},
    "charts.title.dest-sectors": {
        "en": "Sectors where sources say Kyrgyz migrants work",
        "ru": "Отрасли, в которых, по данным источников, работают мигранты",
        "ky": "Булактар боюнча мигранттар иштеген тармактар"},
    "charts.title.offices-map": {
        "en": "Kyrgyz diaspora offices, embassy and consulates in Russia",
        "ru": "Офисы кыргызской диаспоры, посольство и консульства в России",
        "ky": "Россиядагы кыргыз диаспорасынын кеңселери, элчилик жана консулдуктар"},
    "charts.title.offices-services": {
        "en": "Services the diaspora offices offer",
        "ru": "Услуги офисов диаспоры",
        "ky": "Диаспора кеңселеринин кызматтары"},
    "charts.title.rec-bars": {
        "en": "Recommendations by theme and status",
        "ru": "Рекомендации по темам и статусу",
        "ky": "Сунуштар темалар жана абалы боюнча"},
    "charts.more_sources": {
        "en": "and {n} evidence sources", "ru": "и ещё {n} источников о выполнении",
        "ky": "жана аткаруу тууралуу дагы {n} булак"},
    # the toolbar
    "charts.downloads": {"en": "Download this chart", "ru": "Скачать этот график",
                         "ky": "Бул диаграмманы жүктөп алуу"},
    "charts.download_csv": {
        "en": "The numbers this chart shows, as CSV",
        "ru": "Числа этого графика в формате CSV",
        "ky": "Бул диаграммадагы сандар, CSV түрүндө"},
    "charts.download_json": {
        "en": "The numbers this chart shows, with their sources, as JSON",
        "ru": "Числа этого графика с источниками в формате JSON",
        "ky": "Бул диаграммадагы сандар булактары менен, JSON түрүндө"},
    "charts.download_image": {
        "en": "The chart as a {fmt} image (drawn in your browser)",
        "ru": "График как изображение {fmt} (создаётся в вашем браузере)",
        "ky": "Диаграмма {fmt} сүрөтү катары (браузериңизде түзүлөт)"},
    "charts.cite": {"en": "Cite this", "ru": "Как цитировать", "ky": "Шилтеме берүү"},
    "charts.cite_line": {
        "en": "“{title}”. {site}. Data: {sources}. {url} (accessed {date}).",
        "ru": "«{title}». {site}. Данные: {sources}. {url} (дата обращения: {date}).",
        "ky": "«{title}». {site}. Маалымат: {sources}. {url} (кирилген күнү: {date})."},
    "charts.cite_more": {"en": "and {n} more", "ru": "и ещё {n}", "ky": "жана дагы {n}"},
    "charts.embed": {"en": "Embed", "ru": "Встроить", "ky": "Кыстаруу"},
    "charts.embed_help": {
        "en": "Paste this code into your page: the chart stays live, with its sources.",
        "ru": "Вставьте этот код на свою страницу: график останется живым, с источниками.",
        "ky": "Бул кодду өз бетиңизге коюңуз: диаграмма булактары менен жанды бойдон калат."},
    "charts.copy": {"en": "Copy", "ru": "Копировать", "ky": "Көчүрүү"},
    # /embed/<name>
    "charts.embed.full_view": {
        "en": "Open the full view, with filters and every source",
        "ru": "Открыть полную версию с фильтрами и всеми источниками",
        "ky": "Чыпкалары жана бардык булактары менен толук көрүнүштү ачуу"},
    "charts.embed.unknown": {
        "en": "There is no chart called “{name}”.",
        "ru": "Графика с именем «{name}» нет.",
        "ky": "«{name}» деген диаграмма жок."},
    "charts.embed.unknown_help": {
        "en": "The embed code may be old or mistyped. These charts can be embedded:",
        "ru": "Возможно, код встраивания устарел или содержит опечатку. Можно встроить:",
        "ky": "Кыстаруу коду эскирген же ката терилген болушу мүмкүн. Булар кыстарылат:"},
    "charts.embed.home": {
        "en": "Go to the site", "ru": "Перейти на сайт", "ky": "Сайтка өтүү"},
}
