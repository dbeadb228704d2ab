// "Report": one A4 page (portrait or landscape) to print as PDF or save as SVG/PNG, in the app's
// language. Composition and layout are pure (scene/report*.ts); this dialog only picks options.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { exportReport, type ReportFormat, type ReportSize } from "../../app/reportExport";
import { Dialog } from "../editor/Dialog";
import { useMap } from "../hooks/storeContext";
import { useEgoAnalysis } from "../insights/useInsightReports";
import { legendText } from "../legendText";
import { KIND_KEY } from "../plan/planLabels";
import { reportComparisonText } from "./reportComparisonText";
import { reportText, type ReportTranslators } from "./reportText";
import "../files/io.css";

const SIZE_KEY = { "a4-portrait": "dialog.portrait", "a4-landscape": "dialog.landscape" } as const;
const FORMAT_KEY = { pdf: "dialog.pdf", svg: "dialog.svg", png: "dialog.png" } as const;

export function ReportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation("report");
  const { t: ti } = useTranslation("insights");
  const { t: tc } = useTranslation("common");
  const { t: tio } = useTranslation("io");
  const { t: tp } = useTranslation("plan");
  const { t: tcmp } = useTranslation("compare");
  const doc = useMap((s) => s.doc);
  const metrics = useMap((s) => s.metrics);
  const whatIf = useMap((s) => s.whatIf);
  const view = useMap((s) => s.view);
  const ego = useEgoAnalysis();
  // A report of the map as it is now: not the scores of the revision before the last edit.
  const current = useMap((s) => s.metrics.revision === s.revision);
  const id = useId();
  const [size, setSize] = useState<ReportSize>("a4-portrait");
  const [format, setFormat] = useState<ReportFormat>("pdf");
  const [anonymise, setAnonymise] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notReady =
    ego === null || !current ? t("dialog.computing") : ego.alters.length === 0 ? t("dialog.noContacts") : null;

  const submit = async () => {
    if (ego === null || notReady) return;
    setBusy(true);
    setError(null);
    const tr: ReportTranslators = { lang: i18n.language, report: t, insights: ti, common: tc, plan: tp };
    const now = new Date();
    try {
      await exportReport(
        {
          doc,
          ego,
          picture: { doc, metrics, whatIf, view },
          size,
          text: (shown) => reportText(tr, shown, anonymise, now),
          legend: (entry) => legendText(entry, ti),
          comparison: { ...reportComparisonText(i18n.language, tcmp), anonymousAction: (a) => tp(KIND_KEY[a.kind]) },
          ...(anonymise
            ? {
                anonymise: {
                  mode: "numbered" as const,
                  personLabel: (n: number) => tio("export.person", { n }),
                  egoLabel: tio("export.you"),
                  title: t("page.anonymousTitle"),
                },
              }
            : {}),
        },
        format,
        anonymise ? t("page.anonymousTitle") : doc.title,
      );
      onClose();
    } catch (e) {
      setError(t("dialog.failed", { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title={t("dialog.title")}
      onClose={onClose}
      className="io-dialog"
      description={t("dialog.intro")}
    >
      <fieldset className="io-options">
        <legend>{t("dialog.pageLegend")}</legend>
        {(["a4-portrait", "a4-landscape"] as const).map((s) => (
          <label key={s} className="inline-row">
            <input type="radio" name={`${id}-size`} checked={size === s} onChange={() => setSize(s)} />
            {t(SIZE_KEY[s])}
          </label>
        ))}
      </fieldset>
      <fieldset className="io-options">
        <legend>{t("dialog.formatLegend")}</legend>
        {(["pdf", "svg", "png"] as const).map((f) => (
          <label key={f} className="inline-row">
            <input type="radio" name={`${id}-format`} checked={format === f} onChange={() => setFormat(f)} />
            {t(FORMAT_KEY[f])}
          </label>
        ))}
        {format === "pdf" && <p className="muted">{t("dialog.pdfHint")}</p>}
      </fieldset>
      <label className="inline-row">
        <input type="checkbox" checked={anonymise} onChange={(e) => setAnonymise(e.target.checked)} />
        {t("dialog.anonymise")}
      </label>
      {(error ?? notReady) && (
        <p className="io-error" role="alert">
          {error ?? notReady}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t("dialog.cancel")}
        </button>
        <button type="button" className="primary" disabled={busy || notReady !== null} onClick={() => void submit()}>
          {busy ? t("dialog.working") : t("dialog.submit")}
        </button>
      </div>
    </Dialog>
  );
}
