// Document slice: the open map document, its revision, undo history, selection and hover.
// Writer: only these actions. The document changes through `apply` (a pure domain updater,
// revision + 1), undo/redo, and replace/restore (the persistence controller and the import
// command opening another map); select/hover are called by the canvas and the panels.
import type { MapDocument, PersonId } from "../domain/model";
import { getOwn } from "../domain/model";
import { emptyHistory, mapHistory, recordEdit, redoStep, undoStep, type History } from "./history";
import type { SliceSet } from "./slice";

export interface ApplyOptions {
  /** Consecutive edits with the same key (e.g. "person:<id>:name") undo as one step. */
  readonly coalesceKey?: string;
  /**
   * false: not an undo step (e.g. the interview moving to its next step). The updater is applied
   * to the earlier and undone documents as well, so undo and redo keep the change; it must
   * therefore accept any document of this map. Saved like any edit (new revision).
   */
  readonly undoable?: boolean;
}

export interface DocumentSlice {
  readonly doc: MapDocument;
  readonly revision: number;
  readonly selectedId: PersonId | null;
  readonly hoveredId: PersonId | null;
  /** Applies a pure updater; a thrown ModelError leaves the document untouched and is rethrown. */
  apply(updater: (doc: MapDocument) => MapDocument, options?: ApplyOptions): void;
  /** Opens another document (new revision, selection cleared, undo history cleared). */
  replaceDocument(doc: MapDocument): void;
  /** Reopens a document as it was, with its undo history (rolls back a replaceDocument). */
  restoreDocument(snapshot: DocumentSnapshot): void;
  /** Earlier and undone documents of this map (bounded, see HISTORY_LIMIT). */
  readonly history: History<MapDocument>;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Steps back one edit (new revision); no-op when there is nothing to undo. */
  undo(): void;
  redo(): void;
  select(id: PersonId | null): void;
  hover(id: PersonId | null): void;
}

export type DocumentSnapshot = Pick<DocumentSlice, "doc" | "history" | "selectedId">;

/** The open document with its undo history, for restoreDocument. */
export function documentSnapshot(state: DocumentSnapshot): DocumentSnapshot {
  return { doc: state.doc, history: state.history, selectedId: state.selectedId };
}

export function createDocumentSlice(
  initial: MapDocument,
  set: SliceSet<DocumentSlice>,
  get: () => DocumentSlice,
): DocumentSlice {
  /** Moves to a document from the history; selection and hover are kept only if that person still exists. */
  const travel = (state: DocumentSlice, doc: MapDocument, history: History<MapDocument>): Partial<DocumentSlice> => {
    const { selectedId, hoveredId } = state;
    return {
      doc,
      history,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      revision: state.revision + 1,
      selectedId: selectedId && getOwn(doc.people, selectedId) ? selectedId : null,
      hoveredId: hoveredId && getOwn(doc.people, hoveredId) ? hoveredId : null,
    };
  };
  return {
    doc: initial,
    revision: 1,
    selectedId: null,
    hoveredId: null,
    history: emptyHistory<MapDocument>(),
    canUndo: false,
    canRedo: false,
    apply(updater, options) {
      const { doc } = get();
      const next = updater(doc);
      if (next === doc) return;
      if (options?.undoable === false) {
        set({ doc: next, revision: get().revision + 1, history: mapHistory(get().history, updater) });
        return;
      }
      const history = recordEdit(get().history, doc, options?.coalesceKey ?? null);
      set({ doc: next, revision: get().revision + 1, history, canUndo: true, canRedo: false });
    },
    restoreDocument({ doc, history, selectedId }) {
      set({
        doc,
        history,
        canUndo: history.past.length > 0,
        canRedo: history.future.length > 0,
        revision: get().revision + 1,
        selectedId: selectedId && getOwn(doc.people, selectedId) ? selectedId : null,
        hoveredId: null,
      });
    },
    replaceDocument(doc) {
      set({
        doc,
        revision: get().revision + 1,
        selectedId: null,
        hoveredId: null,
        history: emptyHistory<MapDocument>(),
        canUndo: false,
        canRedo: false,
      });
    },
    undo() {
      const step = undoStep(get().history, get().doc);
      if (step) set(travel(get(), step.value, step.history));
    },
    redo() {
      const step = redoStep(get().history, get().doc);
      if (step) set(travel(get(), step.value, step.history));
    },
    select(id) {
      set({ selectedId: id });
    },
    hover(id) {
      if (get().hoveredId !== id) set({ hoveredId: id });
    },
  };
}
