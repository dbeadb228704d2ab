import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  csvPreview,
  PEOPLE_FIELDS,
  TIES_FIELDS,
  type CsvField,
  type CsvKind,
  type CsvSheet,
} from "../../app/importExport";
import type { Key } from "../../i18n/keys";

const FIELD_KEY = {
  id: "mapping.field.id",
  name: "mapping.field.name",
  givenName: "mapping.field.givenName",
  familyName: "mapping.field.familyName",
  reading: "mapping.field.reading",
  communities: "mapping.field.communities",
  company: "mapping.field.company",
  sphere: "mapping.field.sphere",
  note: "mapping.field.note",
  role: "mapping.field.role",
  source: "mapping.field.source",
  target: "mapping.field.target",
  sourceId: "mapping.field.sourceId",
  targetId: "mapping.field.targetId",
  strength: "mapping.field.strength",
  frequency: "mapping.field.frequency",
  frequencyCategory: "mapping.field.frequencyCategory",
  closeness: "mapping.field.closeness",
  intimacy: "mapping.field.intimacy",
  services: "mapping.field.services",
} as const satisfies Record<CsvField, Key<"io">>;

interface Props {
  readonly sheet: CsvSheet;
  readonly onApply: (kind: CsvKind, mapping: Partial<Record<CsvField, number>>) => void;
  readonly onBack: () => void;
}

/** Column mapping for a spreadsheet: one select per field, and a live preview of the first rows. */
export function CsvMappingStep({ sheet, onApply, onBack }: Props) {
  const { t } = useTranslation("io");
  const id = useId();
  const [kind, setKind] = useState<CsvKind>(sheet.kind);
  const [mapping, setMapping] = useState<Partial<Record<CsvField, number>>>(sheet.mapping);
  const fields: readonly CsvField[] = kind === "people" ? PEOPLE_FIELDS : TIES_FIELDS;
  const chosen = Object.fromEntries(
    fields.flatMap((f) => (mapping[f] !== undefined ? [[f, mapping[f]]] : [])),
  ) as Partial<Record<CsvField, number>>;
  const preview = csvPreview(sheet, chosen);
  const shownFields = fields.filter((f) => chosen[f] !== undefined);
  return (
    <div>
      <p className="dialog-desc">{t("mapping.hint")}</p>
      <fieldset>
        <legend>{t("mapping.kind")}</legend>
        {(["people", "ties"] as const).map((k) => (
          <label key={k} className="inline-row">
            <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} />
            {t(k === "people" ? "mapping.kindPeople" : "mapping.kindTies")}
          </label>
        ))}
      </fieldset>
      <div className="io-mapping io-section">
        {fields.map((f) => (
          <label key={f} htmlFor={`${id}-${f}`} style={{ display: "contents" }}>
            <span>{t(FIELD_KEY[f])}</span>
            <select
              id={`${id}-${f}`}
              value={mapping[f] ?? ""}
              onChange={(e) =>
                setMapping({
                  ...mapping,
                  [f]: e.target.value === "" ? undefined : Number(e.target.value),
                })
              }
            >
              <option value="">{t("mapping.none")}</option>
              {sheet.headers.map((h, i) => (
                <option key={i} value={i}>
                  {h || `#${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <h3 className="io-section">{t("mapping.preview")}</h3>
      <div className="io-preview">
        <table>
          <thead>
            <tr>
              {shownFields.map((f) => (
                <th key={f}>{t(FIELD_KEY[f])}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.map((row, i) => (
              <tr key={i}>
                {shownFields.map((f) => (
                  <td key={f}>{row[f]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onBack}>
          {t("import.back")}
        </button>
        <button type="button" className="primary" onClick={() => onApply(kind, chosen)}>
          {t("mapping.apply")}
        </button>
      </div>
    </div>
  );
}
