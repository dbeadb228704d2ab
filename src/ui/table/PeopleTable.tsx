import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SPHERE_COLORS } from "../../render/colors";
import { NameField } from "../editor/NameField";
import { useEditorActions } from "../editor/useEditorActions";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { FrequencySelect, LikertSelect } from "./AnswerSelects";
import { CommunitiesCell } from "./CommunitiesCell";
import { buildRows, sortRows, type SortDir, type SortKey } from "./tableRows";
import { BAND_KEY, type Key } from "../../i18n/keys";

const COLUMN_KEY = {
  name: "table.col.name",
  communities: "table.col.communities",
  strength: "table.col.strength",
  band: "table.col.band",
  informationPotential: "table.col.informationPotential",
} as const satisfies Record<SortKey, Key<"editor">>;

/** Every contact in one table: the accessible alternative to the canvas, editable inline. */
const PAGE = 200;

export function PeopleTable() {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const doc = useMap((s) => s.doc);
  const report = useMap((s) => s.metrics.report);
  const selectedId = useMap((s) => s.selectedId);
  const actions = useEditorActions();
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({
    key: "name",
    dir: "ascending",
  });
  const rows = useMemo(() => sortRows(buildRows(doc, report), sort.key, sort.dir), [doc, report, sort]);
  const hasIp = rows.some((r) => r.informationPotential !== null);
  // Large imported maps: draw the table a page at a time (the selected person is always shown).
  const [limit, setLimit] = useState(PAGE);
  const visible = useMemo(() => {
    const first = rows.slice(0, limit);
    const sel = rows.findIndex((r) => r.id === selectedId);
    return sel >= limit ? [...first, rows[sel] as (typeof rows)[number]] : first;
  }, [rows, limit, selectedId]);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: "nearest" });
  }, [selectedId]);
  const toggleSort = (key: SortKey) =>
    setSort((s) => ({
      key,
      dir: s.key === key && s.dir === "ascending" ? "descending" : "ascending",
    }));
  const header = (key: SortKey) => (
    <th scope="col" aria-sort={sort.key === key ? sort.dir : undefined}>
      <button type="button" className="sort-button" onClick={() => toggleSort(key)}>
        {t(COLUMN_KEY[key])}
        <span aria-hidden="true">{sort.key === key ? (sort.dir === "ascending" ? " ▲" : " ▼") : ""}</span>
      </button>
    </th>
  );
  return (
    <div className="people-table-wrap" data-testid="people-table">
      <table className="people-table">
        <caption>{t("table.caption", { count: rows.length })}</caption>
        <thead>
          <tr>
            {header("name")}
            {header("communities")}
            <th scope="col">{t("table.col.frequency")}</th>
            <th scope="col">{t("table.col.emotional")}</th>
            <th scope="col">{t("table.col.intimacy")}</th>
            <th scope="col">{t("table.col.services")}</th>
            {header("strength")}
            {header("band")}
            {hasIp && header("informationPotential")}
          </tr>
        </thead>
        <tbody>
          {visible.map((r) => {
            const selected = r.id === selectedId;
            return (
              <tr
                key={r.id}
                ref={selected ? selectedRow : undefined}
                className={selected ? "selected" : undefined}
                aria-current={selected ? "true" : undefined}
                onFocus={() => store.getState().selectedId !== r.id && store.getState().select(r.id)}
                onClick={() => store.getState().selectedId !== r.id && store.getState().select(r.id)}
              >
                <th scope="row">
                  <span className="row-head">
                    <span className="swatch round" style={{ background: SPHERE_COLORS[r.sphere] }} aria-hidden="true" />
                    <NameField
                      label={t("table.nameOf", { name: r.name })}
                      hideLabel
                      value={r.name}
                      personId={r.id}
                      onCommit={(n) => actions.renamePerson(r.id, n)}
                    />
                  </span>
                </th>
                <td>
                  <CommunitiesCell id={r.id} name={r.name} communities={r.communities} />
                </td>
                <td>
                  <FrequencySelect id={r.id} name={r.name} answers={r.answers} />
                </td>
                <td>
                  <LikertSelect id={r.id} name={r.name} item="emotional" value={r.answers.emotional} />
                </td>
                <td>
                  <LikertSelect id={r.id} name={r.name} item="intimacy" value={r.answers.intimacy} />
                </td>
                <td>
                  <LikertSelect id={r.id} name={r.name} item="services" value={r.answers.services} />
                </td>
                <td className="num">{r.strength === null ? "—" : r.strength.toFixed(2)}</td>
                <td className={`band-${r.band}`}>{t(BAND_KEY[r.band], { ns: "common" })}</td>
                {hasIp && (
                  <td className="num">{r.informationPotential === null ? "—" : r.informationPotential.toFixed(2)}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">{t("table.empty")}</p>}
      {rows.length > limit && (
        <p>
          <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
            {t("table.showMore", {
              count: Math.min(PAGE, rows.length - limit),
              hidden: rows.length - limit,
            })}
          </button>
        </p>
      )}
    </div>
  );
}
