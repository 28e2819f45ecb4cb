"""The interface language: Qt translators for our catalogue and Qt's own dialogs, switchable at run time."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from .. import i18n
from ..paths import translations_dir

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


class LanguageManager:
    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.current = "en"

    def initial_language(self) -> str:
        """The saved choice, else the system locale (Chinese unless it is English)."""
        saved = QSettings().value("language")
        if saved in LANGUAGES:
            return saved
        return "en" if QLocale.system().name().startswith("en") else i18n.detect_language()

    def apply(self, language: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        i18n.set_language(language)
        ours_loaded = False
        if language != "en":
            ours = QTranslator()
            if ours.load(str(translations_dir() / f"{i18n.CATALOGUE_NAME}_{language}.qm")):
                app.installTranslator(ours)
                self._installed.append(ours)
                ours_loaded = True
            qt_own = QTranslator()  # standard dialogs and buttons (取消, 确定 ...)
            if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt_own)
                self._installed.append(qt_own)
        # With the compiled catalogue installed, every tr() goes through Qt; without it (no .qm built),
        # tr() reads the .ts source directly and the interface is still translated.
        i18n.use_translator((lambda text: QCoreApplication.translate("", text)) if ours_loaded else None)
        self.current = language
        QSettings().setValue("language", language)
