import { useTranslation } from "react-i18next";
import type { FrequencyCategory, Likert, PersonId, TieAnswers } from "../../domain/model";
import { useEditorActions } from "../editor/useEditorActions";
import { FREQUENCY_KEY, LIKERT_KEY, type Key } from "../../i18n/keys";

const CATEGORIES: readonly FrequencyCategory[] = ["often", "occasionally", "rarely"];
const LEVELS: readonly Likert[] = [1, 2, 3, 4, 5];

/** Inline frequency choice for the table (a number per year is shown and kept until changed). */
export function FrequencySelect({ id, name, answers }: { id: PersonId; name: string; answers: TieAnswers }) {
  const { t } = useTranslation("editor");
  const actions = useEditorActions();
  const value = answers.frequencyPerYear !== undefined ? "number" : (answers.frequencyCategory ?? "");
  return (
    <select
      aria-label={t("table.frequencyOf", { name })}
      value={value}
      onChange={(e) => {
        const v = e.target.value;
        if (v === "") actions.answer(id, { frequencyCategory: null, frequencyPerYear: null });
        else if (v !== "number") actions.answer(id, { frequencyCategory: v as FrequencyCategory });
      }}
    >
      <option value="">{t("table.notAnswered")}</option>
      {CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {t(FREQUENCY_KEY[c])}
        </option>
      ))}
      {answers.frequencyPerYear !== undefined && (
        <option value="number">{t("table.perYear", { count: answers.frequencyPerYear })}</option>
      )}
    </select>
  );
}

type LikertItem = "emotional" | "intimacy" | "services";
const ITEM_OF_KEY = {
  emotional: "table.emotionalOf",
  intimacy: "table.intimacyOf",
  services: "table.servicesOf",
} as const satisfies Record<LikertItem, Key<"editor">>;

export function LikertSelect({
  id,
  name,
  item,
  value,
}: {
  id: PersonId;
  name: string;
  item: LikertItem;
  value: Likert | undefined;
}) {
  const { t } = useTranslation("editor");
  const actions = useEditorActions();
  return (
    <select
      aria-label={t(ITEM_OF_KEY[item], { name })}
      value={value ?? ""}
      onChange={(e) =>
        actions.answer(id, {
          [item]: e.target.value === "" ? null : (Number(e.target.value) as Likert),
        })
      }
    >
      <option value="">{t("table.notAnswered")}</option>
      {LEVELS.map((l) => (
        <option key={l} value={l}>
          {l} – {t(LIKERT_KEY[l])}
        </option>
      ))}
    </select>
  );
}
