// One person's scores and explanation (metrics-spec §N): information potential with its three
// terms in words, mutual contacts, local-bridge status and marginal reach. Rendered by the
// editor's person panel, or by the insights panel while no person panel exists.
import { alterPhrases, reachPoints } from "../../domain/insights/sentences";
import { getOwn, personId, type PersonId } from "../../domain/model";
import { useMap } from "../hooks/storeContext";
import { fmt, usePhrases } from "./format";
import { useEgoAnalysis } from "./useInsightReports";

export function PersonInsights({ personId: id }: { personId: PersonId }) {
  const { say, t } = usePhrases();
  const people = useMap((s) => s.doc.people);
  const egoId = useMap((s) => s.doc.egoId);
  const ego = useEgoAnalysis();
  const person = getOwn(people, id);
  if (!person) return null;
  const nameOf = (x: string): string => getOwn(people, personId(x))?.name ?? x;
  const info = ego ? getOwn(ego.per_alter, id) : undefined;
  const explanation = ego ? getOwn(ego.explanations, id) : undefined;
  const marginal = ego?.diffusion ? getOwn(ego.diffusion.marginal_reach, id) : undefined;
  return (
    <section className="person-insights" aria-labelledby="person-insights-heading" data-testid="person-insights">
      <h3 id="person-insights-heading">{t("person.heading", { name: person.name })}</h3>
      {id === egoId ? (
        <p className="muted">{t("person.ego")}</p>
      ) : !info || !explanation ? (
        <p className="muted">{ego ? t("person.notContact") : t("panel.computing")}</p>
      ) : (
        <>
          <p className="person-ip">
            {t("person.ip")} <strong data-testid="person-ip">{fmt(info.information_potential)}</strong>
          </p>
          <p className="why">{alterPhrases(explanation, nameOf).map(say).join(t("separator"))}</p>
          <p className="muted">
            {t("person.terms", {
              nr: fmt(info.nonredundancy, 2),
              x: fmt(info.exclusivity, 2),
              u: fmt(info.inverted_u, 2),
            })}
          </p>
          <p>
            {info.mutual_contacts === 0 ? t("person.mutualNone") : t("person.mutual", { count: info.mutual_contacts })}
          </p>
          {info.is_local_bridge && <p>{t("person.localBridge")}</p>}
          {marginal !== undefined && <p>{t("person.marginal", { points: fmt(reachPoints(marginal)) })}</p>}
        </>
      )}
    </section>
  );
}
