// Local-first persistence of the open map: restores the last map on start, autosaves after a debounce,
// manages the list of saved maps and detects when another tab saved the same map (BroadcastChannel
// notice + savedRevision check inside the write transaction).
import { createDocument, mapId, newId, personId, renameMap, type MapDocument } from "../../domain/model";
import { documentSnapshot } from "../../store/mapStore";
import type { ControllerOptions, Message, OpenDocumentResult, PersistenceController } from "./controllerTypes";
import { backupCommands } from "./backupMaps";
import { errorText, isWriteProblem, toProblem } from "./problems";
import { recoverDrafts } from "./drafts";
import { setClient } from "../../domain/growth/client";
import { duplicateStoredMap, renameStoredMap, setMapClient } from "./otherMaps";
import { restoreOrder, upsert } from "./records";
import { openMapRepository, type MapRepository } from "./repository";
import { persistenceStatus, type PersistenceState } from "./state";

export type { ControllerOptions, OpenDocumentResult, PersistenceController } from "./controllerTypes";

export const AUTOSAVE_DELAY_MS = 500;
export const CHANNEL_NAME = "tsunagari-maps";

export function createPersistenceController(opts: ControllerOptions): PersistenceController {
  const { store } = opts;
  const state = persistenceStatus(store);
  state.setState({ status: "restoring" });
  const tabId = newId("tab");
  const debounceMs = opts.debounceMs ?? AUTOSAVE_DELAY_MS;
  const now = opts.now ?? (() => new Date().toISOString());
  const freshId = opts.newMapId ?? (() => newId("map"));
  let repo: MapRepository | null = null;
  let channel: BroadcastChannel | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<boolean> = Promise.resolve(true);
  let disposed = false;
  let switching = false;
  /** The open map's record as this tab last read or wrote it (null: never saved). */
  let base: { mapId: string; savedRevision: number | null } = { mapId: store.getState().doc.id, savedRevision: null };
  /** Store revision whose document is on disk; -1 when none. */
  let savedStoreRevision = -1;
  /** Map whose draft this tab wrote (removed once the map is saved normally). */
  let draftOf: string | null = null;

  const markUnsaved = (id: string) => {
    base = { mapId: id, savedRevision: null };
    savedStoreRevision = -1;
  };
  const patch = (p: Partial<PersistenceState>) => state.setState(p);
  const post = (m: Message) => channel?.postMessage(m);
  /** Changes the store without the change counting as an edit to autosave. */
  const quietly = (change: () => void) => {
    switching = true;
    try {
      change();
    } finally {
      switching = false;
    }
  };
  const cancelTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  function open(doc: MapDocument, savedRevision: number | null): void {
    cancelTimer();
    // Never "Saved" for a document that is not on disk yet, not even while it is being drawn.
    if (savedRevision === null && repo && state.getState().status === "saved") patch({ status: "pending" });
    quietly(() => store.getState().replaceDocument(doc));
    base = { mapId: doc.id, savedRevision };
    savedStoreRevision = savedRevision === null ? -1 : store.getState().revision;
  }

  // Opens a document not saved yet (an import) and saves it; when drawing or saving it fails the
  // previous map is reopened with its undo history, as saved as it was before.
  async function openDocument(doc: MapDocument): Promise<OpenDocumentResult> {
    if (repo && !(await saveNow())) return { ok: false, step: "saveCurrent", problem: state.getState().problem };
    const saved = savedStoreRevision === store.getState().revision;
    const before = { ...documentSnapshot(store.getState()), base, saved };
    const { status, problem } = state.getState();
    const rollback = (): void => {
      cancelTimer();
      try {
        quietly(() => store.getState().restoreDocument(before));
      } catch {
        // It was drawn before; the document itself is back in the store either way.
      }
      base = before.base;
      savedStoreRevision = before.saved ? store.getState().revision : -1;
      patch({ status, problem });
    };
    try {
      open(doc, null);
    } catch (e) {
      rollback();
      return { ok: false, step: "display", problem: null, detail: errorText(e) };
    }
    if (!repo || (await saveNow())) return { ok: true };
    const failed = state.getState().problem;
    rollback();
    return { ok: false, step: "save", problem: failed };
  }

  function schedule(): void {
    if (!repo || disposed || state.getState().status === "restoring") return;
    cancelTimer();
    if (state.getState().conflict?.mapId === store.getState().doc.id) {
      patch({ status: "conflict" });
      return;
    }
    patch({ status: "pending" });
    timer = setTimeout(() => {
      timer = null;
      void saveNow();
    }, debounceMs);
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.revision === prev.revision || switching) return;
    // A document opened by another command (e.g. a file) is a map this tab has not saved yet.
    if (s.doc.id !== base.mapId) markUnsaved(s.doc.id);
    schedule();
  });

  function saveNow(): Promise<boolean> {
    cancelTimer();
    chain = chain.then(writeCurrent, writeCurrent);
    return chain;
  }

  async function writeCurrent(): Promise<boolean> {
    if (!repo || disposed) return false;
    const { doc, revision } = store.getState();
    if (revision === savedStoreRevision && doc.id === base.mapId) return true;
    if (state.getState().conflict?.mapId === doc.id) {
      patch({ status: "conflict" });
      return false;
    }
    patch({ status: "saving" });
    const started = performance.now();
    try {
      const outcome = await repo.save(doc, { expected: base.savedRevision, savedBy: tabId, now: now() });
      if (outcome.kind === "conflict") {
        if (outcome.reason === "exists") {
          // Opened from a file whose id belongs to another saved map: keep both, under a new id.
          const current = store.getState().doc;
          open({ ...current, id: mapId(freshId()) }, null);
          return await writeCurrent();
        }
        const conflict = { mapId: doc.id, title: outcome.theirs.title, theirUpdatedAt: outcome.theirs.updatedAt };
        patch({ status: "conflict", conflict });
        return false;
      }
      base = { mapId: doc.id, savedRevision: outcome.savedRevision };
      savedStoreRevision = revision;
      if (draftOf === doc.id && store.getState().revision === revision) {
        draftOf = null;
        void repo.removeDraft(doc.id).catch(() => undefined);
      }
      const { problem, maps } = state.getState();
      patch({
        status: store.getState().revision === revision ? "saved" : "pending",
        problem: isWriteProblem(problem) ? null : problem,
        maps: upsert(maps, outcome.summary),
        lastSavedAt: outcome.summary.updatedAt,
        lastWriteMs: Math.round(performance.now() - started),
      });
      const { title, updatedAt } = outcome.summary;
      post({ kind: "saved", tabId, mapId: doc.id, savedRevision: outcome.savedRevision, title, updatedAt });
      return true;
    } catch (e) {
      patch({ status: "failed", problem: toProblem(e, "write", doc.title) });
      return false;
    }
  }

  async function refreshList(): Promise<void> {
    if (!repo) return;
    try {
      patch({ maps: await repo.list() });
    } catch (e) {
      patch({ problem: toProblem(e, "read") });
    }
  }

  function onMessage(m: Message): void {
    if (m.tabId === tabId || disposed) return;
    void refreshList();
    if (m.kind !== "saved" || m.mapId !== base.mapId || base.savedRevision === null) return;
    if (m.savedRevision <= base.savedRevision) return;
    cancelTimer();
    patch({ status: "conflict", conflict: { mapId: m.mapId, title: m.title, theirUpdatedAt: m.updatedAt } });
  }

  async function openStored(id: string): Promise<boolean> {
    if (!repo) return false;
    try {
      const stored = await repo.load(id);
      open(stored.doc, stored.savedRevision);
      patch({ status: "saved", conflict: null });
      await repo.setLastOpenId(id).catch(() => undefined);
      return true;
    } catch (e) {
      patch({ problem: toProblem(e, "read") });
      return false;
    }
  }

  return {
    tabId,

    async start() {
      const startRevision = store.getState().revision;
      try {
        repo = await (opts.openRepository ?? openMapRepository)({
          onBlocked: () => patch({ problem: { kind: "blocked" } }),
          onVersionChange: () => {
            repo = null;
            cancelTimer();
            patch({ status: "off", problem: { kind: "versionChange" } });
          },
        });
      } catch (e) {
        patch({ status: "off", problem: toProblem(e, "open") });
        return;
      }
      if (state.getState().problem?.kind === "blocked") patch({ problem: null });
      await recoverDrafts(repo, { tabId, now, freshId, copyTitle: opts.copyTitle ?? ((title) => title) });
      if (opts.channelName !== null && typeof BroadcastChannel !== "undefined") {
        channel = new BroadcastChannel(opts.channelName ?? CHANNEL_NAME);
        channel.onmessage = (ev: MessageEvent<Message>) => onMessage(ev.data);
      }
      await refreshList();
      if (store.getState().revision !== startRevision) {
        // Edited while the database was opening (e.g. blocked by another tab): keep those edits.
        markUnsaved(store.getState().doc.id);
        await saveNow();
        return;
      }
      const { maps } = state.getState();
      const last = await repo.lastOpenId().catch(() => null);
      for (const id of restoreOrder(last, maps)) {
        if (await openStored(id)) return;
      }
      // Nothing saved yet (first start) or nothing readable: save the map already in memory.
      patch({ status: "pending" });
      markUnsaved(store.getState().doc.id);
      await saveNow();
    },

    flush: saveNow,

    writeDraft() {
      const { doc, revision } = store.getState();
      if (revision === savedStoreRevision && doc.id === base.mapId) return true;
      if (!repo || disposed || state.getState().conflict?.mapId === doc.id) return false;
      const started = performance.now();
      const done = (ok: boolean) => ok && patch({ lastDraftWriteMs: Math.round(performance.now() - started) });
      if (!repo.writeDraft(doc, { expected: base.savedRevision, savedBy: tabId, now: now() }, done)) return false;
      draftOf = doc.id;
      return true;
    },
    openDocument,

    async newMap({ title, egoName, client }) {
      if (!repo || !(await saveNow())) return false;
      const doc = createDocument({ id: mapId(freshId()), title, egoId: personId("ego"), egoName, now: now() });
      open(setClient(doc, client ?? null), null);
      return saveNow();
    },

    async openMap(id) {
      if (!repo) return false;
      if (id === store.getState().doc.id) return true;
      if (!(await saveNow())) return false;
      return openStored(id);
    },

    async renameMap(id, title) {
      if (id === store.getState().doc.id) {
        store.getState().apply((d) => renameMap(d, title));
        return repo ? saveNow() : true;
      }
      return repo ? renameStoredMap({ repo, state, tabId, now, post }, id, title) : false;
    },

    setMapClient: (id, client) => setMapClient({ repo, state, tabId, now, post }, store, saveNow, id, client),

    async duplicateMap(id, title) {
      const open = id === store.getState().doc.id ? store.getState().doc : null;
      return repo ? duplicateStoredMap({ repo, state, tabId, now, post }, id, open, title, freshId()) : false;
    },

    async deleteMap(id) {
      if (!repo) return false;
      const isOpen = id === store.getState().doc.id;
      if (isOpen) {
        cancelTimer();
        await chain;
      }
      try {
        await repo.remove(id);
      } catch (e) {
        patch({ problem: toProblem(e, "write") });
        return false;
      }
      const maps = state.getState().maps.filter((m) => m.id !== id);
      patch({ maps });
      post({ kind: "listChanged", tabId });
      if (!isOpen) return true;
      if (state.getState().conflict?.mapId === id) patch({ conflict: null });
      for (const m of maps) if (await openStored(m.id)) return true;
      open(opts.fallbackDocument(), null);
      return saveNow();
    },

    async loadTheirs() {
      const c = state.getState().conflict;
      if (!c || !repo) return false;
      patch({ conflict: null });
      return openStored(c.mapId);
    },

    async keepMineAsCopy(title) {
      const c = state.getState().conflict;
      if (!c || !repo) return false;
      const mine = store.getState().doc;
      patch({ conflict: null });
      open({ ...renameMap(mine, title), id: mapId(freshId()) }, null);
      return saveNow();
    },

    dismissProblem: () => patch({ problem: null }),
    ...backupCommands(() => ({ repo, state, tabId, now, post, freshId, store })),

    dispose() {
      disposed = true;
      cancelTimer();
      unsubscribe();
      channel?.close();
      repo?.close();
    },
  };
}
