import { useTranslation } from "react-i18next";
import { compareByReading, getOwn, otherEnd, removeTie, tiesOf, type Person, type PersonId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { useAnnounce } from "./feedback";
import { KnowsPicker } from "./KnowsPicker";

/** Chips shown at most; a hub on a big imported map can know thousands. */
const MAX_CHIPS = 60;

/** Who this person knows among your contacts (alter–alter ties), with add and remove. */
export function KnownPeople({ personId }: { personId: PersonId }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const announce = useAnnounce();
  const doc = useMap((s) => s.doc);
  const self = getOwn(doc.people, personId);
  const name = self?.name ?? "";
  // A real person's list leaves planned (what-if) ties and people out; a planned person shows them.
  const showPlanned = self?.planned === true;
  const others = tiesOf(doc, personId)
    .filter((tie) => showPlanned || !tie.planned)
    .map((tie) => getOwn(doc.people, otherEnd(tie, personId)))
    .filter((p): p is Person => p !== undefined && p.id !== doc.egoId && (showPlanned || !p.planned))
    .sort(compareByReading)
    .map((p) => ({ id: p.id, name: p.name }));
  const unlink = (other: PersonId, otherName: string) => {
    store.getState().apply((d) => removeTie(d, { a: personId, b: other }));
    announce(t("announce.unknows", { a: name, b: otherName }));
  };
  return (
    <section className="known-people" aria-label={t("knows.heading", { name })}>
      <h3>{t("knows.heading", { name })}</h3>
      {others.length === 0 ? (
        <p className="muted">{t("knows.none")}</p>
      ) : (
        <ul className="chip-list">
          {others.slice(0, MAX_CHIPS).map((o) => (
            <li key={o.id} className="chip">
              {o.name}
              <button
                type="button"
                className="chip-x"
                aria-label={t("knows.remove", { a: name, b: o.name })}
                onClick={() => unlink(o.id, o.name)}
              >
                ×
              </button>
            </li>
          ))}
          {others.length > MAX_CHIPS && (
            <li className="muted">{t("knows.more", { count: others.length - MAX_CHIPS })}</li>
          )}
        </ul>
      )}
      <KnowsPicker personId={personId} />
    </section>
  );
}
