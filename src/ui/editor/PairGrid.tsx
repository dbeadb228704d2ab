import { useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { answerPair, communityMembers, pairAnswer } from "../../domain/census";
import { getOwn, type Community, type PersonId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { answerKey } from "../wizard/quickKeys";

/** Larger communities are left to the pair-by-pair census. */
export const GRID_MAX_MEMBERS = 15;

/**
 * Who knows whom inside one community: a triangle of checkboxes, one per pair of members. A tick
 * is a tie; taking one off records that they do not know each other; an untouched pair stays
 * unknown (marked "?"). Space toggles, Y / N answer (IME-safe), arrow keys move.
 */
export function PairGrid({ community }: { community: Community }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const doc = useMap((s) => s.doc);
  const table = useRef<HTMLTableElement>(null);
  const ids = communityMembers(doc, community.id);
  const name = (id: PersonId) => getOwn(doc.people, id)?.name ?? "";
  const set = (a: PersonId, b: PersonId, knows: boolean) => store.getState().apply((d) => answerPair(d, a, b, knows));
  const move = (row: number, col: number) =>
    table.current?.querySelector<HTMLInputElement>(`[data-pair="${row}-${col}"]`)?.focus();
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number, a: PersonId, b: PersonId) => {
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const step = arrows[e.key];
    if (step) {
      e.preventDefault();
      move(row + step[0], col + step[1]);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = answerKey(e.nativeEvent);
    if (key === "y" || key === "n") {
      e.preventDefault();
      set(a, b, key === "y");
    }
  };
  const rows = ids.slice(1);
  const cols = ids.slice(0, -1);
  return (
    <div className="pair-grid-wrap">
      <p className="muted small" id={`grid-hint-${community.id}`}>
        {t("whoKnows.gridHint")}
      </p>
      <table className="pair-grid" ref={table} aria-label={t("whoKnows.gridLabel", { name: community.name })}>
        <thead>
          <tr>
            <td />
            {cols.map((id) => (
              <th scope="col" key={id}>
                {name(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((b, r) => (
            <tr key={b}>
              <th scope="row">{name(b)}</th>
              {cols.map((a, c) => {
                if (c > r) return <td key={a} />;
                const answer = pairAnswer(doc, a, b);
                return (
                  <td key={a} className={`pair-cell ${answer}`}>
                    <label>
                      <input
                        type="checkbox"
                        data-pair={`${r}-${c}`}
                        checked={answer === "yes"}
                        aria-label={t("whoKnows.pair", { a: name(a), b: name(b) })}
                        aria-describedby={
                          answer === "unknown"
                            ? `grid-hint-${community.id} unknown-${community.id}`
                            : `grid-hint-${community.id}`
                        }
                        onChange={(e) => set(a, b, e.currentTarget.checked)}
                        onKeyDown={(e) => onKeyDown(e, r, c, a, b)}
                      />
                      {answer === "unknown" && (
                        <span className="pair-unknown" aria-hidden="true">
                          ?
                        </span>
                      )}
                    </label>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <span id={`unknown-${community.id}`} hidden>
        {t("whoKnows.notAnswered")}
      </span>
    </div>
  );
}
