// Recovery of drafts: the open map as its page left it with a save still pending (see Draft in
// repository.ts). Each draft is saved as the map it came from, unless another tab saved that map
// after the draft's tab last read or wrote it: then it is kept beside it as a copy.
import { mapId, renameMap } from "../../domain/model";
import type { MapRepository } from "./repository";

export interface RecoverOptions {
  readonly tabId: string;
  readonly now: () => string;
  readonly freshId: () => string;
  readonly copyTitle: (title: string) => string;
}

/** Saves every draft found; a draft that cannot be saved now stays for the next start. */
export async function recoverDrafts(repo: MapRepository, opts: RecoverOptions): Promise<void> {
  const drafts = await repo.drafts().catch(() => []);
  for (const draft of drafts) {
    const { doc } = draft;
    const current = await repo.load(doc.id).catch(() => null);
    const ours = current === null || current.savedBy === draft.savedBy || current.savedRevision === draft.expected;
    const save = { savedBy: opts.tabId, now: opts.now() };
    try {
      const outcome = ours
        ? await repo.save(doc, { ...save, expected: current?.savedRevision ?? null })
        : await repo.save(
            { ...renameMap(doc, opts.copyTitle(doc.title)), id: mapId(opts.freshId()) },
            {
              ...save,
              expected: null,
            },
          );
      if (outcome.kind === "saved") await repo.removeDraft(doc.id);
    } catch {
      // Kept for the next start.
    }
  }
}
