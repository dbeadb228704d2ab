import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportedMap, ImportFormat, LikelyDuplicate } from "../../app/importExport";
import type { Sphere } from "../../domain/model";
import { ImportWarnings } from "./ImportMessages";
import { SphereGuesses, sphereRows } from "./SphereGuesses";
import type { Key } from "../../i18n/keys";

export type ImportMode = "merge" | "new";

const FORMAT_KEY = {
  native: "format.native",
  csvPeople: "format.csvPeople",
  csvTies: "format.csvTies",
  linkedin: "format.linkedin",
  vcard: "format.vcard",
  nameList: "format.nameList",
  gexf: "format.gexf",
  graphml: "format.graphml",
  graphologyJson: "format.graphologyJson",
  svg: "format.svg",
  png: "format.png",
} as const satisfies Record<ImportFormat, Key<"io">>;
const REASON_KEY = {
  wordOrder: "duplicates.reason.wordOrder",
  spacing: "duplicates.reason.spacing",
  reading: "duplicates.reason.reading",
  similar: "duplicates.reason.similar",
} as const satisfies Record<LikelyDuplicate["reason"], Key<"io">>;

export interface ReviewChoice {
  readonly mode: ImportMode;
  readonly egoName: string;
  /** imported person id → existing person id (same person) or null (a different person). */
  readonly matches: Readonly<Record<string, string | null>>;
  /** The import with the spheres the user confirmed for its communities. */
  readonly imported: ImportedMap;
}

/** `imported` with each community's sphere set to the user's choice ("" keeps the importer's). */
export function withSpheres(imported: ImportedMap, chosen: Readonly<Record<string, Sphere | "">>): ImportedMap {
  let changed = false;
  const communities = { ...imported.doc.communities };
  for (const c of Object.values(imported.doc.communities)) {
    const s = Object.hasOwn(chosen, c.id) ? chosen[c.id] : "";
    if (s && s !== c.sphere) {
      communities[c.id] = { ...c, sphere: s };
      changed = true;
    }
  }
  return changed ? { ...imported, doc: { ...imported.doc, communities } } : imported;
}

/** True when no tie joins two people other than the ego: the file knows nothing about pairs. */
function recordsNoPairs(doc: ImportedMap["doc"]): boolean {
  const ties = Object.values(doc.ties);
  return Object.keys(doc.people).length > 2 && ties.every((t) => t.a === doc.egoId || t.b === doc.egoId);
}

interface Props {
  readonly imported: ImportedMap;
  readonly duplicates: readonly LikelyDuplicate[];
  readonly currentTitle: string;
  readonly onConfirm: (choice: ReviewChoice) => void;
  readonly onBack: () => void;
}

/** What was found, merge or new map, your name if the file lacks it, and the duplicate review. */
export function ReviewStep({ imported, duplicates, currentTitle, onConfirm, onBack }: Props) {
  const { t } = useTranslation("io");
  const id = useId();
  // A whole map (a map file, or an image exported with its editable data) opens as a map.
  const wholeMap = ["native", "png", "svg"].includes(imported.format);
  const [mode, setMode] = useState<ImportMode>(wholeMap ? "new" : "merge");
  const [egoName, setEgoName] = useState("");
  // Key-based likenesses are almost always the same person; a near-spelling may not be.
  const [same, setSame] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(duplicates.map((d) => [d.importedId, d.reason !== "similar"])),
  );
  const doc = imported.doc;
  const rows = useMemo(() => (imported.format === "linkedin" ? sphereRows(doc) : []), [imported.format, doc]);
  // Once per file: the dialog renders again on every store update while a large map opens.
  const noPairs = useMemo(() => recordsNoPairs(doc), [doc]);
  const [spheres, setSpheres] = useState<Record<string, Sphere | "">>(() =>
    Object.fromEntries(rows.map((r) => [r.id, r.guess ?? ""])),
  );
  const counts = {
    file: imported.file,
    people: Object.keys(doc.people).length - 1,
    communities: Object.keys(doc.communities).length,
    ties: Object.keys(doc.ties).length,
  };
  const confirm = () => {
    const matches = Object.fromEntries(duplicates.map((d) => [d.importedId, same[d.importedId] ? d.existingId : null]));
    onConfirm({ mode, egoName: egoName.trim(), matches, imported: withSpheres(imported, spheres) });
  };
  return (
    <div>
      <p>
        <strong>{t(FORMAT_KEY[imported.format])}</strong> — {t("import.found", counts)}
      </p>
      {imported.unratedTies.length > 0 && (
        <p className="small">{t("import.unrated", { count: imported.unratedTies.length })}</p>
      )}
      <ImportWarnings warnings={imported.warnings} />
      {noPairs && (
        <p role="note" className="io-section confidence-warning" data-testid="import-no-pairs">
          <span aria-hidden="true">⚠ </span>
          {t("import.noPairs")}
        </p>
      )}
      <SphereGuesses rows={rows} chosen={spheres} onChange={(cid, s) => setSpheres({ ...spheres, [cid]: s })} />
      <fieldset className="io-section io-options">
        <legend>{t("import.modeLegend")}</legend>
        <label className="inline-row">
          <input type="radio" name={`${id}-mode`} checked={mode === "merge"} onChange={() => setMode("merge")} />
          <span>
            {t("import.modeMerge", { title: currentTitle })}{" "}
            <span className="muted small">{t("import.modeMergeHint")}</span>
          </span>
        </label>
        <label className="inline-row">
          <input type="radio" name={`${id}-mode`} checked={mode === "new"} onChange={() => setMode("new")} />
          <span>
            {t("import.modeNew")} <span className="muted small">{t("import.modeNewHint")}</span>
          </span>
        </label>
      </fieldset>
      {mode === "new" && imported.egoSource === "placeholder" && (
        <label className="io-section name-field">
          <span className="small">{t("import.placeholderEgo")}</span>
          <input value={egoName} placeholder={t("import.egoName")} onChange={(e) => setEgoName(e.target.value)} />
        </label>
      )}
      {mode === "merge" && duplicates.length > 0 && (
        <section className="io-section" aria-labelledby={`${id}-dups`}>
          <h3 id={`${id}-dups`}>{t("duplicates.title")}</h3>
          <p className="small muted">{t("duplicates.hint")}</p>
          <ul className="io-duplicates">
            {duplicates.map((d) => (
              <li key={d.importedId}>
                <div>
                  <strong>{d.importedName}</strong>{" "}
                  <span className="small muted">({t(REASON_KEY[d.reason], { name: d.existingName })})</span>
                </div>
                <label className="inline-row">
                  <input
                    type="radio"
                    name={`${id}-${d.importedId}`}
                    checked={same[d.importedId] === true}
                    onChange={() => setSame({ ...same, [d.importedId]: true })}
                  />
                  {t("duplicates.same", { name: d.existingName })}
                </label>
                <label className="inline-row">
                  <input
                    type="radio"
                    name={`${id}-${d.importedId}`}
                    checked={same[d.importedId] === false}
                    onChange={() => setSame({ ...same, [d.importedId]: false })}
                  />
                  {t("duplicates.different")}
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onBack}>
          {t("import.another")}
        </button>
        <button type="button" className="primary" onClick={confirm} data-autofocus>
          {t("import.confirm")}
        </button>
      </div>
    </div>
  );
}
