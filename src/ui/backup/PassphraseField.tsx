import { useId } from "react";
import { useTranslation } from "react-i18next";
import { passphraseLength, passphraseStrength, type PassphraseStrength } from "../../app/backup";
import type { Key } from "../../i18n/keys";

const STRENGTH_KEY = {
  empty: "strength.empty",
  tooShort: "strength.tooShort",
  fair: "strength.fair",
  strong: "strength.strong",
} as const satisfies Record<PassphraseStrength, Key<"backup">>;

/** A passphrase input (IME-safe: plain text input, no Enter handling of its own) with an optional length hint. */
export function PassphraseField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  shown: boolean;
  hint?: boolean;
  error?: string | null;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation("backup");
  const id = useId();
  const { label, value, onChange, shown, hint, error, autoFocus } = props;
  const strength = passphraseStrength(value);
  const count = passphraseLength(value);
  const described = [hint ? `${id}-hint` : "", error ? `${id}-err` : ""].filter(Boolean).join(" ");
  return (
    <div className="backup-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={shown ? "text" : "password"}
        value={value}
        autoComplete="new-password"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...(autoFocus ? { "data-autofocus": true } : {})}
      />
      {hint && (
        <p id={`${id}-hint`} className={`backup-hint strength-${strength}`} aria-live="polite">
          {t(STRENGTH_KEY[strength], { count })}
        </p>
      )}
      {error && (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
