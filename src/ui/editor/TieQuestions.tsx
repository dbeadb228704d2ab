import { useId } from "react";
import { useTranslation } from "react-i18next";
import { getOwn, bandOfTie, egoTie, strengthOfTie, type FrequencyCategory, type PersonId } from "../../domain/model";
import { useMap } from "../hooks/storeContext";
import { LikertField } from "./LikertField";
import { StrengthBadge } from "./StrengthBadge";
import { useEditorActions } from "./useEditorActions";
import { FREQUENCY_KEY } from "../../i18n/keys";

const CATEGORIES: readonly FrequencyCategory[] = ["often", "occasionally", "rarely"];

/** Granovetter's four questions for the tie between you and this person, strength shown live. */
export function TieQuestions({ personId }: { personId: PersonId }) {
  const { t } = useTranslation("editor");
  const tie = useMap((s) => egoTie(s.doc, personId));
  const name = useMap((s) => getOwn(s.doc.people, personId)?.name ?? "");
  const actions = useEditorActions();
  const group = useId();
  const answers = tie?.answers ?? {};
  const mode = answers.frequencyPerYear !== undefined ? "number" : (answers.frequencyCategory ?? "skip");
  return (
    <section className="tie-questions" aria-label={t("tie.heading", { name })}>
      <h3>{t("tie.heading", { name })}</h3>
      <fieldset className="frequency">
        <legend>{t("tie.frequency")}</legend>
        {CATEGORIES.map((c) => (
          <label key={c}>
            <input
              type="radio"
              name={group}
              checked={mode === c}
              onChange={() => actions.answer(personId, { frequencyCategory: c })}
            />
            {t(FREQUENCY_KEY[c])}
          </label>
        ))}
        <label>
          <input
            type="radio"
            name={group}
            checked={mode === "number"}
            onChange={() => actions.answer(personId, { frequencyPerYear: 12 })}
          />
          {t("frequency.number")}
        </label>
        {mode === "number" && (
          <label className="per-year">
            <input
              type="number"
              min={0}
              max={365}
              step={1}
              value={answers.frequencyPerYear ?? ""}
              onChange={(e) => {
                const v = Number(e.target.value);
                if (e.target.value !== "" && Number.isFinite(v) && v >= 0)
                  actions.answer(personId, { frequencyPerYear: v });
              }}
            />
            {t("frequency.perYear")}
          </label>
        )}
        <label className="skip">
          <input
            type="radio"
            name={group}
            checked={mode === "skip"}
            onChange={() => actions.answer(personId, { frequencyCategory: null, frequencyPerYear: null })}
          />
          {t("tie.skip")}
        </label>
      </fieldset>
      <LikertField
        legend={t("tie.emotional")}
        value={answers.emotional}
        onChange={(v) => actions.answer(personId, { emotional: v })}
      />
      <LikertField
        legend={t("tie.intimacy")}
        value={answers.intimacy}
        onChange={(v) => actions.answer(personId, { intimacy: v })}
      />
      <LikertField
        legend={t("tie.services")}
        value={answers.services}
        onChange={(v) => actions.answer(personId, { services: v })}
      />
      <p className="tie-result">
        {t("tie.result")}{" "}
        <StrengthBadge strength={tie ? strengthOfTie(tie) : null} band={tie ? bandOfTie(tie) : "unknown"} live />
      </p>
    </section>
  );
}
