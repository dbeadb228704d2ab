import type { TFunction } from "i18next";
import { useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { alters, bandOfTie, egoTie, strengthOfTie, type Person, type TieAnswers } from "../../domain/model";
import { StrengthBadge } from "../editor/StrengthBadge";
import { useEditorActions } from "../editor/useEditorActions";
import { useMap } from "../hooks/storeContext";
import { answerKey, COLUMNS, interpretKey, isComposing, type Column } from "./quickKeys";
import { FREQUENCY_SHORT_KEY, type Key } from "../../i18n/keys";

function display(answers: TieAnswers, column: Column, t: TFunction<"editor">): string {
  if (column === "frequency") {
    if (answers.frequencyPerYear !== undefined) return t("table.perYear", { count: answers.frequencyPerYear });
    return answers.frequencyCategory ? t(FREQUENCY_SHORT_KEY[answers.frequencyCategory]) : "";
  }
  return answers[column] !== undefined ? String(answers[column]) : "";
}

const COLUMN_KEYS = {
  frequency: { col: "wizard.strength.col.frequency", cell: "wizard.strength.cell.frequency" },
  emotional: { col: "wizard.strength.col.emotional", cell: "wizard.strength.cell.emotional" },
  intimacy: { col: "wizard.strength.col.intimacy", cell: "wizard.strength.cell.intimacy" },
  services: { col: "wizard.strength.col.services", cell: "wizard.strength.cell.services" },
} as const satisfies Record<Column, Record<"col" | "cell", Key<"editor">>>;

/**
 * Keyboard-first grid: one row per person, one key per answer, focus moves on by itself. The
 * cells are buttons, not text boxes, so a Japanese IME left on does not compose: the keys
 * arrive as they are (or as "Process" with their physical code) and answer at once.
 */
export function StrengthStep() {
  const { t } = useTranslation("editor");
  const doc = useMap((s) => s.doc);
  const actions = useEditorActions();
  const grid = useRef<HTMLTableSectionElement>(null);
  const people: Person[] = alters(doc);
  const focusCell = (row: number, col: number) => {
    grid.current?.querySelector<HTMLElement>(`[data-cell="${row}-${col}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>, person: Person, row: number, col: number) => {
    const column = COLUMNS[col] as Column;
    const key = answerKey(e.nativeEvent) ?? "";
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      focusCell(row + (e.key === "ArrowDown" ? 1 : -1), col);
      return;
    }
    if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      e.preventDefault();
      focusCell(row, col + (e.key === "ArrowRight" ? 1 : -1));
      return;
    }
    if (e.key === "Enter") {
      e.preventDefault();
      if (!isComposing(e.nativeEvent)) focusCell(row + 1, 0);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || e.key === "Tab") return;
    const result = interpretKey(column, key);
    if (key.length === 1 || result || isComposing(e.nativeEvent)) e.preventDefault();
    if (!result) return;
    if (result.kind !== "skip") actions.answer(person.id, result.patch);
    if (result.kind === "clear") return;
    if (col + 1 < COLUMNS.length) focusCell(row, col + 1);
    else focusCell(row + 1, 0);
  };
  return (
    <div className="wizard-step">
      <p className="wizard-prompt">{t("wizard.strength.prompt")}</p>
      <p className="muted" id="strength-keys">
        {t("wizard.strength.keys")}
      </p>
      <table className="strength-grid">
        <thead>
          <tr>
            <th scope="col">{t("table.col.name")}</th>
            {COLUMNS.map((c) => (
              <th scope="col" key={c}>
                {t(COLUMN_KEYS[c].col)}
              </th>
            ))}
            <th scope="col">{t("table.col.strength")}</th>
          </tr>
        </thead>
        <tbody ref={grid}>
          {people.map((p, row) => {
            const tie = egoTie(doc, p.id);
            const answers = tie?.answers ?? {};
            return (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                {COLUMNS.map((c, col) => (
                  <td key={c}>
                    <button
                      type="button"
                      className={`quick-cell ${c === "frequency" ? "wide" : ""}`}
                      data-cell={`${row}-${col}`}
                      aria-label={t(COLUMN_KEYS[c].cell, { name: p.name })}
                      aria-describedby={`strength-${row}-${col} strength-keys`}
                      onKeyDown={(e) => onKeyDown(e, p, row, col)}
                      autoFocus={row === 0 && col === 0}
                      data-autofocus={row === 0 && col === 0 ? true : undefined}
                    >
                      <span id={`strength-${row}-${col}`}>{display(answers, c, t)}</span>
                    </button>
                  </td>
                ))}
                <td>
                  <StrengthBadge strength={tie ? strengthOfTie(tie) : null} band={tie ? bandOfTie(tie) : "unknown"} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
