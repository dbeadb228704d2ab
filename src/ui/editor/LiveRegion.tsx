import { useFeedback } from "./feedback";

/** Polite announcements of adds, deletes and answers for screen readers. */
export function LiveRegion() {
  const message = useFeedback((s) => s.message);
  const serial = useFeedback((s) => s.serial);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-region">
      <span key={serial}>{message}</span>
    </div>
  );
}
