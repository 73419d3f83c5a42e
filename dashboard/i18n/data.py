"""Strings of the /data page (the datasets as tables)."""

STRINGS = {
    "data.title": {"en": "Data", "ru": "Данные", "ky": "Маалымат"},
    "data.intro": {
        "en": "Every dataset behind the charts, row by row, with the source and quality of each "
              "row. Narrow it with the filters, sort by a column heading, and download exactly "
              "the rows the table holds.",
        "ru": "Все наборы данных, на которых построены графики, построчно, с источником и "
              "качеством каждой строки. Сузьте выбор фильтрами, сортируйте по заголовку "
              "столбца и скачайте ровно те строки, что в таблице.",
        "ky": "Диаграммалардын негизиндеги бардык маалымат топтомдору, сап-сабы менен, ар бир "
              "саптын булагы жана сапаты менен. Чыпкалар менен тандоону тарытыңыз, мамыча "
              "аталышы боюнча иреттеңиз жана таблицадагы саптарды так ошол бойдон жүктөп алыңыз."},
    "data.dataset": {"en": "Dataset", "ru": "Набор данных", "ky": "Маалымат топтому"},
    "data.country": {"en": "Country", "ru": "Страна", "ky": "Өлкө"},
    "data.country.any": {"en": "All countries", "ru": "Все страны", "ky": "Бардык өлкөлөр"},
    "data.source": {"en": "Source", "ru": "Источник", "ky": "Булак"},
    "data.source.any": {"en": "All sources", "ru": "Все источники", "ky": "Бардык булактар"},
    "data.sort": {"en": "sort order", "ru": "порядок сортировки", "ky": "иреттөө тартиби"},
    "data.page": {"en": "page", "ru": "страница", "ky": "барак"},
    "data.file_order": {"en": "file order", "ru": "порядок файла", "ky": "файлдын тартиби"},
    "data.all": {"en": "all", "ru": "все", "ky": "баары"},
    "data.does_not_apply": {"en": "does not apply to this dataset",
                            "ru": "не применяется к этому набору",
                            "ky": "бул топтомго колдонулбайт"},
    "data.rows": {"en": "{n} of {total} rows", "ru": "{n} из {total} строк",
                  "ky": "{total} саптын {n}"},
    "data.showing": {
        "en": "Rows {first}–{last}, page {page} of {pages}.",
        "ru": "Строки {first}–{last}, страница {page} из {pages}.",
        "ky": "{first}–{last} саптар, {pages} барактын {page}-барагы."},
    "data.page_clamped": {
        "en": "There are only {pages} page(s): showing the last one.",
        "ru": "Страниц всего {pages}: показана последняя.",
        "ky": "Бардыгы {pages} барак: акыркысы көрсөтүлдү."},
    "data.applied": {"en": "Applied: {list}.", "ru": "Применено: {list}.",
                     "ky": "Колдонулду: {list}."},
    "data.years_all": {"en": "every year", "ru": "все годы", "ky": "бардык жылдар"},
    "data.applied.none": {"en": "No filter applies: every row of the dataset is shown.",
                          "ru": "Фильтры не применяются: показаны все строки набора.",
                          "ky": "Чыпка колдонулбайт: топтомдун бардык саптары көрсөтүлдү."},
    "data.downloads": {"en": "Download these rows", "ru": "Скачать эти строки",
                       "ky": "Бул саптарды жүктөө"},
    "data.download.csv": {"en": "CSV", "ru": "CSV", "ky": "CSV"},
    "data.download.json": {"en": "JSON", "ru": "JSON", "ky": "JSON"},
    "data.datapackage": {"en": "Data package (datapackage.json)",
                         "ru": "Пакет данных (datapackage.json)",
                         "ky": "Маалымат пакети (datapackage.json)"},
    "data.datapackage.file": {
        "en": "Field types, units and constraints of every file: data/datapackage.json in the "
              "repository (Frictionless data package).",
        "ru": "Типы полей, единицы и ограничения каждого файла: data/datapackage.json в "
              "репозитории (пакет данных Frictionless).",
        "ky": "Ар бир файлдын талааларынын түрлөрү, бирдиктери жана чектөөлөрү: "
              "репозиторийдеги data/datapackage.json (Frictionless маалымат пакети)."},
    "data.api_note": {
        "en": "The links ask the public API for exactly the rows of this table (all pages, in "
              "the file's order and columns). API reference:",
        "ru": "Ссылки запрашивают у открытого API ровно строки этой таблицы (все страницы, в "
              "порядке и со столбцами файла). Описание API:",
        "ky": "Шилтемелер ачык API'ден так ушул таблицанын саптарын сурайт (бардык барактар, "
              "файлдын тартиби жана мамычалары менен). API сүрөттөмөсү:"},
    "data.source_not_in_api": {
        "en": "The download holds the rows of every source: the API does not yet filter by "
              "source.",
        "ru": "Файл содержит строки всех источников: API пока не фильтрует по источнику.",
        "ky": "Жүктөлгөн файлда бардык булактардын саптары бар: API азырынча булак боюнча "
              "чыпкалабайт."},
    "data.fields": {"en": "Fields ({n})", "ru": "Поля ({n})", "ky": "Талаалар ({n})"},
    "data.field.name": {"en": "Field", "ru": "Поле", "ky": "Талаа"},
    "data.field.type": {"en": "Type", "ru": "Тип", "ky": "Түрү"},
    "data.field.unit": {"en": "Unit", "ru": "Единица", "ky": "Бирдик"},
    "data.field.description": {"en": "Description", "ru": "Описание", "ky": "Сүрөттөмө"},
    "data.field.values": {"en": "Allowed values: {values}", "ru": "Допустимые значения: {values}",
                          "ky": "Уруксат берилген маанилер: {values}"},
    "data.field.required": {"en": "required", "ru": "обязательно", "ky": "милдеттүү"},
    "data.field.lang_note": {
        "en": "Field names and descriptions are those of the data files (in English).",
        "ru": "Названия и описания полей — как в файлах данных (на английском).",
        "ky": "Талаалардын аттары жана сүрөттөмөлөрү — маалымат файлдарындагыдай "
              "(англисче)."},
    "data.type.string": {"en": "text", "ru": "текст", "ky": "текст"},
    "data.type.integer": {"en": "integer", "ru": "целое число", "ky": "бүтүн сан"},
    "data.type.number": {"en": "number", "ru": "число", "ky": "сан"},
    "data.type.boolean": {"en": "true/false", "ru": "да/нет (true/false)",
                          "ky": "ооба/жок (true/false)"},
    "data.na": {
        "en": "{filter}: this dataset has no {column} column, so the filter is not applied here.",
        "ru": "{filter}: в этом наборе нет столбца {column}, поэтому фильтр здесь не "
              "применяется.",
        "ky": "{filter}: бул топтомдо {column} мамычасы жок, ошондуктан чыпка бул жерде "
              "колдонулбайт."},
    "data.gender_total": {
        "en": "Gender “All” shows the rows for women and men together (sex = total). {hidden} "
              "rows for women or men alone are not shown: choose Women or Men above to see them.",
        "ru": "Пол «Все» показывает строки для женщин и мужчин вместе (sex = total). {hidden} "
              "строк только для женщин или только для мужчин не показаны: выберите выше "
              "«Женщины» или «Мужчины».",
        "ky": "«Баары» жынысы аялдар менен эркектердин саптарын бирге көрсөтөт (sex = total). "
              "Аялдар же эркектер үчүн гана болгон {hidden} сап көрсөтүлгөн жок: аларды көрүү "
              "үчүн жогорудан «Аялдар» же «Эркектер» тандаңыз."},
    "data.gender_recs": {
        "en": "Recommendations name no gender: the gender-specific ones are listed first, "
              "followed by the general ones, which concern women and men alike.",
        "ru": "Рекомендации не указывают пол: сначала идут касающиеся именно пола, затем "
              "общие, которые относятся к женщинам и мужчинам одинаково.",
        "ky": "Сунуштарда жыныс аталбайт: адегенде жыныска тиешелүүлөрү, андан кийин аялдарга "
              "да, эркектерге да тиешелүү жалпы сунуштар берилет."},
    "data.sector_all": {
        "en": "Rows marked “all” (every sector) are kept with the chosen sector.",
        "ru": "Строки с отметкой «all» (все отрасли) сохраняются при выборе отрасли.",
        "ky": "«all» (бардык тармактар) деп белгиленген саптар тандалган тармак менен кошо "
              "калат."},
    "data.norows": {
        "en": "No rows match this selection. Nothing is shown rather than a guess: change or "
              "reset the filters.",
        "ru": "Для этого выбора нет строк. Вместо догадки ничего не показано: измените или "
              "сбросьте фильтры.",
        "ky": "Бул тандоого дал келген сап жок. Божомолдун ордуна эч нерсе көрсөтүлбөйт: "
              "чыпкаларды өзгөртүңүз же тазалаңыз."},
    "data.rounded": {
        "en": "Numbers are rounded for display; the downloads hold them in full.",
        "ru": "Числа округлены для показа; в скачиваемых файлах они полные.",
        "ky": "Сандар көрсөтүү үчүн тегеректелген; жүктөлүүчү файлдарда алар толук."},
    "data.sort_by": {"en": "Sort by {col}", "ru": "Сортировать по {col}",
                     "ky": "{col} боюнча иреттөө"},
    "data.pages": {"en": "Pages of the table", "ru": "Страницы таблицы",
                   "ky": "Таблицанын барактары"},
    "data.prev": {"en": "Previous", "ru": "Назад", "ky": "Мурунку"},
    "data.next": {"en": "Next", "ru": "Далее", "ky": "Кийинки"},
    "data.caption": {
        "en": "{dataset}: {n} rows, page {page} of {pages}. Column headings sort the table.",
        "ru": "{dataset}: {n} строк, страница {page} из {pages}. Заголовки столбцов "
              "сортируют таблицу.",
        "ky": "{dataset}: {n} сап, {pages} барактын {page}-барагы. Мамычалардын аталыштары "
              "таблицаны иреттейт."},
    "data.more": {"en": "more", "ru": "ещё", "ky": "дагы"},
    "data.about_source": {"en": "About source {id}", "ru": "Об источнике {id}",
                          "ky": "{id} булагы жөнүндө"},
    "data.verified": {"en": "verified", "ru": "проверено", "ky": "текшерилген"},
    "data.quality_legend": {
        "en": "Quality badges: {reported} — as the source states it; {estimate} — the source "
              "says “about” or models it; {derived} — computed here, formula in the note; "
              "{unverified} (dashed) — an aggregator or mirror, or a year or place not "
              "confirmed. See Sources for the method.",
        "ru": "Метки качества: {reported} — как указано в источнике; {estimate} — источник "
              "пишет «около» или моделирует; {derived} — рассчитано здесь, формула в примечании; "
              "{unverified} (пунктир) — агрегатор или копия, либо год или место не "
              "подтверждены. Методика — на странице «Источники».",
        "ky": "Сапат белгилери: {reported} — булак жазгандай; {estimate} — булак «болжол "
              "менен» дейт же моделдейт; {derived} — бул жерде эсептелген, формуласы "
              "эскертүүдө; {unverified} (үзүк сызык) — агрегатор же көчүрмө, же жылы же орду "
              "ырасталган эмес. Методика — «Булактар» барагында."},
    "data.ds.sources": {"en": "Sources", "ru": "Источники", "ky": "Булактар"},
    "data.ds.remittances": {"en": "Remittances and GDP", "ru": "Денежные переводы и ВВП",
                            "ky": "Акча которуулар жана ИДП"},
    "data.ds.migrant_stock": {"en": "Migrants by destination", "ru": "Мигранты по направлениям",
                              "ky": "Багыттар боюнча мигранттар"},
    "data.ds.sectors": {"en": "Sector codes", "ru": "Коды отраслей", "ky": "Тармак коддору"},
    "data.ds.sector_observations": {"en": "Sectors migrants work in",
                                    "ru": "Отрасли, в которых работают мигранты",
                                    "ky": "Мигранттар иштеген тармактар"},
    "data.ds.diaspora_offices": {"en": "Diaspora offices and consulates",
                                 "ru": "Офисы диаспоры и консульства",
                                 "ky": "Диаспора кеңселери жана консулдуктар"},
    "data.ds.diaspora_counts": {"en": "Diaspora totals", "ru": "Численность диаспорных "
                                "организаций", "ky": "Диаспора уюмдарынын саны"},
    "data.ds.events": {"en": "Events", "ru": "События", "ky": "Окуялар"},
    "data.ds.recommendations": {"en": "Recommendations (TSPC 2012, 2013)",
                                "ru": "Рекомендации (TSPC 2012, 2013)",
                                "ky": "Сунуштар (TSPC 2012, 2013)"},
    "data.ds.recommendation_evidence": {"en": "Action on the recommendations",
                                        "ru": "Выполнение рекомендаций",
                                        "ky": "Сунуштардын аткарылышы"},
    "data.dsdesc.sources": {
        "en": "Every source cited by any dataset, once: title, publisher, year, address, "
              "licence and a note on where it was read.",
        "ru": "Каждый источник, на который ссылается любой набор, один раз: название, "
              "издатель, год, адрес, лицензия и примечание о том, где он прочитан.",
        "ky": "Ар кандай топтом шилтеме кылган ар бир булак бир жолу: аталышы, басып чыгаруучу, "
              "жылы, дареги, лицензиясы жана кайдан окулганы тууралуу эскертүү."},
    "data.dsdesc.remittances": {
        "en": "Personal remittances received, GDP and their ratio, by country and year: one row "
              "per country, year and source. World Bank series and the figures cited by the "
              "reports and the press are separate rows, never merged.",
        "ru": "Полученные личные переводы, ВВП и их отношение по странам и годам: одна строка "
              "на страну, год и источник. Ряды Всемирного банка и цифры из докладов и прессы — "
              "отдельные строки, они не объединяются.",
        "ky": "Алынган жеке акча которуулар, ИДП жана алардын катышы өлкөлөр жана жылдар "
              "боюнча: бир өлкө, жыл жана булак үчүн бир сап. Дүйнөлүк банктын катарлары жана "
              "баяндамалар менен басма сөздөгү сандар өзүнчө саптар, бириктирилбейт."},
    "data.dsdesc.migrant_stock": {
        "en": "Kyrgyz migrants by destination (country, region or city), year, sex and measure. "
              "Different measures are different things and are never summed together.",
        "ru": "Мигранты из Кыргызстана по направлениям (страна, регион или город), годам, полу "
              "и показателю. Разные показатели — разные величины, они никогда не суммируются.",
        "ky": "Кыргызстандык мигранттар багыт (өлкө, аймак же шаар), жыл, жыныс жана көрсөткүч "
              "боюнча. Ар башка көрсөткүчтөр ар башка нерселер, алар эч качан кошулбайт."},
    "data.dsdesc.sectors": {
        "en": "The one list of sector codes used by every dataset and by the sector filter.",
        "ru": "Единый список кодов отраслей для всех наборов и фильтра отраслей.",
        "ky": "Бардык топтомдор жана тармак чыпкасы колдонгон тармак коддорунун бирдиктүү "
              "тизмеси."},
    "data.dsdesc.sector_observations": {
        "en": "What sources say about the sectors Kyrgyz migrants work in, by destination and "
              "sex: a mention, or a number where one is given.",
        "ru": "Что источники говорят об отраслях, в которых работают мигранты из Кыргызстана, "
              "по направлениям и полу: упоминание или число, если оно приведено.",
        "ky": "Булактар кыргызстандык мигранттар иштеген тармактар тууралуу эмне дейт, багыт "
              "жана жыныс боюнча: эскерүү, же сан берилсе — сан."},
    "data.dsdesc.diaspora_offices": {
        "en": "Kyrgyz diaspora organisations, the embassy and consulates, one row per office, "
              "with the services a source names. “Unverified” rows say why in the note.",
        "ru": "Организации кыргызской диаспоры, посольство и консульства, по строке на офис, с "
              "услугами, которые называет источник. В примечании к непроверенным строкам "
              "сказано почему.",
        "ky": "Кыргыз диаспорасынын уюмдары, элчилик жана консулдуктар, ар бир кеңсеге бир "
              "сап, булак атаган кызматтары менен. Текшерилбеген саптардын себеби эскертүүдө."},
    "data.dsdesc.diaspora_counts": {
        "en": "Reported totals of diaspora bodies (for example, representative bodies in 43 "
              "cities, 2012).",
        "ru": "Сообщаемое общее число диаспорных организаций (например, представительства в "
              "43 городах, 2012).",
        "ky": "Диаспора уюмдарынын билдирилген жалпы саны (мисалы, 43 шаардагы өкүлчүлүктөр, "
              "2012)."},
    "data.dsdesc.events": {
        "en": "Dated events that moved migration and remittances, used to annotate charts.",
        "ru": "События с датами, повлиявшие на миграцию и переводы; используются как подписи "
              "на графиках.",
        "ky": "Миграцияга жана акча которууларга таасир эткен даталуу окуялар; диаграммалардагы "
              "белгилер үчүн колдонулат."},
    "data.dsdesc.recommendations": {
        "en": "Every recommendation of the two TSPC reports, sub-items as their own rows, with "
              "theme, actors, sectors and whether it is gender-specific.",
        "ru": "Все рекомендации двух докладов TSPC, подпункты — отдельными строками, с темой, "
              "адресатами, отраслями и отметкой о гендерной направленности.",
        "ky": "TSPCнин эки баяндамасынын бардык сунуштары, подпункттар өзүнчө саптар, темасы, "
              "аткаруучулары, тармактары жана жыныска тиешелүүбү деген белгиси менен."},
    "data.dsdesc.recommendation_evidence": {
        "en": "What has happened since, per recommendation: one row per dated event, with the "
              "status it implies and a source.",
        "ru": "Что произошло с тех пор по каждой рекомендации: по строке на событие с датой, "
              "статусом, который оно означает, и источником.",
        "ky": "Ошондон бери ар бир сунуш боюнча эмне болду: ар бир даталуу окуяга бир сап, ал "
              "билдирген статус жана булак менен."},
}
