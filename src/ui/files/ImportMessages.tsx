import { useTranslation } from "react-i18next";
import {
  importErrorMessage,
  importWarningMessage,
  type ImportError,
  type ImportedMap,
  type OpenImportFailure,
} from "../../app/importExport";
import type { Key } from "../../i18n/keys";

/** Opening or merging an import that stopped after the review step. */
export type ConfirmFailure =
  OpenImportFailure | { readonly ok: false; readonly step: "merge"; readonly detail: string };

const OPEN_FAILED_KEY = {
  saveCurrent: "import.openFailed.saveCurrent",
  create: "import.openFailed.create",
  display: "import.openFailed.display",
  save: "import.openFailed.save",
} as const satisfies Record<OpenImportFailure["step"], Key<"io">>;

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

/** Why the reviewed import was not opened (or merged), and what is open now. */
export function ConfirmFailureBox({
  failure,
  file,
  openTitle,
  openSaved,
}: {
  failure: ConfirmFailure;
  file: string;
  openTitle: string;
  openSaved: boolean;
}) {
  const { t } = useTranslation("io");
  const problem = "problem" in failure ? failure.problem : null;
  const detail = failure.detail ?? problem?.detail ?? problem?.kind ?? "";
  const reason =
    problem?.kind === "quota" ? t("import.failReason.quota") : t("import.failReason.other", { detail: detail || "?" });
  const message =
    failure.step === "merge"
      ? t("import.mergeFailed", { detail })
      : t(OPEN_FAILED_KEY[failure.step], { file, detail, reason });
  return (
    <div className="io-error" role="alert">
      <strong>{t("import.openFailedTitle")}</strong>
      <p>{message}</p>
      <p className="small">{t(openSaved ? "import.keptSaved" : "import.kept", { title: openTitle })}</p>
    </div>
  );
}
