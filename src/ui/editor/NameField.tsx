import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { findPersonByName, type PersonId } from "../../domain/model";
import { useMap } from "../hooks/storeContext";
import { isComposingKey, isSubmitEnter } from "../imeEnter";

interface NameFieldProps {
  readonly label: string;
  readonly value: string;
  /** Returns false when the name was not accepted (empty): the field then shows the old name. */
  readonly onCommit: (name: string) => void;
  readonly className?: string;
  readonly hideLabel?: boolean;
  /** The person being renamed: the field then says when the name is someone else's already. */
  readonly personId?: PersonId;
}

/**
 * A text field that saves on Enter or when leaving it; Escape restores the saved value. An Enter
 * or Escape that belongs to the IME (confirming or cancelling a conversion) does neither. When
 * the typed name is another person's (normaliseName: 鈴木花子 is 鈴木 花子) the field says so.
 */
export function NameField({ label, value, onCommit, className, hideLabel = false, personId }: NameFieldProps) {
  const { t } = useTranslation("editor");
  const [draft, setDraft] = useState(value);
  const id = useId();
  const namesake = useMap((s) => {
    if (personId === undefined || draft === value) return null;
    const other = findPersonByName(s.doc, draft);
    return other && other.id !== personId ? other.name : null;
  });
  const [saved, setSaved] = useState(value);
  if (saved !== value) {
    // The name changed elsewhere (table, panel, undo): show the new one.
    setSaved(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft.trim() === "") setDraft(value);
    else if (draft !== value) onCommit(draft);
  };
  return (
    <span className={`name-field ${className ?? ""}`}>
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <input
        id={id}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        aria-description={t("common.enterSaves")}
        aria-describedby={namesake ? `${id}-namesake` : undefined}
        onKeyDown={(e) => {
          if (isComposingKey(e)) return;
          if (isSubmitEnter(e)) {
            e.preventDefault();
            commit();
          } else if (e.key === "Escape" && draft !== value) {
            e.preventDefault();
            e.stopPropagation();
            setDraft(value);
          }
        }}
      />
      {namesake && (
        <span id={`${id}-namesake`} className="muted small name-namesake" role="status">
          {t("nameBox.sameName", { name: namesake })}
        </span>
      )}
    </span>
  );
}
