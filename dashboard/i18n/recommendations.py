"""Strings of the recommendations page."""

STRINGS = {
    "rec.title": {"en": "Recommendations and what has been done since",
                  "ru": "Рекомендации и что сделано с тех пор",
                  "ky": "Сунуштар жана андан бери эмне жасалды"},
    "rec.intro": {
        "en": "Every recommendation of the 2012 research workshop and the 2013 roundtable on "
              "protecting the rights of Kyrgyz labour migrants, grouped by theme, with the "
              "evidence of action since: what happened, when, by whom, and the source.",
        "ru": "Все рекомендации исследовательского семинара 2012 года и круглого стола "
              "2013 года о защите прав трудовых мигрантов из Кыргызстана, по темам, со "
              "свидетельствами принятых с тех пор мер: что произошло, когда, кем и источник.",
        "ky": "Кыргызстандык эмгек мигранттарынын укуктарын коргоо боюнча 2012-жылкы "
              "изилдөө семинарынын жана 2013-жылкы тегерек үстөлдүн бардык сунуштары, темалар "
              "боюнча, андан бери көрүлгөн чаралардын далилдери менен: эмне болду, качан, ким "
              "тарабынан жана булагы."},
    "rec.asof_latest": {
        "en": "Status as of the latest evidence ({year}). Pick a year above to see the status "
              "as it stood then.",
        "ru": "Статус по последним свидетельствам ({year}). Выберите год выше, чтобы увидеть "
              "статус на тот момент.",
        "ky": "Акыркы далилдер боюнча абалы ({year}). Ошол кездеги абалын көрүү үчүн жогоруда "
              "жылды тандаңыз."},
    "rec.asof_year": {
        "en": "Status as of {year}: only evidence dated {year} or earlier counts.",
        "ru": "Статус на {year} год: учитываются только свидетельства за {year} год и ранее.",
        "ky": "{year}-жылга карата абалы: {year}-жылга чейинки жана ошол жылдагы далилдер "
              "гана эсептелет."},
    "rec.rule_title": {"en": "How coverage is computed", "ru": "Как рассчитывается охват",
                       "ky": "Камтуу кантип эсептелет"},
    "rec.rule.1": {
        "en": "Each recommendation has evidence rows: a dated event, the actor, a status and a "
              "source. As of a year, only rows of that year or earlier count; a row whose year "
              "is not known counts as of any year.",
        "ru": "У каждой рекомендации есть строки свидетельств: событие с датой, исполнитель, "
              "статус и источник. На выбранный год учитываются только строки этого года и "
              "раньше; строка с неизвестным годом учитывается для любого года.",
        "ky": "Ар бир сунуштун далил саптары бар: датасы менен окуя, аткаруучу, абалы жана "
              "булагы. Тандалган жылга карата ошол жылдын жана андан мурунку саптар гана "
              "эсептелет; жылы белгисиз сап каалаган жыл үчүн эсептелет."},
    "rec.rule.2": {
        "en": "The status is the most advanced one among those rows: no evidence < in progress "
              "< partly done < done.",
        "ru": "Статус — самый продвинутый среди этих строк: нет свидетельств < в процессе < "
              "частично выполнено < выполнено.",
        "ky": "Абалы — ошол саптардын эң алдыңкысы: далил жок < аткарылууда < жарым-жартылай "
              "аткарылды < аткарылды."},
    "rec.rule.3": {
        "en": "“Superseded” (the recommendation lapsed, e.g. the rule it targeted was "
              "abolished) stands apart: it applies only if it is the latest dated event.",
        "ru": "«Утратило актуальность» (например, отменено правило, против которого была "
              "направлена рекомендация) — особый статус: он действует, только если это "
              "последнее датированное событие.",
        "ky": "«Актуалдуулугун жоготту» (мисалы, сунуш багытталган эреже жокко чыгарылган) — "
              "өзүнчө абал: ал акыркы датасы бар окуя болгондо гана колдонулат."},
    "rec.rule.4": {
        "en": "No evidence row (or only rows saying nothing was found): “no evidence”. This "
              "means none was found, not that nothing was done.",
        "ru": "Нет строк свидетельств (или только строки о том, что ничего не найдено): «нет "
              "свидетельств». Это значит, что их не нашли, а не что ничего не сделано.",
        "ky": "Далил сабы жок (же эч нерсе табылган жок деген саптар гана): «далил жок». Бул "
              "эч нерсе жасалган жок дегенди эмес, далил табылган жок дегенди билдирет."},
    "rec.rule.5": {
        "en": "A recommendation with sub-items has no status of its own: its sub-items are "
              "shown and counted one by one, and it is summarised by their counts.",
        "ru": "У рекомендации с подпунктами нет собственного статуса: подпункты показаны и "
              "посчитаны по отдельности, а сама она сводится к их числу по статусам.",
        "ky": "Пункчалары бар сунуштун өз абалы жок: пункчалары өзүнчө көрсөтүлүп, "
              "эсептелет, ал эми сунуш алардын абалдар боюнча санына жалпыланат."},
    "rec.legend": {"en": "Statuses:", "ru": "Статусы:", "ky": "Абалдар:"},
    "rec.status": {"en": "Status", "ru": "Статус", "ky": "Абалы"},
    "rec.status.no_evidence": {"en": "no evidence", "ru": "нет свидетельств",
                               "ky": "далил жок"},
    "rec.status.in_progress": {"en": "in progress", "ru": "в процессе", "ky": "аткарылууда"},
    "rec.status.partly_done": {"en": "partly done", "ru": "частично выполнено",
                               "ky": "жарым-жартылай аткарылды"},
    "rec.status.done": {"en": "done", "ru": "выполнено", "ky": "аткарылды"},
    "rec.status.superseded": {"en": "superseded", "ru": "утратило актуальность",
                              "ky": "актуалдуулугун жоготту"},
    "rec.theme.migration_policy": {"en": "Migration policy", "ru": "Миграционная политика",
                                   "ky": "Миграциялык саясат"},
    "rec.theme.social_protection": {"en": "Social protection", "ru": "Социальная защита",
                                    "ky": "Социалдык коргоо"},
    "rec.theme.consular_protection": {"en": "Consular protection", "ru": "Консульская защита",
                                      "ky": "Консулдук коргоо"},
    "rec.theme.diaspora_business": {"en": "Diaspora and business", "ru": "Диаспора и бизнес",
                                    "ky": "Диаспора жана бизнес"},
    "rec.theme.coalition_awareness": {"en": "Coalitions and awareness",
                                      "ru": "Коалиции и информирование",
                                      "ky": "Коалициялар жана маалымдуулук"},
    "rec.theme.international_support": {"en": "International support",
                                        "ru": "Международная поддержка",
                                        "ky": "Эл аралык колдоо"},
    "rec.theme.data_research": {"en": "Data and research", "ru": "Данные и исследования",
                                "ky": "Маалымат жана изилдөө"},
    "rec.theme.recruitment_predeparture": {"en": "Recruitment and pre-departure",
                                           "ru": "Оргнабор и подготовка к выезду",
                                           "ky": "Уюшкан жалдоо жана жолго даярдоо"},
    "rec.theme.rights_legal": {"en": "Rights and legal aid", "ru": "Права и юридическая помощь",
                               "ky": "Укуктар жана юридикалык жардам"},
    "rec.theme.remittances_investment": {"en": "Remittances and investment",
                                         "ru": "Денежные переводы и инвестиции",
                                         "ky": "Акча которуулар жана инвестициялар"},
    "rec.theme.institutions": {"en": "Institutions", "ru": "Институты", "ky": "Институттар"},
    "rec.report.tspc2012": {"en": "2012 workshop", "ru": "Семинар 2012 г.",
                            "ky": "2012-жылкы семинар"},
    "rec.report.tspc2013": {"en": "2013 roundtable", "ru": "Круглый стол 2013 г.",
                            "ky": "2013-жылкы тегерек үстөл"},
    "rec.bars_title": {"en": "Recommendations by theme and status, as of {year}",
                       "ru": "Рекомендации по темам и статусам на {year} год",
                       "ky": "Сунуштар темалар жана абалдар боюнча, {year}-жылга карата"},
    "rec.axis_count": {"en": "Number of recommendations", "ru": "Число рекомендаций",
                       "ky": "Сунуштардын саны"},
    "rec.bars_summary": {
        "en": "As of {year}, of {n} recommendations: {done} done, {partly} partly done, "
              "{progress} in progress, {superseded} superseded, and {none} with no evidence "
              "found.",
        "ru": "На {year} год из {n} рекомендаций: {done} выполнено, {partly} частично "
              "выполнено, {progress} в процессе, {superseded} утратили актуальность, по {none} "
              "свидетельств не найдено.",
        "ky": "{year}-жылга карата {n} сунуштун: {done} аткарылды, {partly} жарым-жартылай "
              "аткарылды, {progress} аткарылууда, {superseded} актуалдуулугун жоготту, {none} "
              "боюнча далил табылган жок."},
    "rec.bars_hint": {
        "en": "Click a bar to show that theme in the grid and the list below.",
        "ru": "Нажмите на полосу, чтобы показать эту тему в таблице и списке ниже.",
        "ky": "Тилкени бассаңыз, ошол тема төмөнкү торчодо жана тизмеде көрсөтүлөт."},
    "rec.grid_title": {"en": "Status of each recommendation, year by year",
                       "ru": "Статус каждой рекомендации по годам",
                       "ky": "Ар бир сунуштун абалы, жылдар боюнча"},
    "rec.grid_title_year": {
        "en": "Status of each recommendation, year by year ({year} outlined)",
        "ru": "Статус каждой рекомендации по годам ({year} год выделен)",
        "ky": "Ар бир сунуштун абалы, жылдар боюнча ({year}-жыл белгиленген)"},
    "rec.grid_hint": {
        "en": "Each row is a recommendation (↳ marks a sub-item), each column the status as of "
              "that year by the rule above; empty cells are years before its report. Click a "
              "cell to open the recommendation's evidence.",
        "ru": "Каждая строка — рекомендация (↳ — подпункт), каждый столбец — статус на этот "
              "год по правилу выше; пустые клетки — годы до выхода доклада. Нажмите на клетку, "
              "чтобы открыть свидетельства по рекомендации.",
        "ky": "Ар бир сап — сунуш (↳ — пункча), ар бир мамыча — жогорудагы эреже боюнча ошол "
              "жылга карата абалы; бош уячалар — баяндамага чейинки жылдар. Сунуштун "
              "далилдерин ачуу үчүн уячаны басыңыз."},
    "rec.grid_summary": {
        "en": "{moved} of these {n} recommendations changed status between {start} and {end}.",
        "ru": "{moved} из этих {n} рекомендаций изменили статус с {start} по {end} год.",
        "ky": "Бул {n} сунуштун {moved} абалы {start}–{end}-жылдар аралыгында өзгөрдү."},
    "rec.not_yet": {"en": "not yet made (report of {year})", "ru": "ещё не дана (доклад {year} г.)",
                    "ky": "азырынча берилген эмес ({year}-жылкы баяндама)"},
    "rec.none_selected": {
        "en": "No recommendation matches this selection.",
        "ru": "Ни одна рекомендация не соответствует этому выбору.",
        "ky": "Бул тандоого бир да сунуш туура келбейт."},
    "rec.before_reports": {
        "en": "The reports date from 2012 and 2013: as of {year} no recommendation had been "
              "made yet.",
        "ru": "Доклады вышли в 2012 и 2013 годах: на {year} год рекомендаций ещё не было.",
        "ky": "Баяндамалар 2012 жана 2013-жылдары чыккан: {year}-жылга карата сунуштар али "
              "берилген эмес."},
    "rec.not_yet_note": {
        "en": "As of {year}, the {n} recommendations of the later report had not been made "
              "yet: they are left out.",
        "ru": "На {year} год {n} рекомендаций более позднего доклада ещё не были даны: они не "
              "показаны.",
        "ky": "{year}-жылга карата кийинки баяндаманын {n} сунушу али берилген эмес: алар "
              "көрсөтүлгөн жок."},
    "rec.sector_note": {
        "en": "Sector “{sector}”: {n} recommendations concern it. Naming this sector "
              "explicitly: {explicit}; the other {all} apply to all sectors and are included.",
        "ru": "Отрасль «{sector}»: её касаются {n} рекомендаций. Прямо называют эту отрасль: "
              "{explicit}; остальные {all} относятся ко всем отраслям и тоже показаны.",
        "ky": "«{sector}» тармагы: ага {n} сунуш тиешелүү. Бул тармакты түз атагандар: "
              "{explicit}; калган {all} бардык тармактарга тиешелүү жана алар да "
              "көрсөтүлдү."},
    "rec.sector_note_none": {
        "en": "Sector “{sector}”: no recommendation names this sector. The {all} that apply "
              "to all sectors are shown.",
        "ru": "Отрасль «{sector}»: ни одна рекомендация не называет эту отрасль. Показаны "
              "{all} рекомендаций, относящихся ко всем отраслям.",
        "ky": "«{sector}» тармагы: бир да сунуш бул тармакты атабайт. Бардык тармактарга "
              "тиешелүү {all} сунуш көрсөтүлдү."},
    "rec.gender_note": {
        "en": "Gender “{gender}”: the reports' recommendations concern women and men alike, "
              "except {specific} marked gender-specific (the data do not say which gender). "
              "All are shown: the gender-specific ones first in each theme, then the {general} "
              "general ones. Counts are the same as with no gender filter.",
        "ru": "Пол «{gender}»: рекомендации докладов касаются женщин и мужчин одинаково, "
              "кроме {specific}, отмеченных как гендерно-специфические (в данных не указано, "
              "какого пола). Показаны все: сначала гендерно-специфические в каждой теме, затем "
              "{general} общих. Числа те же, что и без фильтра по полу.",
        "ky": "Жынысы «{gender}»: баяндамалардын сунуштары аялдарга да, эркектерге да "
              "бирдей тиешелүү, гендердик өзгөчө деп белгиленген {specific} сунуштан башкасы "
              "(маалыматта кайсы жынысы экени көрсөтүлгөн эмес). Баары көрсөтүлдү: ар бир "
              "темада адегенде гендердик өзгөчө сунуштар, андан кийин {general} жалпы сунуш. "
              "Сандар жыныс чыпкасы жок учурдагыдай эле."},
    "rec.gender_specific": {"en": "gender-specific", "ru": "гендерно-специфическая",
                            "ky": "гендердик өзгөчө"},
    "rec.theme_select": {"en": "Theme", "ru": "Тема", "ky": "Тема"},
    "rec.theme_all": {"en": "All themes", "ru": "Все темы", "ky": "Бардык темалар"},
    "rec.rec_select": {"en": "Recommendation", "ru": "Рекомендация", "ky": "Сунуш"},
    "rec.rec_placeholder": {"en": "Choose a recommendation to see its evidence",
                            "ru": "Выберите рекомендацию, чтобы увидеть свидетельства",
                            "ky": "Далилдерин көрүү үчүн сунушту тандаңыз"},
    "rec.detail_title": {"en": "Recommendation and its evidence",
                         "ru": "Рекомендация и свидетельства",
                         "ky": "Сунуш жана анын далилдери"},
    "rec.detail_empty": {
        "en": "Choose a recommendation (from the menu, a cell of the grid or an id in the list) "
              "to see here the events that cover it and their sources.",
        "ru": "Выберите рекомендацию (в меню, в клетке таблицы или по номеру в списке), чтобы "
              "увидеть здесь события по ней и их источники.",
        "ky": "Сунушту тандаңыз (менюдан, торчонун уячасынан же тизмедеги номерден), ошондо "
              "бул жерде ага тиешелүү окуялар жана алардын булактары көрүнөт."},
    "rec.detail_not_yet": {
        "en": "As of {year} this recommendation had not been made yet (report of {made}).",
        "ru": "На {year} год эта рекомендация ещё не была дана (доклад {made} г.).",
        "ky": "{year}-жылга карата бул сунуш али берилген эмес ({made}-жылкы баяндама)."},
    "rec.detail_outside": {
        "en": "This recommendation is outside the current selection (filters or theme); it is "
              "shown because the link names it.",
        "ru": "Эта рекомендация не входит в текущий выбор (фильтры или тема); она показана, "
              "потому что указана в ссылке.",
        "ky": "Бул сунуш учурдагы тандоого (чыпкалар же тема) кирбейт; шилтемеде аталгандыктан "
              "көрсөтүлдү."},
    "rec.part_of": {"en": "Sub-item of", "ru": "Подпункт", "ky": "Пункчасы"},
    "rec.sub_items": {"en": "{n} sub-items, as of {year}:", "ru": "{n} подпунктов на {year} год:",
                      "ky": "{n} пункча, {year}-жылга карата:"},
    "rec.status_as_of": {
        "en": "Status as of {year}: {status}, from {n} counted evidence rows.",
        "ru": "Статус на {year} год: {status}; учтено строк свидетельств: {n}.",
        "ky": "{year}-жылга карата абалы: {status}; эсептелген далил саптары: {n}."},
    "rec.evidence": {"en": "Evidence", "ru": "Свидетельства", "ky": "Далилдер"},
    "rec.no_events": {
        "en": "No evidence of action was found for this recommendation.",
        "ru": "Свидетельств мер по этой рекомендации не найдено.",
        "ky": "Бул сунуш боюнча көрүлгөн чаралардын далили табылган жок."},
    "rec.parent_no_events": {
        "en": "The evidence is recorded for each sub-item: open one of them above.",
        "ru": "Свидетельства записаны для каждого подпункта: откройте один из них выше.",
        "ky": "Далилдер ар бир пункча үчүн жазылган: жогорудан бирин ачыңыз."},
    "rec.after_year": {"en": "after {year}: not counted", "ru": "после {year} г.: не учтено",
                       "ky": "{year}-жылдан кийин: эсептелген жок"},
    "rec.year_unknown": {"en": "year not known", "ru": "год неизвестен", "ky": "жылы белгисиз"},
    "rec.col.id": {"en": "No.", "ru": "№", "ky": "№"},
    "rec.col.text": {"en": "Recommendation", "ru": "Рекомендация", "ky": "Сунуш"},
    "rec.col.status": {"en": "Status", "ru": "Статус", "ky": "Абалы"},
    "rec.col.actors": {"en": "Addressed to", "ru": "Адресаты", "ky": "Кимге багытталган"},
    "rec.col.report": {"en": "Report and section", "ru": "Доклад и раздел",
                       "ky": "Баяндама жана бөлүм"},
    "rec.col.theme": {"en": "Theme", "ru": "Тема", "ky": "Тема"},
    "rec.col.evidence": {"en": "Evidence (latest)", "ru": "Свидетельства (последнее)",
                         "ky": "Далилдер (акыркысы)"},
    "rec.col.year": {"en": "Year", "ru": "Год", "ky": "Жыл"},
    "rec.col.actor": {"en": "Actor", "ru": "Исполнитель", "ky": "Аткаруучу"},
    "rec.col.event": {"en": "What happened", "ru": "Что произошло", "ky": "Эмне болду"},
    "rec.col.source": {"en": "Source", "ru": "Источник", "ky": "Булак"},
    "rec.events_count": {"en": "events: {n}", "ru": "событий: {n}", "ky": "окуялар: {n}"},
    "rec.details_link": {"en": "Show the evidence", "ru": "Показать свидетельства",
                         "ky": "Далилдерди көрсөтүү"},
    "rec.list_title": {"en": "All recommendations, status as of {year}",
                       "ru": "Все рекомендации, статус на {year} год",
                       "ky": "Бардык сунуштар, {year}-жылга карата абалы"},
    "rec.list_hint": {
        "en": "{n} rows, grouped by theme (open a theme to see its table); click a number to "
              "open the recommendation's evidence.",
        "ru": "{n} строк по темам (откройте тему, чтобы увидеть таблицу); нажмите на номер, "
              "чтобы открыть свидетельства по рекомендации.",
        "ky": "Темалар боюнча {n} сап (таблицаны көрүү үчүн теманы ачыңыз); сунуштун "
              "далилдерин ачуу үчүн номерди басыңыз."},
    "rec.english_note": {
        "en": "Recommendations, actors and events are quoted in English, the language of the "
              "reports and of most sources.",
        "ru": "Рекомендации, исполнители и события приведены на английском — языке докладов "
              "и большинства источников.",
        "ky": "Сунуштар, аткаруучулар жана окуялар баяндамалардын жана булактардын "
              "көпчүлүгүнүн тилинде — англис тилинде келтирилген."},
    "rec.evidence_sources": {"en": "Evidence: {n} sources, listed on the page",
                             "ru": "Свидетельства: {n} источников, перечисленных на странице",
                             "ky": "Далилдер: {n} булак, беттеги тизмеде"},
    "rec.all_sources": {"en": "All {n} sources of the recommendations and their evidence",
                        "ru": "Все {n} источников рекомендаций и свидетельств",
                        "ky": "Сунуштардын жана далилдердин бардык {n} булагы"},
    "rec.bad_param": {
        "en": "“{given}” is not a known {name}; it is ignored.",
        "ru": "«{given}» — неизвестное значение ({name}); оно не учтено.",
        "ky": "«{given}» — белгисиз маани ({name}); ал эске алынган жок."},
    "rec.param.theme": {"en": "theme", "ru": "тема", "ky": "тема"},
    "rec.param.rec": {"en": "recommendation", "ru": "рекомендация", "ky": "сунуш"},
}
