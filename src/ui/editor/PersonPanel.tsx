import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PersonId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { ConfirmDialog } from "./ConfirmDialog";
import { KnownPeople } from "./KnownPeople";
import { MembershipField } from "./MembershipField";
import { NameField } from "./NameField";
import { TieQuestions } from "./TieQuestions";
import { UndoToast } from "./UndoToast";
import { useEditorActions } from "./useEditorActions";
import { getOwn } from "../../domain/model";
import { PersonPlanActions } from "../plan/PersonPlanActions";

export interface PersonPanelProps {
  /**
   * Slot for other features (e.g. the insights panel) shown under the editing controls of the
   * selected person: a node, or a function of the selected person's id.
   */
  readonly extra?: ReactNode | ((personId: PersonId) => ReactNode);
}

/** Side panel for the selected person: name, communities, tie strength, who they know, delete. */
export function PersonPanel({ extra }: PersonPanelProps) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const selectedId = useMap((s) => s.selectedId);
  const person = useMap((s) => (s.selectedId ? getOwn(s.doc.people, s.selectedId) : undefined));
  const isEgo = useMap((s) => s.selectedId === s.doc.egoId);
  const actions = useEditorActions();
  const [confirming, setConfirming] = useState(false);
  if (!selectedId || !person) return <UndoToast autoFocus />;
  return (
    <section className="panel person-panel" aria-labelledby="person-panel-heading" data-testid="person-panel">
      <div className="panel-head">
        <h2 id="person-panel-heading">{isEgo ? t("person.egoHeading", { name: person.name }) : person.name}</h2>
        <button
          type="button"
          className="dialog-x"
          aria-label={t("person.closePanel")}
          onClick={() => store.getState().select(null)}
        >
          ×
        </button>
      </div>
      <NameField
        label={t("person.name")}
        value={person.name}
        personId={person.id}
        onCommit={(name) => actions.renamePerson(person.id, name)}
      />
      {!isEgo && <TieQuestions personId={person.id} />}
      <MembershipField personId={person.id} />
      {!isEgo && <KnownPeople personId={person.id} />}
      <PersonPlanActions personId={person.id} />
      {typeof extra === "function" ? extra(person.id) : extra}
      {!isEgo && (
        <p className="panel-actions">
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t("person.delete")}
          </button>
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("person.deleteTitle", { name: person.name })}
        message={t("person.deleteMessage", { name: person.name })}
        confirmLabel={t("person.deleteConfirm")}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          actions.deletePerson(person.id);
        }}
      />
      <UndoToast />
    </section>
  );
}
