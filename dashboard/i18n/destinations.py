"""Strings of the destinations page."""


_PLACES = {  # cities and regions the sources name
    "Moscow": ("Moscow", "Москва", "Москва"),
    "Yekaterinburg": ("Yekaterinburg", "Екатеринбург", "Екатеринбург"),
    "Novosibirsk": ("Novosibirsk", "Новосибирск", "Новосибирск"),
    "Voronezh": ("Voronezh", "Воронеж", "Воронеж"),
    "Lipetsk": ("Lipetsk", "Липецк", "Липецк"),
    "Tatarstan": ("Tatarstan", "Татарстан", "Татарстан"),
    "Moscow and Moscow Oblast": ("Moscow and Moscow Oblast", "Москва и Московская область",
                                 "Москва жана Москва облусу"),
    "Siberia": ("Siberia", "Сибирь", "Сибирь"),
}

_MEASURES = {
    "stock_born_abroad": ("Born in Kyrgyzstan (migrant stock)",
                          "Уроженцы Кыргызстана (численность мигрантов)",
                          "Кыргызстанда төрөлгөндөр (мигранттардын саны)"),
    "citizens_present": ("Kyrgyz citizens present", "Граждане Кыргызстана в стране",
                         "Өлкөдөгү Кыргызстандын жарандары"),
    "registered": ("On migration registration", "На миграционном учёте",
                   "Миграциялык каттоодо"),
    "working_abroad": ("Working abroad", "Работающие за рубежом", "Чет өлкөдө иштегендер"),
    "labour_migrants_estimate": ("Labour migrants (expert estimate)",
                                 "Трудовые мигранты (экспертная оценка)",
                                 "Эмгек мигранттары (эксперттик баалоо)"),
    "share_in_country": ("Share of Kyrgyz migrants (%)", "Доля мигрантов из Кыргызстана (%)",
                         "Кыргызстандык мигранттардын үлүшү (%)"),
    "share_women": ("Share of women (%)", "Доля женщин (%)", "Аялдардын үлүшү (%)"),
    "main_destination": ("Named a main destination", "Названо главным направлением",
                         "Негизги багыт деп аталган"),
}


def _three(prefix: str, table: dict) -> dict:
    return {f"{prefix}{k}": dict(zip(("en", "ru", "ky"), v, strict=True))
            for k, v in table.items()}


