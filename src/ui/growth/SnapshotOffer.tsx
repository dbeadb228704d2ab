// "Save a snapshot of this map": offered at the end of the interview and after an import. One
// click takes the snapshot (named with today's date) and says so.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { snapshotNow } from "../../app/snapshotCommand";
import { useMapStoreApi } from "../hooks/storeContext";
import { defaultSnapshotName } from "./snapshotFormat";

export function SnapshotOffer() {
  const { t, i18n } = useTranslation("snapshots");
  const store = useMapStoreApi();
  const [state, setState] = useState<{ kind: "idle" | "busy" } | { kind: "done" | "failed"; text: string }>({
    kind: "idle",
  });
  const take = async () => {
    setState({ kind: "busy" });
    try {
      const s = await snapshotNow(store, { name: defaultSnapshotName(new Date(), i18n.language) });
      setState({ kind: "done", text: t("offer.taken", { name: s.name }) });
    } catch (e) {
      setState({ kind: "failed", text: t("take.failed", { detail: e instanceof Error ? e.message : String(e) }) });
    }
  };
  return (
    <div className="snapshot-offer">
      {state.kind === "done" ? (
        <p aria-live="polite">{state.text}</p>
      ) : (
        <>
          <p className="muted">{t("offer.text")}</p>
          <button type="button" disabled={state.kind === "busy"} onClick={() => void take()}>
            {t("offer.button")}
          </button>
          <p {...(state.kind === "failed" ? { role: "alert" } : { "aria-live": "polite" as const })}>
            {state.kind === "busy" ? t("take.waiting") : state.kind === "failed" ? state.text : ""}
          </p>
        </>
      )}
    </div>
  );
}
