import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportError } from "../../app/importExport";
import { ImportErrorBox } from "./ImportMessages";

export interface PendingFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** File.type: a text file labelled image/png is refused as not an image. */
  readonly mimeType?: string;
}

interface Props {
  readonly error?: ImportError | undefined;
  readonly onFile: (file: PendingFile) => void;
  readonly onCancel: () => void;
}

/** First step: a file picker, the drop hint, and a box to paste names; the last error if any. */
export function PickStep({ error, onFile, onCancel }: Props) {
  const { t } = useTranslation("io");
  const [pasted, setPasted] = useState("");
  const pick = async (f: File | undefined) => {
    if (f) onFile({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()), mimeType: f.type });
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
