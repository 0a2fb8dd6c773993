"""The window's language: the translators, the switch at run time, right to left for Arabic.

One translator is installed in the application for its whole life: it answers from the chosen
language's ``.qm`` and Qt's own ``qtbase_*.qm``, and remembers which source text (and context)
each text it gave came from. Switching language swaps what it answers from and sends one
``LanguageChange``: every widget then gets its texts from the new language (see
:mod:`.retranslate`), and areas that compose texts from data rebuild them on that event.
"""

import logging
import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ..domain.languages import SOURCE_LANGUAGE, Language, first_supported, language, list_separator
from .translations import compiled_file, qt_file

log = logging.getLogger(__name__)


class Origin:
    """Where a text shown came from: its source text, the contexts it was asked in, its plural."""

    __slots__ = ("source", "contexts", "disambiguation", "n", "plain")

    def __init__(self, source: str, disambiguation: str | None, n: int, plain: bool = False) -> None:
        self.source = source
        self.contexts: list[str] = []
        self.disambiguation = disambiguation
        self.n = n
        self.plain = plain  # shown without its mnemonic and "…" (a menu item's name in a tooltip)

    def translated(self) -> str:
        text = self._translated()
        return plain_form(text) if self.plain else text

    def _translated(self) -> str:
        for context in self.contexts:
            text = QCoreApplication.translate(context, self.source, self.disambiguation, self.n)
            if text != self.source:
                return text
        return QCoreApplication.translate(self.contexts[0], self.source, self.disambiguation, self.n)


MNEMONIC_AFTER = re.compile(r"\(&[^&\s]\)")  # "导出摘要(&E)…": the key named after the text


def plain_form(text: str) -> str:
    """"&Export summary…" as a tooltip names it: "Export summary" ("导出摘要(&E)…": "导出摘要")."""
    text = MNEMONIC_AFTER.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("\u2026")


class RecordingTranslator(QTranslator):
    """Answers from the current language's translators and remembers each text's origin."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.translators: list[QTranslator] = []
        self.origins: dict[str, list[Origin]] = {}

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        for translator in self.translators:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                self._remember(text, context, source, disambiguation, n)
                return text
        self._remember(source, context, source, disambiguation, n)
        return None  # not found: Qt asks the next context (PySide's base classes), then shows the source

    def _remember(self, text: str, context: str, source: str, disambiguation: str | None,
                  n: int) -> None:
        shown = text.replace("%n", str(n)) if n >= 0 else text
        self._add(shown, context, source, disambiguation, n, plain=False)
        plain = plain_form(shown)
        if plain != shown:
            self._add(plain, context, source, disambiguation, n, plain=True)

    def _add(self, shown: str, context: str, source: str, disambiguation: str | None, n: int,
             plain: bool) -> None:
        origins = self.origins.setdefault(shown, [])
        for origin in origins:
            if origin.source == source and origin.disambiguation == disambiguation and origin.n == n \
                    and origin.plain == plain:
                if context not in origin.contexts:
                    origin.contexts.append(context)
                return
        origin = Origin(source, disambiguation, n, plain)
        origin.contexts.append(context)
        origins.append(origin)

    def origin_of(self, shown: str, near: list[str]) -> Origin | None:
        """The origin of a text shown, preferring the one asked in the nearest context of ``near``
        (class names, the widget's own first): a dialog's title "Join a shared meeting" is its
        own text, not the menu item "&Join a shared meeting…" shown plain, though in English both
        were also asked in Qt's base classes (QObject…)."""
        origins = self.origins.get(shown)
        if not origins:
            return None
        rank = {name: index for index, name in reversed(list(enumerate(near)))}
        unranked = len(near)

        def distance(origin: Origin) -> tuple[int, bool]:
            return min((rank.get(context, unranked) for context in origin.contexts), default=unranked), \
                origin.plain

        nearest = min(origins, key=distance)
        return nearest if distance(nearest)[0] < unranked else origins[-1]


class LanguageSwitcher(QObject):
    """Installs the translator once; :meth:`use` switches the whole application's language."""

    def __init__(self, application: QCoreApplication) -> None:
        super().__init__(application)
        self.application = application
        self.recorder = RecordingTranslator(self)
        self.current = language(SOURCE_LANGUAGE)
        application.installTranslator(self.recorder)
        from .retranslate import Retranslator  # the walk over widgets needs this object

        self.retranslator = Retranslator(self.recorder)
        application.installEventFilter(self.retranslator)

    @classmethod
    def of(cls, application: QCoreApplication | None = None) -> "LanguageSwitcher":
        """The application's switcher, made at its first use."""
        application = application or QCoreApplication.instance()
        assert application is not None
        switcher = application.findChild(LanguageSwitcher)
        return switcher if isinstance(switcher, LanguageSwitcher) else cls(application)

    def use(self, chosen: Language, translators: list[QTranslator] | None = None) -> None:
        """Switch to ``chosen`` (``translators``: given by tests, e.g. a pseudo-translation)."""
        self.current = chosen
        self.recorder.translators = translators if translators is not None else self._load(chosen)
        QLocale.setDefault(QLocale(chosen.translation))
        if isinstance(self.application, QApplication):
            rtl = chosen.right_to_left
            self.application.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        QCoreApplication.sendEvent(self.application, QEvent(QEvent.Type.LanguageChange))

    def _load(self, chosen: Language) -> list[QTranslator]:
        files = [qt_file(chosen)]
        if chosen.code != SOURCE_LANGUAGE:  # the program's own texts are English already
            files.insert(0, compiled_file(chosen))
        translators = []
        for path in files:
            if path is None:
                continue
            translator = QTranslator(self)
            if translator.load(str(path)):
                translators.append(translator)
            else:
                log.warning("Cannot load the translation %s", path)
        return translators


def system_language() -> Language:
    """The first of the system's preferred languages that the program speaks, else English."""
    return first_supported(list(QLocale.system().uiLanguages()))


def chosen_language(code: str) -> Language:
    """The language remembered in the settings ("" = the system's)."""
    return language(code) if code else system_language()


def in_current_language(text: str) -> str:
    """A text kept since it was translated (a column's title), in the language chosen since."""
    application = QCoreApplication.instance()
    switcher = application.findChild(LanguageSwitcher) if application else None
    if not isinstance(switcher, LanguageSwitcher):
        return text
    origin = switcher.recorder.origin_of(text, [])
    return origin.translated() if origin else text


def listed(parts: Iterable[str]) -> str:
    """Texts one after the other as the window's language lists them: "a, b"; "a، b"; "a，b"."""
    return list_separator(window_language()).join(parts)


def window_language() -> str:
    """The window's language code (ar, zh, en, fr, ru, es): English before any is installed."""
    application = QCoreApplication.instance()
    switcher = application.findChild(LanguageSwitcher) if application else None
    return switcher.current.code if isinstance(switcher, LanguageSwitcher) else SOURCE_LANGUAGE
