import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { getOwn, readingKey, searchPeople, type PersonId } from "../domain/model";
import { useMap } from "./hooks/storeContext";
import { isComposingKey, isSubmitEnter } from "./imeEnter";

const MAX_OPTIONS = 8;

export interface PersonComboboxProps {
  readonly label: string;
  readonly optionsLabel: string;
  readonly placeholder?: string;
  /** People not offered (the ego is never offered). */
  readonly exclude?: ReadonlySet<PersonId>;
  readonly onChoose: (id: PersonId) => void;
  /** Keep the chosen name in the field (a form value) instead of clearing it (an action). */
  readonly keepChoice?: boolean;
  /** Offer the ego too, under this label (e.g. "You"). */
  readonly egoLabel?: string;
  /** Offer planned (what-if) people too (the what-if forms); real lists leave them out. */
  readonly includePlanned?: boolean;
}

/**
 * An ARIA combobox with type-ahead over the map's people: at most eight matches are in the DOM,
 * so it stays light on maps of tens of thousands of people (a <select> would hold them all).
 */
export function PersonCombobox({
  label,
  optionsLabel,
  placeholder,
  exclude,
  onChoose,
  keepChoice = false,
  egoLabel,
  includePlanned = false,
}: PersonComboboxProps) {
  const doc = useMap((s) => s.doc);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();
  const options = useMemo(() => {
    // Searched only while the list is open: on big maps a search sorts thousands of names.
    if (!open) return [];
    const people = searchPeople(doc, query, exclude, { includePlanned }).map((p) => ({ id: p.id, name: p.name }));
    const ego = getOwn(doc.people, doc.egoId);
    const q = readingKey(query);
    const egoMatches =
      egoLabel !== undefined &&
      ego !== undefined &&
      !exclude?.has(ego.id) &&
      (q === "" || readingKey(egoLabel).includes(q) || readingKey(ego.name).includes(q));
    return [...(egoMatches ? [{ id: ego.id, name: egoLabel }] : []), ...people].slice(0, MAX_OPTIONS);
  }, [open, doc, query, exclude, egoLabel, includePlanned]);
  const nameOf = (id: PersonId): string =>
    id === doc.egoId && egoLabel !== undefined ? egoLabel : (getOwn(doc.people, id)?.name ?? "");
  const choose = (id: PersonId) => {
    onChoose(id);
    setQuery(keepChoice ? nameOf(id) : "");
    setOpen(false);
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Keys that belong to the IME (arrows choose a conversion, Enter confirms it) choose nothing.
    if (isComposingKey(e)) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
      } else {
        setActive((i) => Math.max(0, Math.min(i + 1, options.length - 1)));
      }
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (isSubmitEnter(e)) {
      const pick = options[active];
      if (open && pick) {
        e.preventDefault();
        choose(pick.id);
      }
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };
  const expanded = open && options.length > 0;
  const activeOption = expanded ? options[active] : undefined;
  return (
    <div className="combobox">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={optionsLabel} hidden={!expanded} className="combobox-list">
        {options.map((p, i) => (
          <li
            key={p.id}
            id={`${listId}-${p.id}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(p.id);
            }}
          >
            {p.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
