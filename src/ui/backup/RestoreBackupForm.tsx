import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { readBackupFile, restoreBackup, type BackupEnvelope, type RestoreError } from "../../app/backup";
import { blockComposingEnter } from "../imeEnter";
import { usePersistenceController } from "../maps/usePersistence";
import { restoreErrorText } from "./backupMessages";
import { PassphraseField } from "./PassphraseField";

/** Pick a backup file (checked at once), type its passphrase, restore all its maps or none. */
export function RestoreBackupForm() {
  const { t, i18n } = useTranslation("backup");
  const controller = usePersistenceController();
  const id = useId();
  const [envelope, setEnvelope] = useState<BackupEnvelope | null>(null);
  const [passphrase, setPassphrase] = useState("");
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const fail = (e: RestoreError) => setError(restoreErrorText(t, e));

  const pick = (file: File | undefined) => {
    setEnvelope(null);
    setError(null);
    setDone(null);
    if (!file) return;
    void readBackupFile(file).then((r) => (r.ok ? setEnvelope(r.value) : fail(r.error)));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    if (!envelope) return setError(t("restore.noFile"));
    if (busy) return;
    setBusy(true);
    void restoreBackup(controller, envelope, passphrase, (title) => t("restoredTitle", { title }))
      .then((r) => {
        if (!r.ok) return fail(r.error);
        setDone(t("restore.done", { count: r.value.length, titles: r.value.join(", ") }));
        setPassphrase("");
      })
      .finally(() => setBusy(false));
  };
  const when = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" }).format(d);
  };

  return (
    <form className="backup-form" onSubmit={submit} onKeyDown={blockComposingEnter} aria-label={t("restore.title")}>
      <div className="backup-field">
        <label htmlFor={`${id}-file`}>{t("restore.file")}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".tsunagari-backup,application/json,application/octet-stream"
          data-autofocus
          onChange={(e) => pick(e.target.files?.[0])}
        />
        {envelope && (
          <p className="backup-hint">
            {t("restore.summary", { count: envelope.mapCount, when: when(envelope.createdAt) })}
          </p>
        )}
      </div>
      <PassphraseField label={t("passphrase")} value={passphrase} onChange={setPassphrase} shown={shown} />
      <label className="backup-show">
        <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
        {t("show")}
      </label>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t("restore.submit")}
        </button>
      </div>
      <p role="status" className="backup-status">
        {busy ? t("restore.working") : done}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
