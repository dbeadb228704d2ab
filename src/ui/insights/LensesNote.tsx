// The two lists read as complementary lenses: novelty (weak, non-redundant ties bring news you
// would not hear) and bandwidth (strong ties pass more of it) — Aral & Van Alstyne 2011.
import { usePhrases } from "./format";

export function LensesNote() {
  const { t } = usePhrases();
  return (
    <section aria-labelledby="lenses-heading" className="insight-section lenses" data-testid="lenses">
      <h3 id="lenses-heading">{t("lenses.heading")}</h3>
      <p className="muted">{t("lenses.text")}</p>
    </section>
  );
}
