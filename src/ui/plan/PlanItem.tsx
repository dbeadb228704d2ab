// One action of the plan: a checkbox to tick it off, what to do, its kind, people or community
// ("(removed)" once they left the map), the due date, and "Overdue" in words (not colour only).
import { useTranslation } from "react-i18next";
import { actionCommunity, actionPeople, isOverdue } from "../../domain/growth/plan";
import type { MapDocument, PlanAction } from "../../domain/model";
import { KIND_KEY, showDate } from "./planLabels";

export interface PlanItemProps {
  readonly doc: MapDocument;
  readonly action: PlanAction;
  readonly today: string;
  readonly onDone: (done: boolean) => void;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}

export function PlanItem({ doc, action, today, onDone, onEdit, onDelete }: PlanItemProps) {
  const { t, i18n } = useTranslation("plan");
  const done = action.doneAt !== undefined;
  const overdue = isOverdue(action, today);
  const people = actionPeople(doc, action).map((p) => p.name ?? t("list.removed"));
  const community = actionCommunity(doc, action);
  return (
    <li className={`plan-item${overdue ? " overdue" : ""}${done ? " done" : ""}`} data-testid="plan-item">
      <label className="plan-check">
        <input
          type="checkbox"
          checked={done}
          aria-label={t("list.markDone", { title: action.title })}
          onChange={(e) => onDone(e.target.checked)}
        />
        <span className="plan-item-title">{action.title}</span>
      </label>
      <p className="plan-meta">
        <span className="plan-kind">{t(KIND_KEY[action.kind])}</span>
        {people.length > 0 && <span>{t("list.with", { names: people.join(", ") })}</span>}
        {community && <span>{t("list.at", { name: community.name ?? t("list.removed") })}</span>}
        {done ? (
          <span>{t("list.doneOn", { date: showDate(i18n.language, action.doneAt ?? "") })}</span>
        ) : (
          <span data-testid="plan-due">
            {action.due ? t("list.due", { date: showDate(i18n.language, action.due) }) : t("list.noDue")}
          </span>
        )}
        {overdue && (
          <strong className="plan-overdue" data-testid="plan-overdue">
            {t("list.overdue")}
          </strong>
        )}
      </p>
      <div className="plan-item-buttons">
        <button type="button" aria-label={t("list.editLabel", { title: action.title })} onClick={onEdit}>
          {t("list.edit")}
        </button>
        <button
          type="button"
          className="danger"
          aria-label={t("list.deleteLabel", { title: action.title })}
          onClick={onDelete}
        >
          {t("list.delete")}
        </button>
      </div>
    </li>
  );
}
