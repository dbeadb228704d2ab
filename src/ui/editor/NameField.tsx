import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

interface NameFieldProps {
  readonly label: string;
  readonly value: string;
  /** Returns false when the name was not accepted (empty): the field then shows the old name. */
  readonly onCommit: (name: string) => void;
  readonly className?: string;
  readonly hideLabel?: boolean;
}

/** A text field that saves on Enter or when leaving it; Escape restores the saved value. */
export function NameField({ label, value, onCommit, className, hideLabel = false }: NameFieldProps) {
  const { t } = useTranslation("editor");
  const [draft, setDraft] = useState(value);
  const id = useId();
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
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit();
          } else if (e.key === "Escape" && draft !== value) {
            e.preventDefault();
            e.stopPropagation();
            setDraft(value);
          }
        }}
      />
    </span>
  );
}
