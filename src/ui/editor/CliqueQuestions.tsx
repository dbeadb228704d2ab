import { useState } from "react";
import { useTranslation } from "react-i18next";
import { answerCommunity, communityMembers, communityPairs, type CommunityAnswer } from "../../domain/census";
import type { Community, CommunityId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { useAnnounce } from "./feedback";
import { GRID_MAX_MEMBERS, PairGrid } from "./PairGrid";

/**
 * Who knows whom inside each community with two or more members: everyone, nobody, or pick
 * the pairs in a small grid. Every answer is recorded in the map (a no in doc.censusNo).
 */
export function CliqueQuestions() {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const announce = useAnnounce();
  const doc = useMap((s) => s.doc);
  const [open, setOpen] = useState<ReadonlySet<CommunityId>>(() => new Set());
  // Pairs are listed (and counted) only for communities small enough for a grid.
  const list = Object.values(doc.communities)
    .filter((c) => !c.planned)
    .map((c) => {
      const size = communityMembers(doc, c.id).length;
      return { c, size, pairs: size <= GRID_MAX_MEMBERS ? communityPairs(doc, c.id) : null };
    })
    .filter((x) => x.size >= 2);
  if (list.length === 0) return <p className="muted">{t("clique.none")}</p>;
  const apply = (c: Community, answer: CommunityAnswer) => {
    store.getState().apply((d) => answerCommunity(d, c.id, answer));
    if (answer === "everyone") announce(t("announce.clique", { name: c.name }));
  };
  const toggle = (id: CommunityId) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <ul className="clique-list">
      {list.map(({ c, size: members, pairs }) => {
        const total = pairs?.length ?? (members * (members - 1)) / 2;
        const yes = pairs?.filter((p) => p.answer === "yes").length ?? 0;
        const unknown = pairs?.filter((p) => p.answer === "unknown").length ?? total;
        const status = !pairs
          ? ""
          : yes === total
            ? t("whoKnows.everyoneDone")
            : yes === 0 && unknown === 0
              ? t("whoKnows.nobodyDone")
              : t("whoKnows.communityStatus", { known: total - unknown, total });
        const isOpen = open.has(c.id);
        return (
          <li key={c.id} className="clique-item">
            <div className="inline-row">
              <span>{t("clique.question", { name: c.name, count: members })}</span>
              <strong className="clique-status">{status}</strong>
            </div>
            <div className="inline-row" role="group" aria-label={c.name}>
              <button type="button" aria-pressed={pairs !== null && yes === total} onClick={() => apply(c, "everyone")}>
                {t("whoKnows.everyone", { name: c.name })}
              </button>
              <button type="button" aria-pressed={yes === 0 && unknown === 0} onClick={() => apply(c, "nobody")}>
                {t("whoKnows.nobody", { name: c.name })}
              </button>
              {members <= GRID_MAX_MEMBERS && (
                <button type="button" aria-expanded={isOpen} onClick={() => toggle(c.id)}>
                  {t("whoKnows.pick", { name: c.name })}
                </button>
              )}
            </div>
            {members > GRID_MAX_MEMBERS && <p className="muted small">{t("whoKnows.tooBig", { name: c.name })}</p>}
            {isOpen && members <= GRID_MAX_MEMBERS && (
              <>
                <PairGrid community={c} />
                {unknown > 0 && (
                  <button type="button" onClick={() => apply(c, "restNo")}>
                    {t("whoKnows.restNo", { name: c.name })}
                  </button>
                )}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
