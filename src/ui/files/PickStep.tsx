import { useState } from "react";
import { useTranslation } from "react-i18next";
import { readPickedFile, type ImportError, type PendingFile } from "../../app/importExport";
import { ImportErrorBox } from "./ImportMessages";

export type { PendingFile };

interface Props {
  readonly error?: ImportError | undefined;
  readonly onFile: (file: PendingFile) => void;
  /** A file refused before it was read (too large). */
  readonly onRefused: (error: ImportError) => void;
  readonly onCancel: () => void;
}

/** First step: a file picker, the drop hint, and a box to paste names; the last error if any. */
export function PickStep({ error, onFile, onRefused, onCancel }: Props) {
  const { t } = useTranslation("io");
  const [pasted, setPasted] = useState("");
  const pick = async (f: File | undefined) => {
    if (!f) return;
    const read = await readPickedFile(f);
    if (read.ok) onFile(read.value);
    else onRefused(read.error);
  };
  return (
    <div>
      <p className="dialog-desc">{t("import.intro")}</p>
      {error && <ImportErrorBox error={error} />}
      <p className="small muted">{t("import.formats")}</p>
      <label className="io-section inline-row">
        <span className="visually-hidden">{t("import.choose")}</span>
        <input
          type="file"
          accept=".json,.csv,.tsv,.txt,.vcf,.gexf,.graphml,.xml,.svg,.png"
          onChange={(e) => void pick(e.target.files?.[0])}
          data-autofocus
        />
      </label>
      <p className="small muted">{t("import.dropHint")}</p>
      <label className="io-section name-field">
        <span>{t("import.pasteLabel")}</span>
        <textarea
          className="io-paste"
          value={pasted}
          placeholder={t("import.pastePlaceholder")}
          onChange={(e) => setPasted(e.target.value)}
        />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t("import.cancel")}
        </button>
        <button
          type="button"
          className="primary"
          disabled={pasted.trim() === ""}
          onClick={() => onFile({ name: "names.txt", bytes: new TextEncoder().encode(pasted) })}
        >
          {t("import.pasteSubmit")}
        </button>
      </div>
    </div>
  );
}
