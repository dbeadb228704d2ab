// "End session" on the open map's row: saves today's session (app/sessionCommand.ts), closes the
// Maps dialog and opens the one-page report, which compares the map with the session before and
// lists the plan. A failure is said in the dialog and changes nothing.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endSession } from "../../app/sessionCommand";
import { defaultSnapshotName } from "../growth/snapshotFormat";
import { useMap, useMapStoreApi } from "../hooks/storeContext";

export function EndSessionButton({ title, onEnded }: { title: string; onEnded(): void }) {
  const { t, i18n } = useTranslation("sessions");
  const store = useMapStoreApi();
  const announce = useMap((s) => s.announce);
  const setReportOpen = useMap((s) => s.setReportOpen);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const date = defaultSnapshotName(new Date(), i18n.language);
    try {
      const { repeated } = await endSession(store, t("end.snapshotName", { date }));
      announce(repeated ? t("end.repeated") : t("end.done", { date }));
      onEnded();
      setReportOpen(true);
    } catch (e) {
      setError(t("end.failed", { detail: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        aria-label={t("end.buttonNamed", { title })}
        title={t("end.hint")}
        disabled={busy}
        onClick={() => void run()}
      >
        {busy ? t("end.working") : t("end.button")}
      </button>
      {error !== null && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
