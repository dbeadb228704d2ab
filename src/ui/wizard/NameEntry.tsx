import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { PersonId } from "../../domain/model";
import { useMap } from "../hooks/storeContext";
import { holdImeEnter } from "./quickKeys";

interface NameEntryProps {
  readonly label: string;
  /** People listed under the field (already named for this question). */
  readonly people: readonly PersonId[];
  /** Adds the name; returns the person's id (new or reused). */
  readonly onAdd: (name: string) => PersonId | null;
  readonly onRemove: (id: PersonId) => void;
  readonly autoFocus?: boolean;
}

/** Name generator: type a name, Enter, next name. A name already on the map is reused. */
export function NameEntry({ label, people, onAdd, onRemove, autoFocus = false }: NameEntryProps) {
  const { t } = useTranslation("editor");
  const [name, setName] = useState("");
  const id = useId();
  const all = useMap((s) => s.doc.people);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() !== "") onAdd(name);
    setName("");
  };
  return (
    <div className="name-entry">
      <form onSubmit={submit} className="inline-row">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={holdImeEnter}
          autoFocus={autoFocus}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
        />
        <button type="submit">{t("wizard.addName")}</button>
      </form>
      <p id={`${id}-hint`} className="muted small">
        {t("wizard.enterHint")}
      </p>
      {people.length > 0 && (
        <ul className="chip-list" aria-label={t("wizard.namedSoFar", { count: people.length })}>
          {people.map((p) => (
            <li key={p} className="chip">
              {all[p]?.name}
              <button
                type="button"
                className="chip-x"
                aria-label={t("wizard.removeName", { name: all[p]?.name })}
                onClick={() => onRemove(p)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
