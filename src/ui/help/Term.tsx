import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import "./help.css";
import { TERM_KEYS, type TermId } from "./glossary";

/**
 * A jargon word with its plain-words explanation: a small "?" button (keyboard, screen reader)
 * toggles a note right after the word; hovering shows it too. The note is tied to the button by
 * aria-describedby so a screen reader reads it with the term. `bare`: only the button and the note
 * (next to a heading that already names the term).
 */
export function Term({ id, children, bare = false }: { id: TermId; children?: ReactNode; bare?: boolean }) {
  const { t } = useTranslation("help");
  const [open, setOpen] = useState(false);
  const noteId = useId();
  const label = t(TERM_KEYS[id].label);
  return (
    <span className="term" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      {!bare && (children ?? label)}
      <button
        type="button"
        className="term-button"
        aria-label={t("terms.more", { term: label })}
        aria-expanded={open}
        aria-describedby={open ? noteId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === "Escape" && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
        onBlur={() => setOpen(false)}
      >
        ?
      </button>
      {open && (
        <span id={noteId} role="note" className="term-note">
          {t(TERM_KEYS[id].text)}
        </span>
      )}
    </span>
  );
}
