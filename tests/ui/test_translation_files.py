"""The translation sources: one per language, read from the code by lupdate, compiled by lrelease
at build time or, for an installed wheel, at first use into the user's cache."""

import re
import shutil
import xml.etree.ElementTree as ET

from PySide6.QtCore import QTranslator

from roundtable_desktop.domain.languages import LANGUAGES, first_supported, language
from roundtable_desktop.ui import translations
from tests.conftest import ROOT

FOLDER = ROOT / "resources" / "translations"


def messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source")


def test_one_translation_source_per_language_but_english():
    names = sorted(path.name for path in FOLDER.glob("*.ts"))
    assert names == sorted(f"roundtable_{lang.translation}.ts" for lang in LANGUAGES if lang.code != "en")


def test_the_labels_of_the_domain_are_extracted_in_their_vocabulary_context():
    found = set(messages(FOLDER / "roundtable_fr.ts"))
    assert ("NoteKind", "Follow-up action") in found
    assert ("RequestType", "Point of order") in found
    assert ("Role", "Member state") in found
    assert ("SDG", "Quality education") in found


def test_a_translation_without_its_built_file_is_compiled_into_the_cache(tmp_path, monkeypatch):
    shipped = tmp_path / "resources"
    shipped.mkdir()
    shutil.copy(FOLDER / "roundtable_fr.ts", shipped)
    cache = tmp_path / "cache"
    monkeypatch.setattr(translations, "translations_dir", lambda: shipped)
    monkeypatch.setattr(translations, "cache_dir", lambda: cache)
    compiled = translations.compiled_file(language("fr"))
    assert compiled is not None and compiled.parent == cache
    assert QTranslator().load(str(compiled))
    assert translations.compiled_file(language("fr")) == compiled  # compiled once
    (shipped / "roundtable_fr.ts").write_text(
        (FOLDER / "roundtable_fr.ts").read_text(encoding="utf-8").replace("Point of order", "Point"),
        encoding="utf-8")
    assert translations.compiled_file(language("fr")) != compiled  # an updated source again


def test_a_language_with_no_translation_file_is_none_not_an_error(tmp_path, monkeypatch):
    monkeypatch.setattr(translations, "translations_dir", lambda: tmp_path)
    assert translations.compiled_file(language("ru")) is None


def test_the_system_language_is_the_first_of_the_six_the_user_prefers():
    assert first_supported(["de-CH", "fr-CH", "en"]).code == "fr"
    assert first_supported(["zh-Hans-CN"]).translation == "zh_CN"
    assert first_supported(["ar-EG"]).right_to_left
    assert first_supported(["de", "it"]).code == "en"
    assert language("es_MX").code == "es"


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n|<[^<>]+>")


def messages_of(path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_translation_is_finished_and_keeps_the_placeholders_of_its_source():
    for path in sorted(FOLDER.glob("*.ts")):
        for context, message in messages_of(path):
            source, translation = message.findtext("source"), message.find("translation")
            assert translation.get("type") is None, (path.name, context, source)
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            for form in forms:
                assert form.strip(), (path.name, source)
                if message.get("numerus") != "yes":
                    assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), \
                        (path.name, source, form)


def test_the_un_terms():
    expected = {"fr": "Motion d’ordre", "es": "Cuestión de orden",
                "ru": "Выступление по порядку ведения заседания", "zh_CN": "程序问题", "ar": "نقطة نظام"}
    for code, term in expected.items():
        found = {(context, message.findtext("source")): message.findtext("translation")
                 for context, message in messages_of(FOLDER / f"roundtable_{code}.ts")}
        assert found[("RequestType", "Point of order")] == term
        assert found[("Role", "Member state")] in {"État Membre", "Estado Miembro", "Государство-член",
                                                     "会员国", "دولة عضو"}


def test_the_window_reads_french_from_the_compiled_translation(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from roundtable_desktop.ui.language import LanguageSwitcher

    switcher = LanguageSwitcher.of()
    try:
        switcher.use(language("fr"))
        QApplication.processEvents()
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[:3] == ["&Fichier", "É&dition", "&Réunion"]
        switcher.use(language("zh"))
        QApplication.processEvents()
        assert window.menuBar().actions()[0].text() == "文件(&F)"
    finally:
        switcher.use(language("en"))
        QApplication.processEvents()
