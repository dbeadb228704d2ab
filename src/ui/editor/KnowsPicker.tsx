import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { searchPeople, setTie, tiesOf, type PersonId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { announce } from "./feedback";

const MAX_OPTIONS = 8;

/** "Knows …": an ARIA combobox with type-ahead that adds an alter–alter tie on choice. */
export function KnowsPicker({ personId }: { personId: PersonId }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const doc = useMap((s) => s.doc);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();
  const options = useMemo(() => {
    const known = new Set<PersonId>(
      tiesOf(doc, personId).map((tie) => (tie.a === personId ? tie.b : tie.a)),
    );
    known.add(personId);
    return searchPeople(doc, query, known).slice(0, MAX_OPTIONS);
  }, [doc, personId, query]);
  const choose = (other: PersonId) => {
    store.getState().apply((d) => setTie(d, { a: personId, b: other }));
    announce(t("announce.knows", { a: doc.people[personId]?.name, b: doc.people[other]?.name }));
    setQuery("");
    setOpen(false);
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === "Enter") {
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
      <label htmlFor={inputId}>{t("knows.label")}</label>
      <input
        id={inputId}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
        autoComplete="off"
        placeholder={t("knows.placeholder")}
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
      <ul
        id={listId}
        role="listbox"
        aria-label={t("knows.options")}
        hidden={!expanded}
        className="combobox-list"
      >
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
