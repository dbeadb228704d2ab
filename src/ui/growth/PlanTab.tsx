// The Progress dialog's action plan (issue 14): open actions by due date and done ones, each
// tickable, editable and deletable (Undo right here, and Ctrl+Z: every change is a store edit),
// and a form to add one from scratch. Suggestions add theirs from the insights panel.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  addAction,
  deleteAction,
  setActionDone,
  sortedPlan,
  updateAction,
  type ActionDraft,
} from "../../domain/growth/plan";
import { actionId, newId, type ActionId, type MapDocument } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { PlanForm } from "../plan/PlanForm";
import { PlanItem } from "../plan/PlanItem";
import { localDay } from "../plan/planLabels";
import "../plan/plan.css";

export function PlanTab() {
  const { t } = useTranslation("plan");
  const store = useMapStoreApi();
  const doc = useMap((s) => s.doc);
  const [editing, setEditing] = useState<ActionId | null>(null);
  const [deletedDoc, setDeletedDoc] = useState<MapDocument | null>(null);
  const today = localDay(new Date());
  const { open, done } = sortedPlan(doc);
  const apply = (f: (d: MapDocument) => MapDocument) => store.getState().apply(f);
  const item = (a: (typeof open)[number]) =>
    editing === a.id ? (
      <li key={a.id} className="plan-item editing">
        <PlanForm
          heading={t("form.editHeading")}
          submitLabel={t("form.save")}
          initial={a}
          onSubmit={(draft: ActionDraft) => {
            apply((d) => updateAction(d, a.id, draft));
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      </li>
    ) : (
      <PlanItem
        key={a.id}
        doc={doc}
        action={a}
        today={today}
        onDone={(isDone) => apply((d) => setActionDone(d, a.id, isDone ? new Date().toISOString() : null))}
        onEdit={() => setEditing(a.id)}
        onDelete={() => {
          apply((d) => deleteAction(d, a.id));
          setDeletedDoc(store.getState().doc);
          store.getState().announce(t("list.deleted"));
        }}
      />
    );
  return (
    <div className="plan-tab" data-testid="plan-tab">
      <p className="muted">{t("intro")}</p>
      {deletedDoc !== null && deletedDoc === doc && (
        <p className="plan-undo" role="status">
          {t("list.deleted")}{" "}
          <button type="button" onClick={() => store.getState().undo()}>
            {t("list.undo")}
          </button>
        </p>
      )}
      <section aria-labelledby="plan-open-heading">
        <h3 id="plan-open-heading">{t("list.openHeading")}</h3>
        {open.length === 0 && <p className="muted">{t("list.noneOpen")}</p>}
        <ul className="plan-list" data-testid="plan-open">
          {open.map(item)}
        </ul>
      </section>
      <section aria-labelledby="plan-done-heading">
        <h3 id="plan-done-heading">{t("list.doneHeading")}</h3>
        {done.length === 0 && <p className="muted">{t("list.noneDone")}</p>}
        <ul className="plan-list" data-testid="plan-done">
          {done.map(item)}
        </ul>
      </section>
      <PlanForm
        heading={t("form.addHeading")}
        submitLabel={t("form.add")}
        onSubmit={(draft) =>
          apply((d) => addAction(d, { ...draft, id: actionId(newId("a")), now: new Date().toISOString() }))
        }
      />
    </div>
  );
}
