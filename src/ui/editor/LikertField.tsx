import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Likert } from "../../domain/model";
import { LIKERT_KEY } from "../../i18n/keys";

const LEVELS: readonly Likert[] = [1, 2, 3, 4, 5];

interface LikertFieldProps {
  readonly legend: string;
  readonly value: Likert | undefined;
  readonly onChange: (value: Likert | null) => void;
}

/** One 1–5 question as a radio group with a "skip" choice (every item is optional). */
export function LikertField({ legend, value, onChange }: LikertFieldProps) {
  const { t } = useTranslation("editor");
  const name = useId();
  return (
    <fieldset className="likert">
      <legend>{legend}</legend>
      <div className="likert-options">
        {LEVELS.map((level) => (
          <label key={level} title={t(LIKERT_KEY[level])}>
            <input
              type="radio"
              name={name}
              aria-label={`${level} (${t(LIKERT_KEY[level])})`}
              checked={value === level}
              onChange={() => onChange(level)}
            />
            <span>{level}</span>
          </label>
        ))}
        <label className="skip">
          <input type="radio" name={name} checked={value === undefined} onChange={() => onChange(null)} />
          <span>{t("tie.skip")}</span>
        </label>
      </div>
      <p className="likert-scale" aria-hidden="true">
        <span>{t("likert.1")}</span>
        <span>{t("likert.5")}</span>
      </p>
    </fieldset>
  );
}
