// "Join X and meet about N people → bridging would change from A to B", from the two analyses the
// metrics workers already made (the real one and the what-if one with planned items): nothing is
// computed on the main thread (domain/growth/joinWhatIf reads them).
import { useTranslation } from "react-i18next";
import { joinWhatIf } from "../../domain/growth/joinWhatIf";
import type { CommunityId } from "../../domain/model";
import { useMap } from "../hooks/storeContext";
import { fmt } from "../insights/format";
import { useEgoAnalysis, usePlannedAnalysis } from "../insights/useInsightReports";

export function JoinWhatIfLine({ communityId }: { communityId: CommunityId }) {
  const { t } = useTranslation("plan");
  const doc = useMap((s) => s.doc);
  const real = useEgoAnalysis();
  const planned = usePlannedAnalysis();
  const w = joinWhatIf(doc, communityId, real, planned.ego);
  if (!w) return null;
  if (w.meet === 0 || planned.ego === null) {
    return (
      <p className="muted" data-testid="join-whatif">
        {t("whatIf.noPeople", { community: w.community })}
      </p>
    );
  }
  return (
    <div className="join-whatif" data-testid="join-whatif" aria-busy={!planned.current}>
      <p>
        {t("whatIf.line", { community: w.community, count: w.meet, before: fmt(w.before), after: fmt(w.after) })}
        {!planned.current && <span className="muted"> ({t("whatIf.updating")})</span>}
      </p>
      {!w.onlyThis && <p className="muted">{t("whatIf.allPlanned", { community: w.community })}</p>}
    </div>
  );
}
