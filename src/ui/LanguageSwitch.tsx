import { useTranslation } from "react-i18next";
import { saveLanguagePreference } from "../app/persistence/preferences";
import { LANGUAGES, type Language } from "../i18n";
import { LANGUAGE_KEY } from "../i18n/keys";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = (lang: Language) => {
    void i18n.changeLanguage(lang);
    saveLanguagePreference(lang);
  };
  return (
    <div className="language-switch" role="group" aria-label={t("language")}>
      {LANGUAGES.map((lang) => (
        <button key={lang} type="button" aria-pressed={i18n.language === lang} lang={lang} onClick={() => change(lang)}>
          {t(LANGUAGE_KEY[lang])}
        </button>
      ))}
    </div>
  );
}
