// Editing commands used by the panels, the table and the interview: each runs one pure
// updater through the store and announces the result for screen readers.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  getOwn,
  addAlter,
  addCommunity,
  communityId,
  findPersonByName,
  newId,
  personId,
  removePerson,
  restorePerson,
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
    options?: { reuse?: boolean; answers?: AnswerPatch },
  ): PersonId | null;
  renamePerson(id: PersonId, name: string): boolean;
  deletePerson(id: PersonId): void;
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
        const clean = name.trim();
        if (clean === "") return null;
        const existing = options.reuse ? findPersonByName(doc(), clean) : undefined;
        if (existing && existing.id !== doc().egoId) {
          for (const c of communityIds)
            store.getState().apply((d) => setMembership(d, { personId: existing.id, communityId: c, member: true }));
          if (options.answers) store.getState().apply((d) => setEgoAnswers(d, existing.id, options.answers ?? {}));
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
        if (name.trim() === "" || name.trim() === nameOf(id)) return false;
        store.getState().apply((d) => updatePerson(d, { id, name }));
        announce(t("announce.renamed", { name: name.trim() }));
        return true;
      },
      deletePerson(id) {
        const snap = snapshotPerson(doc(), id);
        if (!snap || id === doc().egoId) return;
        if (store.getState().selectedId === id) store.getState().select(null);
        store.getState().apply((d) => removePerson(d, id));
        rememberDeletion(snap);
        announce(t("announce.deleted", { name: snap.person.name }));
      },
      undoDelete() {
        const snap = store.getState().feedback.lastDeleted;
        if (!snap) return;
        store.getState().apply((d) => restorePerson(d, snap));
        rememberDeletion(null);
        store.getState().select(snap.person.id);
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
