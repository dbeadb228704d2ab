import { useTranslation } from "react-i18next";
import { importErrorMessage, importWarningMessage, type ImportError, type ImportedMap } from "../../app/importExport";

/** An import error in plain words, and the reassurance that nothing changed. */
export function ImportErrorBox({ error }: { error: ImportError }) {
  const { t } = useTranslation("io");
  const m = importErrorMessage(error);
  return (
    <div className="io-error" role="alert">
      <strong>{t("import.failedTitle")}</strong>
      <p>{t(m.key, m.params)}</p>
      <p className="small">{t("import.unchanged")}</p>
    </div>
  );
}

export function ImportWarnings({ warnings }: { warnings: ImportedMap["warnings"] }) {
  const { t } = useTranslation("io");
  if (warnings.length === 0) return null;
  const shown = warnings.slice(0, 8);
  return (
    <ul className="io-warnings">
      {shown.map((w, i) => {
        const m = importWarningMessage(w);
        return <li key={i}>{t(m.key, m.params)}</li>;
      })}
      {warnings.length > shown.length && <li>…</li>}
    </ul>
  );
}
