import { useTranslation } from "react-i18next";
import { saveLanguagePreference } from "../app/persistence/preferences";
import { LANGUAGES, type Language } from "../i18n";
import { LANGUAGE_KEY } from "../i18n/keys";

/**
 * One button naming the other language in that language ("日本語" while the app is in English,
 * "English" while it is in Japanese): a reader of either finds it, and the header keeps one row.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = (lang: Language) => {
    void i18n.changeLanguage(lang);
    saveLanguagePreference(lang);
  };
  const others = LANGUAGES.filter((lang) => i18n.language !== lang);
  return (
    <div className="language-switch" role="group" aria-label={t("language")}>
      {others.map((lang) => (
        <button key={lang} type="button" lang={lang} onClick={() => change(lang)}>
          {t(LANGUAGE_KEY[lang])}
        </button>
      ))}
    </div>
  );
}