STRINGS = {
    **_three("dest.place.", _PLACES),
    **_three("dest.measure.", _MEASURES),
    "dest.title": {"en": "Where Kyrgyz migrants go", "ru": "Куда едут мигранты из Кыргызстана",
                   "ky": "Кыргызстандык мигранттар кайда барат"},
    "dest.intro": {
        "en": "The map and the ranking show the UN estimate of people born in Kyrgyzstan who "
              "live in each country. Below, every figure that agencies and reports give is "
              "shown side by side with what it measures: they count different things and are "
              "never added together.",
        "ru": "Карта и рейтинг показывают оценку ООН: сколько уроженцев Кыргызстана живёт в "
              "каждой стране. Ниже все цифры ведомств и докладов показаны рядом, с указанием "
              "того, что они измеряют: они считают разное и никогда не складываются.",
        "ky": "Карта жана рейтинг БУУнун баалоосун көрсөтөт: ар бир өлкөдө Кыргызстанда "
              "төрөлгөн канча адам жашайт. Төмөндө мекемелер жана баяндамалар келтирген ар бир "
              "сан эмнени өлчөгөнү менен катар көрсөтүлөт: алар ар башка нерсени эсептейт жана "
              "эч качан кошулбайт."},
    "dest.view": {"en": "Map area", "ru": "Область карты", "ky": "Картанын аймагы"},
    "dest.view.eurasia": {"en": "Eurasia", "ru": "Евразия", "ky": "Евразия"},
    "dest.view.world": {"en": "World", "ru": "Мир", "ky": "Дүйнө"},
    "dest.view.russia": {"en": "Russia close-up", "ru": "Россия крупно",
                         "ky": "Россия жакындан"},
    "dest.map_title": {
        "en": "People born in Kyrgyzstan living abroad, {year} ({sex}), UN DESA",
        "ru": "Уроженцы Кыргызстана за рубежом, {year} ({sex}), ООН DESA",
        "ky": "Чет өлкөдө жашаган Кыргызстанда төрөлгөндөр, {year} ({sex}), БУУ DESA"},
    "dest.flows": {
        "en": "Lines from Bishkek (thickness: 100,000+ / 10,000+ / 1,000+ / fewer)",
        "ru": "Линии из Бишкека (толщина: 100 000+ / 10 000+ / 1 000+ / меньше)",
        "ky": "Бишкектен сызыктар (калыңдыгы: 100 000+ / 10 000+ / 1 000+ / азыраак)"},
    "dest.bubbles": {"en": "Born in Kyrgyzstan (UN DESA estimate)",
                     "ru": "Уроженцы Кыргызстана (оценка ООН DESA)",
                     "ky": "Кыргызстанда төрөлгөндөр (БУУ DESA баалоосу)"},
    "dest.bishkek": {"en": "Bishkek", "ru": "Бишкек", "ky": "Бишкек"},
    "dest.named_places": {"en": "Cities and regions named by sources (no size: no number)",
                          "ru": "Города и регионы из источников (без размера: нет числа)",
                          "ky": "Булактар атаган шаарлар жана аймактар (өлчөмсүз: сан жок)"},
    "dest.no_year": {"en": "year not stated", "ru": "год не указан", "ky": "жылы көрсөтүлгөн эмес"},
    "dest.place_type.city": {"en": "city", "ru": "город", "ky": "шаар"},
    "dest.place_type.region": {"en": "region", "ru": "регион", "ky": "аймак"},
    "dest.place_type.country": {"en": "country", "ru": "страна", "ky": "өлкө"},
    "dest.map_summary": {
        "en": "In {year}, UN DESA estimates people born in Kyrgyzstan ({sex}) in {n} "
              "countries; the largest: {top}.",
        "ru": "В {year} году ООН DESA оценивает число уроженцев Кыргызстана ({sex}) в {n} "
              "странах; больше всего: {top}.",
        "ky": "{year}-жылы БУУ DESA Кыргызстанда төрөлгөндөрдү ({sex}) {n} өлкөдө баалайт; "
              "эң көбү: {top}."},
    "dest.map_note": {
        "en": "UN DESA counts people born in Kyrgyzstan living in a country at mid-year "
              "(including those who moved long ago), not labour migrants. The diamonds are the "
              "Russian cities and regions the 2013 roundtable and others name; hover for who "
              "says what.",
        "ru": "ООН DESA считает уроженцев Кыргызстана, живущих в стране на середину года "
              "(включая давно переехавших), а не трудовых мигрантов. Ромбы — российские "
              "города и регионы, названные круглым столом 2013 года и другими источниками; "
              "наведите курсор, чтобы увидеть, кто что говорит.",
        "ky": "БУУ DESA жыл ортосунда өлкөдө жашаган Кыргызстанда төрөлгөндөрдү эсептейт "
              "(көптөн бери көчүп кеткендерди кошо), эмгек мигранттарын эмес. Ромбдор — 2013-"
              "жылдагы тегерек стол жана башка булактар атаган Россиянын шаарлары жана "
              "аймактары; ким эмне дегенин көрүү үчүн курсорду алып келиңиз."},
    "dest.places_no_gender": {
        "en": "The cities and regions named by sources have no gender breakdown: they are "
              "shown for women and men together.",
        "ru": "Для городов и регионов из источников нет разбивки по полу: они показаны для "
              "женщин и мужчин вместе.",
        "ky": "Булактар атаган шаарлар жана аймактар үчүн жыныс боюнча бөлүштүрүү жок: алар "
              "аялдар жана эркектер үчүн бирге көрсөтүлгөн."},
    "dest.bars_title": {"en": "Top {n} destinations, {year} ({sex})",
                        "ru": "{n} главных направлений, {year} ({sex})",
                        "ky": "Эң негизги {n} багыт, {year} ({sex})"},
    "dest.no_data_undesa": {"en": "no data in UN DESA", "ru": "нет данных ООН DESA",
                            "ky": "БУУ DESA маалыматы жок"},
    "dest.bars_summary": {
        "en": "Bars: UN DESA estimates (hatched: estimate). Countries that other sources name "
              "but UN DESA has no figure for are marked “no data”.",
        "ru": "Столбцы: оценки ООН DESA (штриховка: оценка). Страны, которые называют другие "
              "источники, но для которых у ООН DESA нет цифры, отмечены «нет данных».",
        "ky": "Тилкелер: БУУ DESA баалоолору (штрихталган: баалоо). Башка булактар атаган, "
              "бирок БУУ DESAда саны жок өлкөлөр «маалымат жок» деп белгиленген."},
    "dest.disagree_heading": {"en": "Sources disagree", "ru": "Источники расходятся",
                              "ky": "Булактар дал келбейт"},
    "dest.disagree_intro": {
        "en": "Agencies count different things: citizens present, people on migration "
              "registration, people working, or people born in Kyrgyzstan. Each figure is shown "
              "with its own measure and source, never blended into one number.",
        "ru": "Ведомства считают разное: находящихся в стране граждан, состоящих на "
              "миграционном учёте, работающих или уроженцев Кыргызстана. Каждая цифра показана "
              "со своей мерой и источником и никогда не смешивается в одно число.",
        "ky": "Мекемелер ар башка нерсени эсептешет: өлкөдөгү жарандарды, миграциялык каттоодо "
              "тургандарды, иштегендерди же Кыргызстанда төрөлгөндөрдү. Ар бир сан өз өлчөмү "
              "жана булагы менен көрсөтүлөт, бир санга аралаштырылбайт."},
    "dest.choose_dest": {"en": "Destination", "ru": "Направление", "ky": "Багыт"},
    "dest.disagree_title": {"en": "{dest}: every cited figure by measure ({sex})",
                            "ru": "{dest}: все цитируемые цифры по мерам ({sex})",
                            "ky": "{dest}: өлчөм боюнча бардык шилтемеленген сандар ({sex})"},
    "dest.range": {"en": "range", "ru": "диапазон", "ky": "аралык"},
    "dest.disagree_summary": {
        "en": "For {dest} in {year}, sources give {n} figures, each measuring something "
              "different: {figures}.",
        "ru": "Направление «{dest}», {year} год: цифры источников (всего {n}), каждая "
              "измеряет своё: {figures}.",
        "ky": "«{dest}» багыты, {year}-жыл: булактардын сандары (баары {n}), ар бири башка "
              "нерсени өлчөйт: {figures}."},
    "dest.disagree_none": {
        "en": "No cited figure for {dest} for this selection.",
        "ru": "Для направления «{dest}» при этом выборе нет цитируемых цифр.",
        "ky": "Бул тандоо үчүн «{dest}» багыты боюнча шилтемеленген сан жок."},
    "dest.chart_omits": {
        "en": "Percentages, figures without a year and figures for one city or region are "
              "listed in the table below, not drawn.",
        "ru": "Проценты, цифры без года и цифры по одному городу или региону приведены в "
              "таблице ниже, но не на графике.",
        "ky": "Пайыздар, жылы жок сандар жана бир шаар же аймак боюнча сандар төмөнкү "
              "таблицада келтирилген, графикте жок."},
    "dest.other_sex_note": {
        "en": "{n} cited figures for this destination have no breakdown by gender (women and "
              "men together): they are hidden here. Choose “All” to see them.",
        "ru": "Цитируемые цифры по этому направлению без разбивки по полу (женщины и мужчины "
              "вместе; всего {n}) здесь скрыты. Выберите «Все», чтобы их увидеть.",
        "ky": "Бул багыт боюнча {n} шилтемеленген сан жыныс боюнча бөлүнгөн эмес (аялдар "
              "жана эркектер бирге): бул жерде алар жашырылган. Аларды көрүү үчүн «Баары» "
              "дегенди тандаңыз."},
    "dest.table_caption": {"en": "Every cited figure for {dest} ({sex})",
                           "ru": "Все цитируемые цифры: {dest} ({sex})",
                           "ky": "Бардык шилтемеленген сандар: {dest} ({sex})"},
    "dest.col.year": {"en": "Year", "ru": "Год", "ky": "Жыл"},
    "dest.col.measure": {"en": "Measure", "ru": "Мера", "ky": "Өлчөм"},
    "dest.col.place": {"en": "Place", "ru": "Место", "ky": "Жер"},
    "dest.col.figure": {"en": "Figure", "ru": "Цифра", "ky": "Сан"},
    "dest.col.as_published": {"en": "As published", "ru": "Как опубликовано",
                              "ky": "Жарыяланганы"},
    "dest.col.source": {"en": "Source", "ru": "Источник", "ky": "Булак"},
    "dest.col.quality": {"en": "Quality", "ru": "Качество", "ky": "Сапаты"},
    "dest.col.note": {"en": "Who and what", "ru": "Кто и что", "ky": "Ким жана эмне"},
    "dest.whole_country": {"en": "whole country", "ru": "вся страна", "ky": "бүт өлкө"},
    "dest.trend_title": {"en": "People born in Kyrgyzstan living abroad, 1990–2019 ({sex})",
                         "ru": "Уроженцы Кыргызстана за рубежом, 1990–2019 ({sex})",
                         "ky": "Чет өлкөдө жашаган Кыргызстанда төрөлгөндөр, 1990–2019 ({sex})"},
    "dest.trend_total": {"en": "All destinations (UN DESA, derived sum)",
                         "ru": "Все направления (ООН DESA, расчётная сумма)",
                         "ky": "Бардык багыттар (БУУ DESA, эсептелген сумма)"},
    "dest.cited": {"en": "Other sources, same measure ({quality})",
                   "ru": "Другие источники, та же мера ({quality})",
                   "ky": "Башка булактар, ошол эле өлчөм ({quality})"},
    "dest.trend_summary": {
        "en": "People born in Kyrgyzstan living abroad ({sex}), by UN DESA: {v0} in {y0}, "
              "{v1} in {y1}; Russia holds {share} of the {y1} total.",
        "ru": "Уроженцы Кыргызстана за рубежом ({sex}) по данным ООН DESA: {v0} в {y0} году, "
              "{v1} в {y1} году; на Россию приходится {share} от итога {y1} года.",
        "ky": "БУУ DESA боюнча чет өлкөдө жашаган Кыргызстанда төрөлгөндөр ({sex}): {y0}-"
              "жылы {v0}, {y1}-жылы {v1}; {y1}-жылдагы жалпы сандын {share} Россияга туура "
              "келет."},
    "dest.trend_note": {
        "en": "The all-destinations line is derived: the sum of UN DESA's own rows for every "
              "destination country, same year and sex. Other sources' figures for the same "
              "measure are marks beside it, not part of it.",
        "ru": "Линия «все направления» рассчитана: сумма строк ООН DESA по всем странам "
              "назначения за тот же год и пол. Цифры других источников по той же мере — "
              "отдельные метки рядом, не часть суммы.",
        "ky": "«Бардык багыттар» сызыгы эсептелген: ошол эле жыл жана жыныс үчүн БУУ DESAнын "
              "бардык өлкөлөр боюнча саптарынын суммасы. Башка булактардын ошол эле өлчөм "
              "боюнча сандары — жанындагы өзүнчө белгилер, суммага кирбейт."},
    "dest.sectors_heading": {"en": "What sectors the sources name",
                             "ru": "Какие отрасли называют источники",
                             "ky": "Булактар кайсы тармактарды атайт"},
    "dest.sectors_title": {"en": "Sectors named by sources, by destination ({sex})",
                           "ru": "Отрасли, названные источниками, по направлениям ({sex})",
                           "ky": "Булактар атаган тармактар, багыттар боюнча ({sex})"},
    "dest.sectors_axis": {"en": "number of sources naming the sector",
                          "ru": "число источников, называющих отрасль",
                          "ky": "тармакты атаган булактардын саны"},
    "dest.not_stated": {"en": "destination not stated", "ru": "направление не указано",
                        "ky": "багыты көрсөтүлгөн эмес"},
    "dest.sectors_summary": {
        "en": "{n} sectors are named by {k} sources; most often: {top}. These are mentions, "
              "not counts of workers.",
        "ru": "Названо отраслей: {n}, источников: {k}; чаще всего: {top}. Это упоминания, а "
              "не число работников.",
        "ky": "Аталган тармактар: {n}, булактар: {k}; эң көп: {top}. Бул эскерүүлөр, "
              "иштегендердин саны эмес."},
    "dest.sectors_gender_note": {
        "en": "Only mentions about this gender are counted; mentions of women and men together "
              "have no gender breakdown and show under “All”.",
        "ru": "Учтены только упоминания об этом поле; упоминания о женщинах и мужчинах вместе "
              "не разбиты по полу и видны при выборе «Все».",
        "ky": "Бул жыныс жөнүндөгү эскерүүлөр гана эсептелди; аялдар жана эркектер бирге "
              "айтылган эскерүүлөр жыныс боюнча бөлүнгөн эмес жана «Баары» тандалганда "
              "көрүнөт."},
    "dest.sector_hint": {
        "en": "Choose a sector in the filter bar to list who names it, for which destination, "
              "and any figure they give.",
        "ru": "Выберите отрасль в фильтрах, чтобы увидеть, кто её называет, для какого "
              "направления и с какой цифрой.",
        "ky": "Ким атаганын, кайсы багыт үчүн жана кандай сан менен экенин көрүү үчүн "
              "чыпкалардан тармакты тандаңыз."},
    "dest.sector_list": {"en": "Who names “{sector}”", "ru": "Кто называет «{sector}»",
                         "ky": "«{sector}» тармагын ким атайт"},
    "dest.sector_none": {
        "en": "No source names “{sector}” for this selection.",
        "ru": "Для этого выбора ни один источник не называет «{sector}».",
        "ky": "Бул тандоо үчүн эч бир булак «{sector}» тармагын атабайт."},
    "dest.sector_stock_note": {
        "en": "The migrant counts above have no breakdown by sector. Only the list below "
              "answers the sector filter.",
        "ru": "В численности мигрантов выше нет разбивки по отраслям. Фильтру по отрасли "
              "отвечает только список ниже.",
        "ky": "Жогорудагы мигранттардын санында тармак боюнча бөлүштүрүү жок. Тармак "
              "чыпкасына төмөнкү тизме гана жооп берет."},
}
