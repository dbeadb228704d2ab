// Autosave off the main thread. Writing a map is JSON.stringify of the whole document plus a
// read-then-write IndexedDB transaction: ~150 ms of main thread per save on a 30,000-person map
// (measured in Chromium: stringify ~100 ms, the read of the current record ~20, the put ~10).
// Here the repository's own save runs in a worker (saveWorker.ts) on its own connection to the
// same database — the same transaction, the same savedRevision check, the same record — and the
// main thread only posts the edit: the change against the document it posted last
// (documentDelta, as the metrics worker gets it), or the whole document when there is none.
// Everything else (list, load, drafts on page hide, which must be written synchronously) stays
// on the main thread's repository. A worker that cannot start or cannot open the database hands
// every save back to the main thread's repository, so saving never depends on it.
import type { MapDocument } from "../../domain/model";
import { applyDocumentDelta, documentDelta, type DocumentDelta } from "../../workers/documentDelta";
import { packDocument, unpackDocument } from "../../workers/packedDocument";
import { StorageError, toProblem, type StorageProblem } from "./problems";
import type { MapRepository, SaveOptions, SaveOutcome } from "./repository";

export type SaveRequest =
  | {
      /** A whole document, as JSON text (packedDocument.ts: one stringify where a clone cost as much). */
      readonly type: "save";
      readonly seq: number;
      readonly docSeq: number;
      readonly docText: string;
      readonly options: SaveOptions;
    }
  | {
      readonly type: "save-delta";
      readonly seq: number;
      readonly docSeq: number;
      readonly delta: DocumentDelta;
      readonly options: SaveOptions;
    };

export type SaveReply =
  | { readonly type: "saved"; readonly seq: number; readonly outcome: SaveOutcome }
  /** The write failed as it would have on the main thread: the same problem. */
  | { readonly type: "failed"; readonly seq: number; readonly problem: StorageProblem }
  /** The worker does not hold the document the delta was written against. */
  | { readonly type: "need-document"; readonly seq: number }
  /** The worker could not open the database: nothing was written. */
  | { readonly type: "unavailable"; readonly seq: number; readonly message: string };

export interface SaveWorkerLike {
  postMessage(message: SaveRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * The worker's side as a function of requests (saveWorker.ts wires it to `self`): keeps the last
 * document, applies deltas to it and saves through a repository opened on first use. Requests
 * are handled one at a time, in order.
 */
export function createSaveHandler(open: () => Promise<MapRepository>): (request: SaveRequest) => Promise<SaveReply> {
  let kept: { docSeq: number; doc: MapDocument } | null = null;
  let repo: Promise<MapRepository> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  async function handle(request: SaveRequest): Promise<SaveReply> {
    const { seq } = request;
    let doc: MapDocument;
    if (request.type === "save-delta") {
      if (kept === null || kept.docSeq !== request.delta.base) return { type: "need-document", seq };
      try {
        doc = applyDocumentDelta(kept.doc, request.delta);
      } catch {
        kept = null;
        return { type: "need-document", seq };
      }
    } else {
      try {
        doc = unpackDocument(request.docText);
      } catch {
        kept = null;
        return { type: "need-document", seq };
      }
    }
    kept = { docSeq: request.docSeq, doc };
    let opened: MapRepository;
    try {
      repo ??= open();
      opened = await repo;
    } catch (e) {
      repo = null;
      return { type: "unavailable", seq, message: e instanceof Error ? e.message : String(e) };
    }
    try {
      return { type: "saved", seq, outcome: await opened.save(doc, request.options) };
    } catch (e) {
      return { type: "failed", seq, problem: toProblem(e, "write", doc.title) };
    }
  }
  return (request) => {
    const reply = queue.then(() => handle(request));
    queue = reply.catch(() => undefined);
    return reply;
  };
}

/** `repo` with its saves made by a worker from `spawn` (null: none here), the rest unchanged. */
export function offThreadSaves(repo: MapRepository, spawn: () => SaveWorkerLike | null): MapRepository {
  /** undefined: not started yet; null: saves stay on this thread from now on. */
  let worker: SaveWorkerLike | null | undefined;
  let posted: { docSeq: number; doc: MapDocument } | null = null;
  let docSeq = 0;
  let seq = 0;
  const waiting = new Map<number, (reply: SaveReply | null) => void>();

  function stop(): void {
    worker?.terminate();
    worker = null;
    posted = null;
    for (const answer of [...waiting.values()]) answer(null);
    waiting.clear();
  }

  function started(): SaveWorkerLike | null {
    if (worker !== undefined) return worker;
    try {
      worker = spawn();
    } catch {
      worker = null;
    }
    if (worker === null) return null;
    worker.onmessage = (event: MessageEvent) => {
      const reply = event.data as SaveReply;
      const answer = waiting.get(reply.seq);
      waiting.delete(reply.seq);
      answer?.(reply);
    };
    // The worker script failed: every save from now on is this thread's.
    worker.onerror = () => stop();
    return worker;
  }

  /** Posts the document (as a delta when it can); null when the worker stopped meanwhile. */
  function send(w: SaveWorkerLike, doc: MapDocument, options: SaveOptions, whole: boolean): Promise<SaveReply | null> {
    const id = ++seq;
    docSeq++;
    const delta = !whole && posted !== null ? documentDelta(posted.doc, doc, posted.docSeq) : null;
    posted = { docSeq, doc };
    const reply = new Promise<SaveReply | null>((resolve) => waiting.set(id, resolve));
    w.postMessage(
      delta === null
        ? { type: "save", seq: id, docSeq, docText: packDocument(doc), options }
        : { type: "save-delta", seq: id, docSeq, delta, options },
    );
    return reply;
  }

  async function save(doc: MapDocument, options: SaveOptions): Promise<SaveOutcome> {
    const w = started();
    if (w === null) return repo.save(doc, options);
    let reply = await send(w, doc, options, false);
    if (reply?.type === "need-document" && worker === w) reply = await send(w, doc, options, true);
    if (reply?.type === "saved") return reply.outcome;
    if (reply?.type === "failed") throw new StorageError(reply.problem);
    stop();
    // The worker stopped while the save was on its way: it may have committed before it died.
    // This tab's own write, at this save's time, one past the revision expected, is that save.
    if (reply === null) {
      const landed = await repo.load(doc.id).catch(() => null);
      if (
        landed !== null &&
        landed.savedBy === options.savedBy &&
        landed.summary.updatedAt === options.now &&
        landed.savedRevision === (options.expected ?? 0) + 1
      )
        return { kind: "saved", savedRevision: landed.savedRevision, summary: landed.summary };
    }
    // No database in the worker (nothing written), or nothing landed: this thread saves.
    return repo.save(doc, options);
  }

  return {
    ...repo,
    save,
    close() {
      stop();
      repo.close();
    },
  };
}
