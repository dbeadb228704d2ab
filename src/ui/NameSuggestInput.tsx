// A name box that suggests the people already on the map while the user types (searchPeople:
// normaliseName and kana folding, so 鈴木花子 suggests 鈴木 花子 and すずき suggests スズキ).
// Enter submits the typed name (the caller reuses an existing person of the same name); Arrow
// keys move into the suggestions and Enter then chooses one (onPick), so no duplicate is made.
// An Enter that confirms an IME conversion never submits or chooses.
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { normaliseName, searchPeople, type PersonId } from "../domain/model";
import { useMap } from "./hooks/storeContext";
import { isComposingKey, isSubmitEnter } from "./imeEnter";

const MAX_SUGGESTIONS = 6;

export interface NameSuggestInputProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** An existing person chosen from the list. */
  readonly onPick: (id: PersonId) => void;
  /** People not suggested (e.g. those already named for this question). */
  readonly exclude?: ReadonlySet<PersonId>;
  readonly autoFocus?: boolean;
  readonly describedBy?: string;
  readonly dataAutofocus?: boolean;
}

export function NameSuggestInput({
  id,
  value,
  onChange,
  onPick,
  exclude,
  autoFocus = false,
  describedBy,
  dataAutofocus = false,
}: NameSuggestInputProps) {
  const { t } = useTranslation("editor");
  const doc = useMap((s) => s.doc);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const key = normaliseName(value);
  const options = useMemo(
    () => (open && key !== "" ? searchPeople(doc, value, exclude).slice(0, MAX_SUGGESTIONS) : []),
    [open, key, doc, value, exclude],
  );
  const expanded = options.length > 0;
  const activeOption = expanded && active >= 0 ? options[active] : undefined;
  const pick = (pid: PersonId) => {
    onPick(pid);
    setActive(-1);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (isComposingKey(e)) {
      // The IME's keys (arrows pick a conversion, Enter confirms it): the form must not submit.
      if (e.key === "Enter") e.preventDefault();
      return;
    }
    if (e.key === "ArrowDown" && expanded) {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (e.key === "ArrowUp" && expanded) {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (isSubmitEnter(e) && activeOption) {
      e.preventDefault();
      pick(activeOption.id);
    } else if (e.key === "Escape" && expanded) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <span className="combobox name-suggest">
      <input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        autoFocus={autoFocus}
        data-autofocus={dataAutofocus ? true : undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t("nameBox.suggestions")} hidden={!expanded} className="combobox-list">
        {options.map((p, i) => (
          <li
            key={p.id}
            id={`${listId}-${p.id}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(p.id);
            }}
          >
            {p.name}
            {p.reading ? <span className="muted"> ({p.reading})</span> : null}
            {normaliseName(p.name) === key && <span className="muted"> — {t("nameBox.onMap")}</span>}
          </li>
        ))}
      </ul>
    </span>
  );
}
