import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { AnonymiseMode } from "../../app/importExport";
import type { Key } from "../../i18n/keys";

export interface ExportChoice {
  readonly format: "png" | "svg" | "native" | "csv" | "gexf" | "graphml";
  readonly scale: 1 | 2 | 3 | 4;
  readonly title: string;
  readonly legend: boolean;
  readonly background: "white" | "transparent";
  readonly view: "current" | "whole";
  readonly anonymise: AnonymiseMode | "none";
  readonly includeData: boolean;
}

export const FORMATS: readonly ExportChoice["format"][] = ["png", "svg", "native", "csv", "gexf", "graphml"];
export const FORMAT_KEY = {
  png: "export.format.png",
  svg: "export.format.svg",
  native: "export.format.native",
  csv: "export.format.csv",
  gexf: "export.format.gexf",
  graphml: "export.format.graphml",
} as const satisfies Record<ExportChoice["format"], Key<"io">>;
const ANONYMISE_KEY = {
  none: "export.realNames",
  initials: "export.initials",
  numbered: "export.numbered",
} as const satisfies Record<ExportChoice["anonymise"], Key<"io">>;

/** The image options (PNG and SVG only) and the privacy options (every format). */
export function ExportOptionsFields({ value, onChange }: { value: ExportChoice; onChange: (v: ExportChoice) => void }) {
  const { t } = useTranslation("io");
  const id = useId();
  const set = <K extends keyof ExportChoice>(key: K, v: ExportChoice[K]) => onChange({ ...value, [key]: v });
  const image = value.format === "png" || value.format === "svg";
  return (
    <>
      {image && (
        <fieldset className="io-section io-options">
          <legend>{t("export.imageLegend")}</legend>
          <label className="name-field">
            <span>{t("export.mapTitle")}</span>
            <input value={value.title} onChange={(e) => set("title", e.target.value)} />
          </label>
          {value.format === "png" && (
            <label className="inline-row">
              <span>{t("export.scale")}</span>
              <select
                value={value.scale}
                onChange={(e) => set("scale", Number(e.target.value) as ExportChoice["scale"])}
              >
                {([1, 2, 3, 4] as const).map((n) => (
                  <option key={n} value={n}>
                    {t("export.scaleValue", { n })}
                  </option>
                ))}
              </select>
            </label>
          )}
          {value.format === "png" && (
            <label className="inline-row">
              <span>{t("export.view")}</span>
              <select value={value.view} onChange={(e) => set("view", e.target.value as ExportChoice["view"])}>
                <option value="whole">{t("export.whole")}</option>
                <option value="current">{t("export.current")}</option>
              </select>
            </label>
          )}
          <label className="inline-row">
            <span>{t("export.background")}</span>
            <select
              value={value.background}
              onChange={(e) => set("background", e.target.value as ExportChoice["background"])}
            >
              <option value="white">{t("export.white")}</option>
              <option value="transparent">{t("export.transparent")}</option>
            </select>
          </label>
          <label className="inline-row">
            <input type="checkbox" checked={value.legend} onChange={(e) => set("legend", e.target.checked)} />
            {t("export.legend")}
          </label>
        </fieldset>
      )}
      <fieldset className="io-section io-options">
        <legend>{t("export.privacyLegend")}</legend>
        <div role="radiogroup" aria-label={t("export.anonymise")} className="io-options">
          {(["none", "initials", "numbered"] as const).map((m) => (
            <label key={m} className="inline-row">
              <input
                type="radio"
                name={`${id}-anon`}
                checked={value.anonymise === m}
                onChange={() => set("anonymise", m)}
              />
              {t(ANONYMISE_KEY[m])}
            </label>
          ))}
        </div>
        {value.anonymise !== "none" && <p className="small muted">{t("export.anonymiseHint")}</p>}
        {image && (
          <label className="inline-row">
            <input type="checkbox" checked={value.includeData} onChange={(e) => set("includeData", e.target.checked)} />
            <span>
              {t("export.includeData")} <span className="small muted">{t("export.includeDataHint")}</span>
            </span>
          </label>
        )}
      </fieldset>
    </>
  );
}
