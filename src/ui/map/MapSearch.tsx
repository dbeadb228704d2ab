// "Find a person" over the map: an ARIA combobox (list autocomplete) whose options are the people
// whose name or reading matches (mapSearch.ts). Choosing one centres the camera on them, selects
// them (emphasis and their panel). While the IME is composing, Enter confirms the conversion and
// never picks an option (isComposing, or keyCode 229 in browsers that end composition first).
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { PersonId } from "../../domain/model";
import type { MapNavigation } from "../../render/navigation";
import { useMap } from "../hooks/storeContext";
import { findPeople } from "./mapSearch";

export function MapSearch({ navigation }: { navigation: () => MapNavigation | null }) {
  const { t } = useTranslation("map");
  const doc = useMap((s) => s.doc);
  const select = useMap((s) => s.select);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();
  const hits = useMemo(() => (open ? findPeople(doc, query) : []), [open, doc, query]);
  const expanded = open && query.trim() !== "";

  const choose = (id: PersonId) => {
    select(id);
    navigation()?.centreOn(id);
    setQuery(hits.find((h) => h.id === id)?.name ?? "");
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(0, hits.length - 1)));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === "Enter") {
      const pick = hits[active];
      if (expanded && pick) {
        e.preventDefault();
        choose(pick.id);
      }
    } else if (e.key === "Escape") {
      e.preventDefault();
      if (open && query !== "") setOpen(false);
      else setQuery("");
    }
  };

  const activeHit = expanded ? hits[active] : undefined;
  return (
    <div className="map-search" data-map-control="">
      <label htmlFor={inputId} className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeHit ? `${listId}-${activeHit.id}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t("search.placeholder")}
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
      <ul id={listId} role="listbox" aria-label={t("search.options")} hidden={!expanded} className="map-search-list">
        {hits.map((h, i) => (
          <li
            key={h.id}
            id={`${listId}-${h.id}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(h.id);
            }}
          >
            <span>{h.name}</span>
            {h.reading && <span className="map-search-reading">{h.reading}</span>}
          </li>
        ))}
        {hits.length === 0 && (
          <li role="option" aria-disabled="true" aria-selected={false} className="map-search-none">
            {t("search.none")}
          </li>
        )}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {expanded ? (hits.length === 0 ? t("search.none") : t("search.count", { count: hits.length })) : ""}
      </span>
    </div>
  );
}
