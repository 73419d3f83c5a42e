"""Strings of the /sources page: the sources, grouped, and the methodology."""

STRINGS = {
    "sources.title": {"en": "Sources and method", "ru": "Источники и методика",
                      "ky": "Булактар жана методика"},
    "sources.intro": {
        "en": "Every source the site cites, once, with what it supports: the number of rows of "
              "each dataset that cite it, each a link to those rows. Below the list: how every "
              "computed number is made and what the quality levels mean.",
        "ru": "Каждый источник, на который ссылается сайт, один раз, и что он подтверждает: "
              "число строк каждого набора, которые на него ссылаются, со ссылкой на эти строки. "
              "Под списком — как рассчитано каждое вычисленное число и что означают уровни "
              "качества.",
        "ky": "Сайт шилтеме кылган ар бир булак бир жолу жана ал эмнени тастыктайт: ар бир "
              "топтомдун ага шилтеме кылган саптарынын саны, ошол саптарга шилтеме менен. "
              "Тизменин астында — ар бир эсептелген сан кантип алынганы жана сапат деңгээлдери "
              "эмнени билдирери."},
    "sources.count": {"en": "{n} sources", "ru": "Источников: {n}", "ky": "Булактар: {n}"},
    "sources.toc": {"en": "On this page", "ru": "На этой странице", "ky": "Бул баракта"},
    "sources.caveat": {
        "en": "Web pages were read from stored copies of unknown age: re-check an address "
              "before you publish. The note says where each copy was read or quotes the "
              "sentence that supports the figure.",
        "ru": "Веб-страницы прочитаны по сохранённым копиям неизвестной давности: перед "
              "публикацией проверьте адрес. В примечании сказано, где прочитана копия, или "
              "приведена фраза, подтверждающая цифру.",
        "ky": "Веб-барактар убактысы белгисиз сакталган көчүрмөлөрдөн окулган: жарыялоодон "
              "мурун даректи кайра текшериңиз. Эскертүүдө көчүрмө кайдан окулганы айтылат же "
              "санды тастыктаган сүйлөм келтирилет."},
    "sources.group.seed": {"en": "The two seed reports", "ru": "Два исходных доклада",
                           "ky": "Эки негизги баяндама"},
    "sources.group.seed.about": {
        "en": "The Tian Shan Policy Center reports this site is built from: the 2012 research "
              "workshop on protecting the rights of Kyrgyz labour migrants and the 2013 "
              "roundtable on international experience.",
        "ru": "Доклады Центра политики «Тянь-Шань», на которых построен сайт: исследовательский "
              "семинар 2012 года о защите прав трудовых мигрантов из Кыргызстана и круглый стол "
              "2013 года о международном опыте.",
        "ky": "Сайт негизделген Тянь-Шань саясат борборунун баяндамалары: кыргызстандык эмгек "
              "мигранттарынын укуктарын коргоо боюнча 2012-жылкы изилдөө семинары жана "
              "эл аралык тажрыйба боюнча 2013-жылкы тегерек стол."},
    "sources.group.statistics": {"en": "Statistical and geographic datasets",
                                 "ru": "Статистические и географические данные",
                                 "ky": "Статистикалык жана географиялык маалыматтар"},
    "sources.group.statistics.about": {
        "en": "Published datasets read as files: World Bank WDI series, UN DESA migrant stock, "
              "place coordinates and region boundaries.",
        "ru": "Опубликованные наборы данных, прочитанные как файлы: ряды WDI Всемирного банка, "
              "численность мигрантов ООН DESA, координаты мест и границы регионов.",
        "ky": "Файл катары окулган жарыяланган маалымат топтомдору: Дүйнөлүк банктын WDI "
              "катарлары, БУУ DESA мигранттар саны, жерлердин координаттары жана аймактардын "
              "чек аралары."},
    "sources.group.derived": {"en": "Computed by this project", "ru": "Рассчитано в проекте",
                              "ky": "Бул долбоордо эсептелген"},
    "sources.group.derived.about": {
        "en": "Numbers computed here from the sources above; the formula is in the note and in "
              "the method below.",
        "ru": "Числа, рассчитанные здесь по источникам выше; формула — в примечании и в "
              "методике ниже.",
        "ky": "Жогорудагы булактардан бул жерде эсептелген сандар; формуласы эскертүүдө жана "
              "төмөндөгү методикада."},
    "sources.group.cited": {"en": "Cited pages: news, official sites, organisations",
                            "ru": "Цитируемые страницы: новости, официальные сайты, организации",
                            "ky": "Шилтемеленген барактар: жаңылыктар, расмий сайттар, уюмдар"},
    "sources.group.cited.about": {
        "en": "Single figures, facts and events quoted from web pages, sorted by publisher. A "
              "page that supports several figures is listed once.",
        "ru": "Отдельные цифры, факты и события, процитированные с веб-страниц, по издателям. "
              "Страница, подтверждающая несколько цифр, указана один раз.",
        "ky": "Веб-барактардан келтирилген айрым сандар, фактылар жана окуялар, басып "
              "чыгаруучулар боюнча. Бир нече санды тастыктаган барак бир жолу көрсөтүлөт."},
    "sources.col.source": {"en": "Source", "ru": "Источник", "ky": "Булак"},
    "sources.col.publisher": {"en": "Publisher", "ru": "Издатель", "ky": "Басып чыгаруучу"},
    "sources.col.year": {"en": "Year", "ru": "Год", "ky": "Жыл"},
    "sources.col.licence": {"en": "Licence", "ru": "Лицензия", "ky": "Лицензия"},
    "sources.col.supports": {"en": "Rows citing it", "ru": "Строк со ссылкой на него",
                             "ky": "Ага шилтеме кылган саптар"},
    "sources.col.note": {"en": "Note", "ru": "Примечание", "ky": "Эскертүү"},
    "sources.rows": {"en": "{dataset}: {n}", "ru": "{dataset}: {n}", "ky": "{dataset}: {n}"},
    "sources.supports.none": {
        "en": "No row cites it directly: it is used to build the data (see the note).",
        "ru": "Ни одна строка не ссылается на него напрямую: он использован для построения "
              "данных (см. примечание).",
        "ky": "Бир дагы сап ага түздөн-түз шилтеме кылбайт: ал маалыматты түзүүдө колдонулган "
              "(эскертүүнү караңыз)."},
    "sources.no_url": {"en": "no address", "ru": "без адреса", "ky": "дареги жок"},
    "sources.no_year": {"en": "undated", "ru": "без даты", "ky": "датасыз"},
    "sources.link": {"en": "Link to this source", "ru": "Ссылка на этот источник",
                     "ky": "Бул булакка шилтеме"},
    "sources.method": {"en": "How the numbers are made", "ru": "Как получены числа",
                       "ky": "Сандар кантип алынган"},
    "sources.method.intro": {
        "en": "Nothing is invented: where no source gives a number there is no row, and the "
              "site says “no data”, never a zero or a guess. A range stays a range (low, high), "
              "never a midpoint. Sources that disagree are separate rows, never merged or "
              "averaged, and different measures (stock, citizens present, registered, working "
              "abroad) are never summed. A number computed here is marked derived, with its "
              "formula in the row's note.",
        "ru": "Ничего не придумано: если ни один источник не даёт числа, строки нет, и сайт "
              "пишет «нет данных», а не ноль и не догадку. Диапазон остаётся диапазоном "
              "(нижняя и верхняя граница), а не серединой. Расходящиеся источники — отдельные "
              "строки, они не объединяются и не усредняются, а разные показатели (численность, "
              "находящиеся в стране граждане, зарегистрированные, работающие за рубежом) "
              "никогда не суммируются. Число, рассчитанное здесь, помечено как расчётное, а "
              "формула приведена в примечании к строке.",
        "ky": "Эч нерсе ойлоп табылган эмес: эгер бир дагы булак сан бербесе, сап жок, жана "
              "сайт нөл же божомол эмес, «маалымат жок» дейт. Аралык аралык бойдон калат "
              "(төмөнкү жана жогорку чек), ортосу алынбайт. Бири-бирине карама-каршы булактар "
              "өзүнчө саптар, алар бириктирилбейт жана орточолонбойт, ал эми ар башка "
              "көрсөткүчтөр (саны, өлкөдөгү жарандар, катталгандар, чет өлкөдө иштегендер) эч "
              "качан кошулбайт. Бул жерде эсептелген сан эсептелген деп белгиленет, формуласы "
              "саптын эскертүүсүндө."},
    "sources.method.derived": {"en": "Computed numbers", "ru": "Расчётные числа",
                               "ky": "Эсептелген сандар"},
    "sources.method.remit.title": {"en": "Remittances as a share of GDP",
                                   "ru": "Переводы в процентах от ВВП",
                                   "ky": "Акча которуулардын ИДПдагы үлүшү"},
    "sources.method.remit": {
        "en": "100 × personal remittances received (WDI BX.TRF.PWKR.CD.DT) ÷ GDP (WDI "
              "NY.GDP.MKTP.CD), same country and year, rounded to 3 decimals. The two series "
              "come from different WDI releases (remittances 1 July 2025, GDP autumn 2024), so "
              "recent ratios may differ slightly from the World Bank's own "
              "BX.TRF.PWKR.DT.GD.ZS; with no 2024 GDP there is no 2024 ratio. The reports' and "
              "the press's own percentages stay separate rows, drawn as separate marks.",
        "ru": "100 × полученные личные переводы (WDI BX.TRF.PWKR.CD.DT) ÷ ВВП (WDI "
              "NY.GDP.MKTP.CD), та же страна и год, с округлением до 3 знаков. Два ряда взяты "
              "из разных выпусков WDI (переводы — 1 июля 2025, ВВП — осень 2024), поэтому "
              "последние значения могут немного отличаться от показателя самого Всемирного "
              "банка BX.TRF.PWKR.DT.GD.ZS; ВВП за 2024 год нет, поэтому нет и доли за 2024 год. "
              "Проценты из докладов и прессы остаются отдельными строками и показаны "
              "отдельными метками.",
        "ky": "100 × алынган жеке акча которуулар (WDI BX.TRF.PWKR.CD.DT) ÷ ИДП (WDI "
              "NY.GDP.MKTP.CD), ошол эле өлкө жана жыл, 3 белгиге чейин тегеректелген. Эки "
              "катар WDIнин ар башка чыгарылыштарынан алынган (которуулар — 2025-жылдын 1-июлу, "
              "ИДП — 2024-жылдын күзү), ошондуктан акыркы маанилер Дүйнөлүк банктын өзүнүн "
              "BX.TRF.PWKR.DT.GD.ZS көрсөткүчүнөн бир аз айырмаланышы мүмкүн; 2024-жылдын ИДПсы "
              "жок, ошондуктан 2024-жылдын үлүшү да жок. Баяндамалардын жана басма сөздүн "
              "пайыздары өзүнчө саптар бойдон калат жана өзүнчө белгилер менен көрсөтүлөт."},
    "sources.method.abroad.title": {"en": "Kyrgyz-born people abroad (UN DESA)",
                                    "ru": "Уроженцы Кыргызстана за рубежом (ООН DESA)",
                                    "ky": "Чет өлкөдөгү Кыргызстанда төрөлгөндөр (БУУ DESA)"},
    "sources.method.abroad": {
        "en": "The sum of UN DESA International Migrant Stock 2019 estimates over all "
              "destination countries, for the year and sex chosen. UN DESA figures are "
              "mid-year estimates (1990–2015 in five-year steps, and 2019); small destinations "
              "may be imputed. The 2015 and 2019 sums are 11 and 12 above the source's own world "
              "total, as in the source.",
        "ru": "Сумма оценок ООН DESA International Migrant Stock 2019 по всем странам "
              "назначения за выбранный год и пол. Цифры ООН DESA — оценки на середину года "
              "(1990–2015 с шагом пять лет и 2019); для малых направлений они могут быть "
              "досчитаны. Суммы за 2015 и 2019 годы на 11 и 12 больше мирового итога самого "
              "источника — так в источнике.",
        "ky": "БУУ DESA International Migrant Stock 2019 баалоолорунун тандалган жыл жана "
              "жыныс үчүн бардык барган өлкөлөр боюнча суммасы. БУУ DESA сандары — жылдын "
              "ортосуна карата баалоолор (1990–2015 беш жылдык кадам менен жана 2019); кичине "
              "багыттар үчүн толукталышы мүмкүн. 2015 жана 2019-жылдардын суммалары булактын "
              "өзүнүн дүйнөлүк жыйынтыгынан 11 жана 12ге көп — булакта ушундай."},
    "sources.method.russia.title": {"en": "Share in Russia", "ru": "Доля в России",
                                    "ky": "Россиядагы үлүшү"},
    "sources.method.russia": {
        "en": "UN DESA's estimate for Russia ÷ the sum over all destinations (same year and "
              "sex), in percent. It is shown beside the share the 2013 report gives, not "
              "instead of it.",
        "ru": "Оценка ООН DESA для России ÷ сумма по всем странам назначения (тот же год и "
              "пол), в процентах. Показана рядом с долей из доклада 2013 года, а не вместо неё.",
        "ky": "БУУ DESAнын Россия боюнча баалоосу ÷ бардык багыттар боюнча сумма (ошол эле жыл "
              "жана жыныс), пайыз менен. 2013-жылкы баяндамадагы үлүштүн ордуна эмес, анын "
              "жанында көрсөтүлөт."},
    "sources.method.regions.title": {"en": "Offices per region", "ru": "Офисы по регионам",
                                     "ky": "Аймактар боюнча кеңселер"},
    "sources.method.regions": {
        "en": "Each office's coordinates (GeoNames) are placed in a Russian federal subject by a "
              "spatial join with the region boundaries (DCW-GMT); offices per region is the "
              "count of documented offices in each subject. The build makes the join, the site "
              "repeats it once per process, and a test checks that the two agree. Crimea and "
              "Sevastopol are not in the boundary source.",
        "ru": "Координаты каждого офиса (GeoNames) отнесены к субъекту РФ пространственным "
              "соединением с границами регионов (DCW-GMT); офисы по регионам — число "
              "задокументированных офисов в каждом субъекте. Соединение делает сборка данных, "
              "сайт повторяет его один раз за процесс, а тест проверяет, что они совпадают. "
              "Крыма и Севастополя в источнике границ нет.",
        "ky": "Ар бир кеңсенин координаттары (GeoNames) аймактардын чек аралары (DCW-GMT) менен "
              "мейкиндик бириктирүү аркылуу Россиянын федералдык субъектисине ыйгарылат; "
              "аймактар боюнча кеңселер — ар бир субъекттеги документтештирилген кеңселердин "
              "саны. Бириктирүүнү маалымат түзүү жасайт, сайт аны ар бир процессте бир жолу "
              "кайталайт, ал эми тест экөөнүн дал келерин текшерет. Чек ара булагында Крым жана "
              "Севастополь жок."},
    "sources.method.per_office.title": {"en": "Migrants per office", "ru": "Мигрантов на офис",
                                        "ky": "Бир кеңсеге мигранттар"},
    "sources.method.per_office": {
        "en": "Only where a source gives a migrant figure for a region or city (in practice "
              "Moscow with Moscow Oblast): the latest cited figure ÷ the number of documented "
              "offices in those subjects, rounded to hundreds. Everywhere else there is no "
              "figure, so no ratio is shown.",
        "ru": "Только там, где источник даёт число мигрантов по региону или городу (на "
              "практике — Москва с Московской областью): последняя цитируемая цифра ÷ число "
              "задокументированных офисов в этих субъектах, с округлением до сотен. Для "
              "остальных регионов цифры нет, поэтому и отношения нет.",
        "ky": "Булак аймак же шаар боюнча мигранттардын санын берген жерде гана (иш жүзүндө — "
              "Москва облусу менен Москва): акыркы шилтемеленген сан ÷ ошол субъекттердеги "
              "документтештирилген кеңселердин саны, жүздөргө чейин тегеректелген. Калган "
              "жерлерде сан жок, ошондуктан катыш да көрсөтүлбөйт."},
    "sources.method.coverage.title": {"en": "Coverage of the recommendations",
                                      "ru": "Выполнение рекомендаций",
                                      "ky": "Сунуштардын аткарылышы"},
    "sources.method.coverage": {
        "en": "A recommendation's status as of a year is the most advanced status among its "
              "evidence rows up to that year (undated rows count for any year), in the order no "
              "evidence < in progress < partly done < done; “superseded” applies when it is the "
              "latest dated event; a recommendation without rows has “no evidence found”. A "
              "missing row means no public record was found, not that nothing happened.",
        "ru": "Статус рекомендации на год — самый продвинутый статус среди её записей о "
              "выполнении до этого года (записи без даты учитываются для любого года) в порядке "
              "нет сведений < в работе < выполнено частично < выполнено; «утратила силу» "
              "применяется, когда это последнее датированное событие; у рекомендации без "
              "записей — «сведений не найдено». Отсутствие записи означает, что публичных "
              "сведений не найдено, а не что ничего не произошло.",
        "ky": "Сунуштун жылга карата статусу — ошол жылга чейинки аткарылыш жазууларынын "
              "эң алдыңкы статусу (датасыз жазуулар каалаган жыл үчүн эсептелет), тартиби: "
              "маалымат жок < аткарылууда < жарым-жартылай аткарылды < аткарылды; «күчүн "
              "жоготту» акыркы даталуу окуя болгондо колдонулат; жазуусу жок сунушта — "
              "«маалымат табылган жок». Жазуунун жоктугу ачык маалымат табылбаганын билдирет, "
              "эч нерсе болбогонун эмес."},
    "sources.method.quality": {"en": "Quality levels", "ru": "Уровни качества",
                               "ky": "Сапат деңгээлдери"},
    "sources.method.quality.intro": {
        "en": "Every row has one, and every chart and table shows it: solid marks for reported "
              "and derived figures, hollow marks for estimates, dotted or dashed for unverified.",
        "ru": "Он есть у каждой строки, и каждый график и таблица его показывают: сплошные "
              "метки для официальных и расчётных данных, полые для оценок, пунктир для "
              "непроверенных.",
        "ky": "Ал ар бир сапта бар, жана ар бир диаграмма менен таблица аны көрсөтөт: расмий "
              "жана эсептелген сандар үчүн толук белгилер, баалоолор үчүн көңдөй, текшерилбеген "
              "үчүн чекиттүү же үзүк сызык."},
    "sources.quality.reported": {
        "en": "as the source states it.",
        "ru": "как указано в источнике.",
        "ky": "булак жазгандай."},
    "sources.quality.estimate": {
        "en": "the source says “about” or “more than”, or it is a modelled estimate.",
        "ru": "источник пишет «около» или «более», либо это модельная оценка.",
        "ky": "булак «болжол менен» же «ашык» дейт, же бул моделдик баалоо."},
    "sources.quality.derived": {
        "en": "computed here from other figures; the formula is in the row's note.",
        "ru": "рассчитано здесь по другим цифрам; формула — в примечании к строке.",
        "ky": "бул жерде башка сандардан эсептелген; формуласы саптын эскертүүсүндө."},
    "sources.quality.unverified": {
        "en": "from an aggregator or a mirror, or a year or place that could not be confirmed; "
              "for diaspora offices, a source that does not name that office in that city.",
        "ru": "из агрегатора или копии, либо год или место не удалось подтвердить; для офисов "
              "диаспоры — источник не называет этот офис в этом городе.",
        "ky": "агрегатордон же көчүрмөдөн, же жылы же орду ырасталган эмес; диаспора "
              "кеңселери үчүн — булак бул кеңсени бул шаарда атабайт."},
}
