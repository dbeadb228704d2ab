import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  drawnPositions,
  exportAndDownload,
  exportPngAndDownload,
  isMapOnScreen,
  PNG_LEGEND_COLORS,
} from "../app/importExport";
import { Dialog } from "./editor/Dialog";
import { useAppHandles, useMap } from "./hooks/storeContext";
import { ExportOptionsFields, FORMAT_KEY, FORMATS, type ExportChoice } from "./files/ExportOptionsFields";
import "./files/io.css";

/** Export: format, image options (size, title, legend, background, area), anonymise, editable data. */
export function ExportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation("io");
  const { renderer } = useAppHandles();
  const id = useId();
  const doc = useMap((s) => s.doc);
  const [choice, setChoice] = useState<ExportChoice>({
    format: "png",
    scale: 2,
    title: "",
    legend: true,
    background: "white",
    view: "whole",
    anonymise: "none",
    includeData: false,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // An anonymised export gets no title unless one is typed: the map's title often names its owner.
  const title = choice.anonymise === "none" ? choice.title || doc.title : choice.title;
  const legendLabels = {
    family: t("legend.family"),
    work: t("legend.work"),
    third: t("legend.third"),
    none: t("legend.none"),
    strong: t("legend.strong"),
    weak: t("legend.weak"),
    veryWeak: t("legend.veryWeak"),
    unknown: t("legend.unknown"),
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    const anonymise =
      choice.anonymise === "none"
        ? undefined
        : {
            mode: choice.anonymise,
            personLabel: (n: number) => t("export.person", { n }),
            egoLabel: t("export.you"),
            title,
          };
    const common = {
      baseName: title || "tsunagari-map",
      includeEditableData: choice.includeData,
      ...(anonymise ? { anonymise } : {}),
    };
    try {
      if (choice.format === "png") {
        if (!isMapOnScreen(renderer)) throw new Error(t("export.mapNotShown"));
        const c = PNG_LEGEND_COLORS;
        const legend = choice.legend
          ? [
              { label: legendLabels.family, color: c.family, kind: "node" as const },
              { label: legendLabels.work, color: c.work, kind: "node" as const },
              { label: legendLabels.third, color: c.third, kind: "node" as const },
              { label: legendLabels.strong, color: c.strong, kind: "edge" as const },
              { label: legendLabels.weak, color: c.weak, kind: "edge" as const },
              { label: legendLabels.veryWeak, color: c.very_weak, kind: "edge" as const },
              { label: legendLabels.unknown, color: c.unknown, kind: "edge" as const },
            ]
          : undefined;
        await exportPngAndDownload(
          renderer,
          doc,
          {
            scale: choice.scale,
            view: choice.view,
            background: choice.background,
            title,
            ...(legend ? { legend } : {}),
          },
          common,
        );
      } else {
        exportAndDownload(doc, choice.format, {
          ...common,
          positions: drawnPositions(doc, renderer),
          svg: {
            title,
            legend: choice.legend,
            background: choice.background,
            labels: legendLabels,
          },
        });
      }
      onClose();
    } catch (e) {
      setError(t("export.failed", { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} title={t("export.title")} onClose={onClose} className="io-dialog">
      <fieldset className="io-options">
        <legend>{t("export.formatLegend")}</legend>
        {FORMATS.map((f) => (
          <label key={f} className="inline-row">
            <input
              type="radio"
              name={`${id}-format`}
              checked={choice.format === f}
              onChange={() => setChoice({ ...choice, format: f })}
            />
            {t(FORMAT_KEY[f])}
          </label>
        ))}
      </fieldset>
      <ExportOptionsFields value={{ ...choice, title }} onChange={setChoice} />
      {error && (
        <p className="io-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t("import.cancel")}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
          {busy ? t("export.working") : t("export.submit")}
        </button>
      </div>
    </Dialog>
  );
}
