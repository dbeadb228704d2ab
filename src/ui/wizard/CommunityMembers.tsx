import type { CommunityId, PersonId } from "../../domain/model";
import { useEditorActions } from "../editor/useEditorActions";
import { useMap } from "../hooks/storeContext";
import { NameEntry } from "./NameEntry";
import { getOwn } from "../../domain/model";

/** Name entry for one community: names become members (existing names are reused). */
export function CommunityMembers({
  communityId,
  label,
  autoFocus,
}: {
  communityId: CommunityId;
  label: string;
  autoFocus?: boolean;
}) {
  const actions = useEditorActions();
  const doc = useMap((s) => s.doc);
  const members = Object.values(doc.people)
    .filter((p) => p.id !== doc.egoId && p.communityIds.includes(communityId))
    .map((p) => p.id);
  const remove = (id: PersonId) => {
    const p = getOwn(doc.people, id);
    if (p && p.communityIds.length === 1) actions.deletePerson(id);
    else actions.setMember(id, communityId, false);
  };
  return (
    <NameEntry
      label={label}
      people={members}
      autoFocus={autoFocus}
      onAdd={(name) => actions.addPerson(name, [communityId], { reuse: true })}
      onRemove={remove}
    />
  );
}
