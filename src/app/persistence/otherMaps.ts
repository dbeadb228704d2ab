// Commands on a saved map that is not the one open in this tab: rename, set its client and duplicate. They write
// the record directly (no autosave involved) and tell the other tabs.
import { setClient } from "../../domain/growth/client";
import { mapId, renameMap, type MapDocument } from "../../domain/model";
import type { MapStore } from "../../store/mapStore";
import type { Message } from "./controllerTypes";
import { toProblem } from "./problems";
import { upsert } from "./records";
import type { MapRepository } from "./repository";
import type { PersistenceStatus } from "./state";

export interface OtherMapsContext {
  readonly repo: MapRepository;
  readonly state: PersistenceStatus;
  readonly tabId: string;
  readonly now: () => string;
  readonly post: (m: Message) => void;
}

export async function renameStoredMap(ctx: OtherMapsContext, id: string, title: string): Promise<boolean> {
  const { repo, state, tabId } = ctx;
  try {
    const r = await repo.rename(id, title, { savedBy: tabId, now: ctx.now() });
    state.setState({ maps: upsert(state.getState().maps, r.summary) });
    const { updatedAt } = r.summary;
    ctx.post({ kind: "saved", tabId, mapId: id, savedRevision: r.savedRevision, title: r.summary.title, updatedAt });
    return true;
  } catch (e) {
    state.setState({ problem: toProblem(e, "write", title) });
    return false;
  }
}

/** Sets (or, with null, removes) the client of a saved map: in the store when it is open here. */
export async function setMapClient(
  ctx: Omit<OtherMapsContext, "repo"> & { readonly repo: MapRepository | null },
  store: MapStore,
  saveNow: () => Promise<boolean>,
  id: string,
  client: string | null,
): Promise<boolean> {
  const { repo, state, tabId } = ctx;
  if (id === store.getState().doc.id) {
    store.getState().apply((d) => setClient(d, client));
    return repo ? saveNow() : true;
  }
  if (!repo) return false;
  try {
    const r = await repo.update(id, (doc) => setClient(doc, client), { savedBy: tabId, now: ctx.now() });
    state.setState({ maps: upsert(state.getState().maps, r.summary) });
    const { title, updatedAt } = r.summary;
    ctx.post({ kind: "saved", tabId, mapId: id, savedRevision: r.savedRevision, title, updatedAt });
    return true;
  } catch (e) {
    state.setState({ problem: toProblem(e, "write") });
    return false;
  }
}

/** Saves a copy of `source` (the open map, or else read from storage when null) as a new map. */
export async function duplicateStoredMap(
  ctx: OtherMapsContext,
  id: string,
  open: MapDocument | null,
  title: string,
  freshId: string,
): Promise<boolean> {
  const { repo, state, tabId } = ctx;
  try {
    const source = open ?? (await repo.load(id)).doc;
    const copy = { ...renameMap(source, title), id: mapId(freshId), createdAt: ctx.now() };
    const outcome = await repo.save(copy, { expected: null, savedBy: tabId, now: ctx.now() });
    if (outcome.kind === "conflict") return false;
    state.setState({ maps: upsert(state.getState().maps, outcome.summary) });
    ctx.post({ kind: "listChanged", tabId });
    return true;
  } catch (e) {
    state.setState({ problem: toProblem(e, "write", title) });
    return false;
  }
}
