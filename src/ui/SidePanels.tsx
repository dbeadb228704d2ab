// The side panels: a column beside the map on a wide screen, a bottom sheet on a phone. The sheet
// is closed at first (the map fills the screen), opens with its toggle or when a person is chosen
// on the map, takes focus when opened with the toggle, and closes with Escape (focus back on
// the toggle).
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMap } from "./hooks/storeContext";

/** The phone layout's media query, upright or on its side (app.css uses the same sizes). */
export const PHONE_QUERY = "(max-width: 800px), (max-height: 500px)";

/** Whether a media query matches, following changes (false where matchMedia does not exist). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== "function") return () => {};
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => typeof window.matchMedia === "function" && window.matchMedia(query).matches,
    () => false,
  );
}

const CONTENT_ID = "side-panels";

export function SidePanels({
  phone,
  followSelection,
  children,
}: {
  phone: boolean;
  /** Opens the sheet when a person gets selected (on the map view). */
  followSelection: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef(false);
  const selectedId = useMap((s) => s.selectedId);

  const follows = phone && followSelection && selectedId !== null;
  // A newly selected person opens the sheet (state adjusted while rendering, not in an effect).
  const [seenSelection, setSeenSelection] = useState(selectedId);
  if (selectedId !== seenSelection) {
    setSeenSelection(selectedId);
    if (follows) setOpen(true);
  }
  useEffect(() => {
    // The person's panel is the sheet's first panel: show it from its top.
    if (follows && contentRef.current) contentRef.current.scrollTop = 0;
  }, [follows, selectedId]);
  useEffect(() => {
    if (open && focusOnOpen.current) contentRef.current?.focus();
    focusOnOpen.current = false;
  }, [open]);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // A dialog opened from a panel handles its own Escape.
    if (!phone || !open || e.key !== "Escape" || e.defaultPrevented) return;
    // Escape while an IME is composing cancels the composition, not the sheet.
    if (e.nativeEvent.isComposing) return;
    if (e.target instanceof Element && e.target.closest("dialog")) return;
    e.preventDefault();
    close();
  };
  const hidden = phone && !open;
  return (
    <aside className="app-side" data-sheet={phone ? (open ? "open" : "closed") : undefined} onKeyDown={onKeyDown}>
      {phone && (
        <button
          ref={toggleRef}
          type="button"
          className="sheet-toggle"
          aria-expanded={open}
          aria-controls={CONTENT_ID}
          onClick={() => {
            if (open) close();
            else {
              focusOnOpen.current = true;
              setOpen(true);
            }
          }}
        >
          <span className="sheet-handle" aria-hidden="true" />
          {t("panels.toggle")}
        </button>
      )}
      <div id={CONTENT_ID} ref={contentRef} className="side-content" tabIndex={phone ? -1 : undefined} hidden={hidden}>
        {children}
      </div>
    </aside>
  );
}
