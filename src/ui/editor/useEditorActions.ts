// Editing commands used by the panels, the table and the interview: each runs one pure
// updater through the store and announces the result for screen readers.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  getOwn,
  addAlter,
  addCommunity,
  cleanName,
  communityId,
  findPersonByName,
  newId,
  personId,
  removePerson,
  setEgoAnswers,
  setMembership,
  snapshotPerson,
  updatePerson,
  type AnswerPatch,
  type CommunityId,
  type PersonId,
  type Sphere,
} from "../../domain/model";
import { useMapStoreApi } from "../hooks/storeContext";

export interface EditorActions {
  /** Adds a new person (or, when `reuse` and the name exists, returns that person). Null for an empty name. */
  addPerson(
    name: string,
    communityIds?: readonly CommunityId[],
    options?: {
      /** Reuse the real person of the same name (normaliseName: 鈴木花子 is 鈴木 花子) instead of adding one. */
      reuse?: boolean;
      /** The existing person chosen from a suggestion list: reused whatever the typed name. */
      existingId?: PersonId;
      answers?: AnswerPatch;
    },
  ): PersonId | null;
  renamePerson(id: PersonId, name: string): boolean;
  deletePerson(id: PersonId): void;
  /** Brings the last deleted person back: the undo step itself when the deletion is the last edit. */
  undoDelete(): void;
  setMember(id: PersonId, community: CommunityId, member: boolean): void;
  answer(id: PersonId, patch: AnswerPatch): void;
  addCommunity(name: string, sphere: Sphere): CommunityId | null;
}

export function useEditorActions(): EditorActions {
  const store = useMapStoreApi();
  const { t } = useTranslation("editor");
  return useMemo<EditorActions>(() => {
    const doc = () => store.getState().doc;
    const { announce, rememberDeletion } = store.getState();
    const nameOf = (id: PersonId) => getOwn(doc().people, id)?.name ?? "";
    return {
      addPerson(name, communityIds = [], options = {}) {
        const clean = cleanName(name);
        if (clean === "") return null;
        const chosen = options.existingId ? getOwn(doc().people, options.existingId) : undefined;
        const existing = chosen ?? (options.reuse ? findPersonByName(doc(), clean) : undefined);
        if (existing && existing.id !== doc().egoId) {
          // One user action, one undo step: memberships and answers go in one apply.
          const answers = options.answers;
          store.getState().apply((d) => {
            let next = d;
            for (const c of communityIds)
              next = setMembership(next, { personId: existing.id, communityId: c, member: true });
            return answers ? setEgoAnswers(next, existing.id, answers) : next;
          });
          announce(t("announce.reused", { name: existing.name }));
          return existing.id;
        }
        const id = personId(newId("p"));
        store.getState().apply((d) => {
          const added = addAlter(d, { id, name: clean, communityIds });
          return options.answers ? setEgoAnswers(added, id, options.answers) : added;
        });
        announce(t("announce.added", { name: clean }));
        return id;
      },
      renamePerson(id, name) {
        const clean = cleanName(name);
        if (clean === "" || clean === nameOf(id)) return false;
        store.getState().apply((d) => updatePerson(d, { id, name: clean }));
        announce(t("announce.renamed", { name: clean }));
        return true;
      },
      deletePerson(id) {
        const snap = snapshotPerson(doc(), id);
        if (!snap || id === doc().egoId) return;
        if (store.getState().selectedId === id) store.getState().select(null);
        store.getState().apply((d) => removePerson(d, id));
        rememberDeletion(snap, doc());
        announce(t("announce.deleted", { name: snap.person.name }));
      },
      undoDelete() {
        const { feedback } = store.getState();
        const snap = feedback.lastDeleted;
        // Only while the deletion is the last edit (the toast is hidden otherwise): the toast's
        // Undo is the undo step itself, so Redo deletes again and Ctrl+Z has nothing extra to undo.
        if (!snap || feedback.deletedDoc !== doc()) return;
        store.getState().undo();
        if (getOwn(doc().people, snap.person.id)) store.getState().select(snap.person.id);
        announce(t("announce.restored", { name: snap.person.name }));
      },
      setMember(id, community, member) {
        store.getState().apply((d) => setMembership(d, { personId: id, communityId: community, member }));
      },
      answer(id, patch) {
        store.getState().apply((d) => setEgoAnswers(d, id, patch));
      },
      addCommunity(name, sphere) {
        const clean = name.trim();
        if (clean === "") return null;
        const id = communityId(newId("c"));
        store.getState().apply((d) => addCommunity(d, { id, name: clean, sphere }));
        announce(t("announce.communityAdded", { name: clean }));
        return id;
      },
    };
  }, [store, t]);
}
