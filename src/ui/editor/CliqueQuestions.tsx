import { useTranslation } from "react-i18next";
import { getOwn, connectCommunity, tieId, type MapDocument, type CommunityId, type PersonId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { useAnnounce } from "./feedback";

function members(doc: MapDocument, id: CommunityId): PersonId[] {
  return Object.values(doc.people)
    .filter((p) => p.id !== doc.egoId && p.communityIds.includes(id))
    .map((p) => p.id);
}

function isClique(doc: MapDocument, ids: readonly PersonId[]): boolean {
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++)
      if (!getOwn(doc.ties, tieId(ids[i] as PersonId, ids[j] as PersonId))) return false;
  }
  return true;
}

/** "Does everyone in X know each other?" per community with two or more members. */
export function CliqueQuestions() {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const announce = useAnnounce();
  const doc = useMap((s) => s.doc);
  const list = Object.values(doc.communities)
    .map((c) => ({ c, ids: members(doc, c.id) }))
    .filter((x) => x.ids.length >= 2);
  if (list.length === 0) return <p className="muted">{t("clique.none")}</p>;
  return (
    <ul className="clique-list">
      {list.map(({ c, ids }) => {
        const done = isClique(doc, ids);
        return (
          <li key={c.id} className="inline-row">
            <span>{t("clique.question", { name: c.name, count: ids.length })}</span>
            {done ? (
              <strong>{t("clique.done")}</strong>
            ) : (
              <button
                type="button"
                onClick={() => {
                  store.getState().apply((d) => connectCommunity(d, c.id));
                  announce(t("announce.clique", { name: c.name }));
                }}
              >
                {t("clique.yes", { name: c.name })}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
