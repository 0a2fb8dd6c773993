"""Window state and preferences, each declared once with its default (stored with QSettings)."""

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self, settings: QSettings) -> T:
        value: Any = settings.value(self.key, self.default)
        kind: Any = type(self.default)
        if kind is bool and isinstance(value, str):
            return cast(T, value.lower() == "true")
        if kind in (int, float) and not isinstance(value, kind):
            try:
                return cast(T, kind(value))
            except (TypeError, ValueError):
                return self.default
        return cast(T, value)

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
MAIN_SPLITTER = Setting("window/main_splitter", QByteArray())
LEFT_SPLITTER = Setting("window/left_splitter", QByteArray())
LAST_SESSION = Setting("session/last", "")
SOUND_CUES = Setting("console/sound_cues", False)  # beep at the speaker's target and limit
ONLY_PRESENT = Setting("console/only_present", False)  # adding a speaker offers only those present
PRESENTER_SCREEN = Setting("console/presenter_screen", "")  # name of the chosen screen; "" = automatic
LANGUAGE = Setting("view/language", "")  # the window's language: ar, zh, en, fr, ru, es; "" = the system's
FLASH_OVER = Setting("console/flash_over", True)  # past the limit the clock's background flashes
