import { useTranslation } from "react-i18next";
import { communityMembers, communityPairs } from "../../domain/census";
import type { MapDocument } from "../../domain/model";
import { useMap } from "../hooks/storeContext";
import { CliqueQuestions } from "./CliqueQuestions";
import { Dialog } from "./Dialog";
import { DyadCensus } from "./DyadCensus";

/**
 * Who knows whom: each community first (everyone, nobody, or pick the pairs), then the census
 * of the pairs still unknown. When every community is answered, focus opens on the census, so
 * its keys answer at once.
 */
export function WhoKnowsWhomDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation("editor");
  const communitiesDone = useMap((s) => open && everyCommunityAnswered(s.doc));
  return (
    <Dialog open={open} title={t("census.title")} onClose={onClose} description={t("census.intro")} className="wide">
      <h3>{t("clique.heading")}</h3>
      <CliqueQuestions />
      <h3>{t("census.heading")}</h3>
      <DyadCensus onDone={onClose} autoFocus={communitiesDone} />
    </Dialog>
  );
}

/** Whether every pair inside every community is answered (large communities count as not). */
function everyCommunityAnswered(doc: MapDocument): boolean {
  return Object.values(doc.communities).every(
    (c) =>
      c.planned ||
      (communityMembers(doc, c.id).length <= 60 && communityPairs(doc, c.id).every((p) => p.answer !== "unknown")),
  );
}
