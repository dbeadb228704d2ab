import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { buildBackup, downloadBackup, passphraseStrength, type BackupScope } from "../../app/backup";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { blockComposingEnter } from "../imeEnter";
import { usePersistence, usePersistenceController } from "../maps/usePersistence";
import { PassphraseField } from "./PassphraseField";

/** Passphrase twice, then the open map or all saved maps sealed into one download. */
export function ExportBackupForm() {
  const { t } = useTranslation("backup");
  const store = useMapStoreApi();
  const controller = usePersistenceController();
  const title = useMap((s) => s.doc.title);
  const openId = useMap((s) => s.doc.id);
  const count = usePersistence((s) => new Set([openId, ...s.maps.filter((m) => !m.unreadable).map((m) => m.id)]).size);
  const [scope, setScope] = useState<BackupScope>("all");
  const [first, setFirst] = useState("");
  const [second, setSecond] = useState("");
  const [shown, setShown] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const tooShort = passphraseStrength(first) === "empty" || passphraseStrength(first) === "tooShort";
  const mismatch = first !== second;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setStatus(null);
    setFailure(null);
    if (tooShort || mismatch || busy) return;
    setBusy(true);
    void buildBackup(store, controller, scope, first)
      .then((built) => {
        if (!built.ok) return setFailure(t("export.readFailed", { detail: built.error.detail ?? built.error.kind }));
        downloadBackup(built.value);
        const left = built.value.unreadable;
        const done = t("export.done", { file: built.value.fileName, count: built.value.titles.length });
        setStatus(left.length ? `${done} ${t("export.unreadable", { titles: left.join(", ") })}` : done);
      })
      .finally(() => setBusy(false));
  };

  return (
    <form className="backup-form" onSubmit={submit} onKeyDown={blockComposingEnter} aria-label={t("export.title")}>
      <fieldset>
        <legend>{t("export.scope")}</legend>
        <label>
          <input type="radio" name="scope" checked={scope === "all"} onChange={() => setScope("all")} />
          {t("export.scopeAll", { count })}
        </label>
        <label>
          <input type="radio" name="scope" checked={scope === "open"} onChange={() => setScope("open")} />
          {t("export.scopeOpen", { title })}
        </label>
      </fieldset>
      <PassphraseField
        label={t("passphrase")}
        value={first}
        onChange={setFirst}
        shown={shown}
        hint
        autoFocus
        error={tried && tooShort ? t("strength.tooShort", { count: [...first].length }) : null}
      />
      <PassphraseField
        label={t("repeat")}
        value={second}
        onChange={setSecond}
        shown={shown}
        error={tried && !tooShort && mismatch ? t("export.mismatch") : null}
      />
      <label className="backup-show">
        <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
        {t("show")}
      </label>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t("export.submit")}
        </button>
      </div>
      <p role="status" className="backup-status">
        {busy ? t("export.working") : status}
      </p>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </form>
  );
}
