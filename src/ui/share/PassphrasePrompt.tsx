// The passphrase of an encrypted share link, asked before anything is shown. Enter submits,
// except the Enter that confirms an IME conversion; a wrong passphrase keeps the form, says so
// (role=alert) and puts the focus back in the field.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { blockComposingEnter } from "../imeEnter";

export function PassphrasePrompt({ onSubmit }: { onSubmit: (passphrase: string) => Promise<boolean> }) {
  const { t } = useTranslation("share");
  const id = useId();
  const [value, setValue] = useState("");
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = async () => {
    if (busy || value === "") return;
    setBusy(true);
    const opened = await onSubmit(value);
    if (opened) return;
    setBusy(false);
    setWrong(true);
    input.current?.select();
  };
  return (
    <section className="share-prompt panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("prompt.heading")}</h2>
      <p id={`${id}-intro`}>{t("prompt.intro")}</p>
      <form
        onKeyDown={blockComposingEnter}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="name-field">
          <span>{t("prompt.label")}</span>
          <input
            ref={input}
            type="password"
            autoComplete="off"
            value={value}
            aria-invalid={wrong}
            aria-describedby={wrong ? `${id}-wrong` : `${id}-intro`}
            onChange={(e) => {
              setValue(e.target.value);
              setWrong(false);
            }}
          />
        </label>
        {wrong && (
          <p id={`${id}-wrong`} className="io-error" role="alert">
            {t("prompt.wrong")}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy || value === ""}>
            {busy ? t("prompt.opening") : t("prompt.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
