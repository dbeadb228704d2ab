import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { drawnPositions, exportAndDownload, exportPictureAndDownload } from "../app/importExport";
import { Dialog } from "./editor/Dialog";
import { useAppHandles, useMap, useMapStoreApi } from "./hooks/storeContext";
import { legendText } from "./legendText";
import { ExportOptionsFields, FORMAT_KEY, FORMATS, type ExportChoice } from "./files/ExportOptionsFields";
import "./files/io.css";

/** Export: format, image options (size, title, legend, background, area), anonymise, editable data. */
export function ExportDialog({
  open,
  onClose,
  onShareLink,
}: {
  open: boolean;
  onClose: () => void;
  /** Opens the read-only share link dialog (ui/share) in place of this one. */
  onShareLink?: () => void;
}) {
  const { t } = useTranslation("io");
  const { t: ts } = useTranslation("share");
  const { t: ti } = useTranslation("insights");
  const { renderer } = useAppHandles();
  const store = useMapStoreApi();
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
  // An anonymised export never shows the map's title (it often names its owner): the user's own
  // words if typed, else a neutral title.
  const title = choice.anonymise === "none" ? choice.title || doc.title : choice.title;
  const drawnTitle = choice.anonymise === "none" ? title : choice.title.trim() || t("export.neutralTitle");

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
            title: drawnTitle,
          };
    const common = {
      baseName: title || "tsunagari-map",
      includeEditableData: choice.includeData,
      ...(anonymise ? { anonymise } : {}),
    };
    try {
      if (choice.format === "png" || choice.format === "svg") {
        await exportPictureAndDownload(store.getState(), renderer, {
          format: choice.format,
          scale: choice.scale,
          background: choice.background,
          area: choice.format === "png" ? choice.view : "whole",
          title: drawnTitle,
          legend: choice.legend ? (entry) => legendText(entry, ti) : null,
          includeEditableData: choice.includeData,
          baseName: common.baseName,
          ...(anonymise ? { anonymise } : {}),
        });
      } else {
        exportAndDownload(doc, choice.format, { ...common, positions: drawnPositions(doc, renderer) });
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
      <ExportOptionsFields
        value={{ ...choice, title }}
        // The field shows the map's title until the user types one: another option changing must
        // not store that shown title as typed (an anonymised export would then draw it).
        onChange={(v) => setChoice({ ...v, title: v.title === title ? choice.title : v.title })}
      />
      {error && (
        <p className="io-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        {onShareLink && (
          <button type="button" aria-haspopup="dialog" onClick={onShareLink}>
            {ts("button")}
          </button>
        )}
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
