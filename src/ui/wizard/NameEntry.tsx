import { useId, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { getOwn, type PersonId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { blockComposingEnter } from "../imeEnter";
import { NameSuggestInput } from "../NameSuggestInput";

interface NameEntryProps {
  readonly label: string;
  /** People listed under the field (already named for this question). */
  readonly people: readonly PersonId[];
  /** Adds the name; returns the person's id (new or reused). */
  readonly onAdd: (name: string) => PersonId | null;
  readonly onRemove: (id: PersonId) => void;
  readonly autoFocus?: boolean;
}

/**
 * Name generator: type a name, Enter, next name. People already on the map are suggested as the
 * user types (鈴木花子 suggests 鈴木 花子); a name already on the map is reused.
 */
export function NameEntry({ label, people, onAdd, onRemove, autoFocus = false }: NameEntryProps) {
  const { t } = useTranslation("editor");
  const [name, setName] = useState("");
  const id = useId();
  const all = useMap((s) => s.doc.people);
  const store = useMapStoreApi();
  const named = useMemo(() => new Set(people), [people]);
  const pick = (pid: PersonId) => {
    const existing = getOwn(store.getState().doc.people, pid);
    // The callers reuse the person of this name (normaliseName), so no duplicate is made.
    if (existing) onAdd(existing.name);
    setName("");
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() !== "") onAdd(name);
    setName("");
  };
  return (
    <div className="name-entry">
      <form onSubmit={submit} onKeyDown={blockComposingEnter} className="inline-row">
        <label htmlFor={id}>{label}</label>
        <NameSuggestInput
          id={id}
          value={name}
          onChange={setName}
          onPick={pick}
          exclude={named}
          autoFocus={autoFocus}
          describedBy={`${id}-hint`}
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
