"""/present: the full-screen slides for conference presenters."""

STRINGS = {
    "present.title": {"en": "Presentation", "ru": "Презентация", "ky": "Презентация"},
    "present.controls": {"en": "Presentation controls", "ru": "Управление презентацией",
                         "ky": "Презентацияны башкаруу"},
    "present.prev": {"en": "Previous slide", "ru": "Предыдущий слайд",
                     "ky": "Мурунку слайд"},
    "present.next": {"en": "Next slide", "ru": "Следующий слайд", "ky": "Кийинки слайд"},
    "present.fullscreen": {"en": "Full screen", "ru": "Полный экран", "ky": "Толук экран"},
    "present.qr": {"en": "QR", "ru": "QR", "ky": "QR"},
    "present.hide": {"en": "Hide", "ru": "Скрыть", "ky": "Жашыруу"},
    "present.show": {"en": "Show controls (h)", "ru": "Показать панель (h)",
                     "ky": "Панелди көрсөтүү (h)"},
    "present.exit": {"en": "Exit", "ru": "Выход", "ky": "Чыгуу"},
    "present.language": {"en": "Language", "ru": "Язык", "ky": "Тил"},
    "present.keys": {
        "en": "→ Space: next · ←: back · Home/End · f: full screen · q: QR · h: hide",
        "ru": "→ пробел: далее · ←: назад · Home/End · f: полный экран · q: QR · h: скрыть",
        "ky": "→ боштук: кийинки · ←: артка · Home/End · f: толук экран · q: QR · h: жашыруу"},
    "present.slide": {"en": "Slide {n} of {total}: {title}",
                      "ru": "Слайд {n} из {total}: {title}",
                      "ky": "{total} слайддын {n}-слайды: {title}"},
    "present.scan": {
        "en": "Scan to open this chart on your phone, with its sources",
        "ru": "Отсканируйте, чтобы открыть этот график с источниками на телефоне",
        "ky": "Бул диаграмманы булактары менен телефондо ачуу үчүн сканерлеңиз"},
    "present.qr_title": {
        "en": "Explore the data yourself", "ru": "Изучите данные сами",
        "ky": "Маалыматты өзүңүз изилдеңиз"},
    "present.qr_text": {
        "en": "Scan the code to open this presentation, with these filters, on your phone. "
              "Every chart there has its sources, downloads and notes.",
        "ru": "Отсканируйте код, чтобы открыть эту презентацию с этими фильтрами на "
              "телефоне. У каждого графика там есть источники, загрузки и примечания.",
        "ky": "Бул презентацияны ушул чыпкалар менен телефондо ачуу үчүн кодду "
              "сканерлеңиз. Ал жердеги ар бир диаграмманын булактары, жүктөөлөрү жана "
              "эскертүүлөрү бар."},
    "present.qr_alt": {"en": "QR code of {url}", "ru": "QR-код адреса {url}",
                       "ky": "{url} дарегинин QR-коду"},
    "present.bad_slide": {"en": "slide", "ru": "слайд", "ky": "слайд"},
    "present.sources": {"en": "Sources", "ru": "Источники", "ky": "Булактар"},
    "present.more": {"en": "and {n} more", "ru": "и ещё {n}", "ky": "жана дагы {n}"},
}
