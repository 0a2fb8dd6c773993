"""The browser view's words, one table per language of the six: the presenter display's own
words, as its translations (``resources/translations/*.ts``) have them, so a phone in the room
reads what the presenter display shows. ``SOURCES`` names the text each word translates (its
context and English source there); ``tests/unit/test_presenter_words.py`` checks every table
against the translation files. Only "Connecting…" is the page's own.

No Qt here: the page is served by the link, below ``ui/``.
"""

SOURCES: dict[str, tuple[str, str]] = {
    "title": ("PresenterDisplay", "Presenter display \u2014 Roundtable Desktop"),
    "starts_in": ("PresenterDisplay", "Starts in"),
    "about_to_begin": ("PresenterDisplay", "About to begin"),
    "planned_start": ("PresenterDisplay", "Planned start: {when}"),
    "first": ("PresenterDisplay", "First: {name}"),
    "next": ("PresenterDisplay", "Next: {name}"),
    "end_of_meeting": ("PresenterDisplay", "End of the meeting"),
    "ended_at": ("PresenterDisplay", "Ended at {time}"),
    "nobody_speaking": ("SpeakerClockDisplay", "Nobody is speaking"),
    "speaks": ("Console", "Speaks {language}"),
    "link_lost": ("LiveLinkActions", "Link lost since {time}; trying again\u2026"),
    "language_ar": ("Language", "Arabic"),
    "language_zh": ("Language", "Chinese"),
    "language_en": ("Language", "English"),
    "language_fr": ("Language", "French"),
    "language_ru": ("Language", "Russian"),
    "language_es": ("Language", "Spanish"),
}
PAGE_ONLY = {"connecting": "Connecting\u2026"}  # the page's own words, not the window's

WORDS: dict[str, dict[str, str]] = {
    "en": {**{key: english for key, (_context, english) in SOURCES.items()}, **PAGE_ONLY},
    "ar": {
        "title": "شاشة المتكلمين — Roundtable Desktop",
        "starts_in": "يبدأ بعد",
        "about_to_begin": "على وشك البدء",
        "planned_start": "موعد البدء المقرر: {when}",
        "first": "المتكلم الأول: {name}",
        "next": "التالي: {name}",
        "end_of_meeting": "نهاية الاجتماع",
        "ended_at": "انتهى في {time}",
        "nobody_speaking": "لا أحد يتكلم",
        "speaks": "يتكلم بـ{language}",
        "link_lost": "انقطع الاتصال منذ {time}؛ جارٍ إعادة المحاولة…",
        "language_ar": "العربية",
        "language_zh": "الصينية",
        "language_en": "الإنكليزية",
        "language_fr": "الفرنسية",
        "language_ru": "الروسية",
        "language_es": "الإسبانية",
        "connecting": "جارٍ الاتصال…",
    },
    "zh": {
        "title": "演讲者显示屏 — Roundtable Desktop",
        "starts_in": "距开始还有",
        "about_to_begin": "即将开始",
        "planned_start": "计划开始时间：{when}",
        "first": "第一位发言者：{name}",
        "next": "下一位：{name}",
        "end_of_meeting": "会议结束",
        "ended_at": "结束于 {time}",
        "nobody_speaking": "无人发言",
        "speaks": "使用{language}发言",
        "link_lost": "自{time}起连接中断；正在重试…",
        "language_ar": "阿拉伯文",
        "language_zh": "中文",
        "language_en": "英文",
        "language_fr": "法文",
        "language_ru": "俄文",
        "language_es": "西班牙文",
        "connecting": "正在连接…",
    },
    "fr": {
        "title": "Affichage pour les orateurs — Roundtable Desktop",
        "starts_in": "Début dans",
        "about_to_begin": "Va commencer",
        "planned_start": "Début prévu : {when}",
        "first": "Premier orateur : {name}",
        "next": "Suivant : {name}",
        "end_of_meeting": "Fin de la réunion",
        "ended_at": "Terminée à {time}",
        "nobody_speaking": "Personne n’a la parole",
        "speaks": "Parle en {language}",
        "link_lost": "Liaison perdue depuis {time} ; nouvelle tentative…",
        "language_ar": "arabe",
        "language_zh": "chinois",
        "language_en": "anglais",
        "language_fr": "français",
        "language_ru": "russe",
        "language_es": "espagnol",
        "connecting": "Connexion…",
    },
    "ru": {
        "title": "Экран для ораторов — Roundtable Desktop",
        "starts_in": "Начало через",
        "about_to_begin": "Скоро начнется",
        "planned_start": "Плановое начало: {when}",
        "first": "Первый оратор: {name}",
        "next": "Следующий: {name}",
        "end_of_meeting": "Окончание мероприятия",
        "ended_at": "Завершено в {time}",
        "nobody_speaking": "Никто не выступает",
        "speaks": "Язык выступления: {language}",
        "link_lost": "Связь потеряна с {time}; повторная попытка…",
        "language_ar": "арабский",
        "language_zh": "китайский",
        "language_en": "английский",
        "language_fr": "французский",
        "language_ru": "русский",
        "language_es": "испанский",
        "connecting": "Подключение…",
    },
    "es": {
        "title": "Pantalla para los oradores — Roundtable Desktop",
        "starts_in": "Comienza en",
        "about_to_begin": "Está por comenzar",
        "planned_start": "Inicio previsto: {when}",
        "first": "Primer orador: {name}",
        "next": "Siguiente: {name}",
        "end_of_meeting": "Fin de la reunión",
        "ended_at": "Terminada a las {time}",
        "nobody_speaking": "Nadie tiene la palabra",
        "speaks": "Habla en {language}",
        "link_lost": "Enlace perdido desde las {time}; reintentando…",
        "language_ar": "árabe",
        "language_zh": "chino",
        "language_en": "inglés",
        "language_fr": "francés",
        "language_ru": "ruso",
        "language_es": "español",
        "connecting": "Conectando…",
    },
}


def words(language: str) -> dict[str, str]:
    """The table of ``language`` (a code of the six); English for any other."""
    return WORDS.get(language, WORDS["en"])


def _one_of_the_six(code: str) -> str:
    """``fr`` for "fr", "fr-CA", "FR_fr"; ``zh`` for "zh-Hans-CN"; ``""`` for any other."""
    base = code.strip().replace("_", "-").split("-")[0].lower()
    return base if base in WORDS else ""


def asked_languages(accept_language: str) -> list[str]:
    """The languages of an Accept-Language header, most wanted first (``q=0`` left out)."""
    wanted: list[tuple[float, int, str]] = []
    for order, item in enumerate(accept_language.split(",")[:50]):
        code, _, parameters = item.partition(";")
        weight = 1.0
        name, _, value = parameters.strip().partition("=")
        if name.strip() == "q":
            try:
                weight = float(value)
            except ValueError:
                weight = 0.0
        if code.strip() and weight > 0:
            wanted.append((-weight, order, code.strip()))
    return [code for _weight, _order, code in sorted(wanted)]


def page_language(asked: str, accept_language: str, meeting_language: str) -> str:
    """The page's language: the one asked in the address (``?lang=fr``), else the first of the
    six the browser asks for (Accept-Language), else the meeting's document language, else
    English."""
    for code in (asked, *asked_languages(accept_language), meeting_language):
        if _one_of_the_six(code):
            return _one_of_the_six(code)
    return "en"
