import { useTranslation } from "react-i18next";
import { countNetwork } from "../../domain/model";
import { SnapshotOffer } from "../growth/SnapshotOffer";
import { useMap } from "../hooks/storeContext";

/** Last step: what was mapped, then the map itself. */
export function DoneStep() {
  const { t } = useTranslation("editor");
  const doc = useMap((s) => s.doc);
  const counts = countNetwork(doc);
  const ties = Object.values(doc.ties).filter((x) => x.a !== doc.egoId && x.b !== doc.egoId).length;
  return (
    <div className="wizard-step">
      <p className="wizard-prompt">{t("wizard.done.prompt")}</p>
      <ul>
        <li>{t("wizard.done.people", { count: counts.alters })}</li>
        <li>{t("wizard.done.communities", { count: counts.communities })}</li>
        <li>
          {t("wizard.done.bands", {
            strong: counts.byBand.strong,
            weak: counts.byBand.weak,
            veryWeak: counts.byBand.very_weak,
            unknown: counts.byBand.unknown,
          })}
        </li>
        <li>{t("wizard.done.ties", { count: ties })}</li>
      </ul>
      <p className="muted">{t("wizard.done.next")}</p>
      <SnapshotOffer />
    </div>
  );
}
