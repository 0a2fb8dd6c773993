"""The summary's catalogues in the other official languages: French, Spanish, Russian, Chinese
and Arabic, in the terms of the UN's own documents (UNTERM). Each has every field of UN English;
``tests/unit/test_report_languages.py`` fails on a field left in English. As in UN documents,
the masthead of the Russian, Chinese and Arabic versions stays in English ("Distr.: General")."""

from ..texts import ENGLISH, ReportTexts
from .arabic import ARABIC
from .chinese import CHINESE
from .french import FRENCH
from .russian import RUSSIAN
from .spanish import SPANISH

CATALOGUES: dict[str, ReportTexts] = {"en": ENGLISH, "fr": FRENCH, "es": SPANISH, "ru": RUSSIAN,
                                      "zh": CHINESE, "ar": ARABIC}
