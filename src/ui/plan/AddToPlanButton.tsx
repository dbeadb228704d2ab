// "Add to plan" under a suggestion: the suggestion becomes an action (domain/growth/plan's
// mapping, titled in the user's language); once added it says "In your plan". A suggestion that
// needs a choice first (a third place with no candidate community yet) opens the plan's form.
import { useTranslation } from "react-i18next";
import { actionFromSuggestion, addAction, isInPlan } from "../../domain/growth/plan";
import type { Suggestion } from "../../domain/insights/suggestions";
import { actionId, newId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { planTitles } from "./planLabels";
import "./plan.css";

export function AddToPlanButton({ suggestion, title }: { suggestion: Suggestion; title: string }) {
  const { t } = useTranslation("plan");
  const store = useMapStoreApi();
  const inPlan = useMap((s) => isInPlan(s.doc, suggestion.id));
  if (inPlan)
    return (
      <p className="plan-in" data-testid="in-plan">
        {t("suggestion.inPlan")}
      </p>
    );
  const add = () => {
    const { doc, apply, setGrowthTab } = store.getState();
    const now = new Date().toISOString();
    const action = actionFromSuggestion(suggestion, doc, now, { id: actionId(newId("a")), title: planTitles(t) });
    if (action === null) setGrowthTab("plan");
    else apply((d) => addAction(d, { ...action, now }));
  };
  return (
    <button type="button" className="add-to-plan" aria-label={t("suggestion.addLabel", { title })} onClick={add}>
      {t("suggestion.add")}
    </button>
  );
}
