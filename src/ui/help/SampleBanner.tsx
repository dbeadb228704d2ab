import { useTranslation } from "react-i18next";
import { SAMPLE_MAP_ID } from "../../app/sampleDocument";
import { getOwn } from "../../domain/model";
import { useMap } from "../hooks/storeContext";
import "./help.css";

/** While the bundled sample is open: says it is a sample and offers to start one's own map. */
export function SampleBanner() {
  const { t } = useTranslation("help");
  const isSample = useMap((s) => s.doc.id === SAMPLE_MAP_ID);
  const egoName = useMap((s) => getOwn(s.doc.people, s.doc.egoId)?.name ?? "");
  const openMaps = useMap((s) => s.setMapsDialogOpen);
  const openHelp = useMap((s) => s.setHelpOpen);
  if (!isSample) return null;
  return (
    <section className="sample-banner" aria-label={t("sample.start")}>
      <p>{t("sample.text", { name: egoName })}</p>
      <div className="sample-banner-actions">
        <button type="button" className="primary" onClick={() => openMaps(true, { startNew: true })}>
          {t("sample.start")}
        </button>
        <button type="button" onClick={() => openHelp(true)}>
          {t("sample.help")}
        </button>
      </div>
    </section>
  );
}
