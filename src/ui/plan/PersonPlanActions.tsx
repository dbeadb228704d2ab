// "The plan is in the map": the selected person's open actions, in their side panel, with a
// button that opens the plan.
import { useTranslation } from "react-i18next";
import { openActionsFor } from "../../domain/growth/plan";
import type { PersonId } from "../../domain/model";
import { useMap } from "../hooks/storeContext";
import { showDate } from "./planLabels";
import "./plan.css";

export function PersonPlanActions({ personId }: { personId: PersonId }) {
  const { t, i18n } = useTranslation("plan");
  const doc = useMap((s) => s.doc);
  const setGrowthTab = useMap((s) => s.setGrowthTab);
  const actions = openActionsFor(doc, { person: personId });
  if (actions.length === 0) return null;
  return (
    <section className="person-plan" aria-labelledby="person-plan-heading" data-testid="person-plan">
      <h3 id="person-plan-heading">{t("panel.heading")}</h3>
      <ul>
        {actions.map((a) => (
          <li key={a.id}>
            {a.title}
            {a.due && <span className="muted"> · {t("list.due", { date: showDate(i18n.language, a.due) })}</span>}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setGrowthTab("plan")}>
        {t("panel.open")}
      </button>
    </section>
  );
}
