// Storage trouble on demand, as IndexedDB reports it: writes of map records throw a DOMException
// (QuotaExceededError for a full disk, UnknownError for an I/O failure). Maps are written by the
// save worker (src/app/persistence/offThreadSave.ts) and, where it cannot, by the page, so the
// same patch goes into both: the page gets it as an init script, the worker's script has it
// prepended on its way to the browser. A BroadcastChannel keeps the two in step.
import type { Page } from "@playwright/test";

const PATCH = `(() => {
  let failure = null;
  const channel = new BroadcastChannel("e2e-storage-trouble");
  channel.onmessage = (event) => { failure = event.data; };
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function patchedPut(...args) {
    if (failure !== null && this.name === "maps") {
      const { name } = failure;
      if (failure.once) { failure = null; channel.postMessage(null); }
      throw new DOMException(name === "QuotaExceededError" ? "The quota has been exceeded." : "Disk I/O failed", name);
    }
    return put.apply(this, args);
  };
  self.__storageTrouble = (next) => { failure = next; channel.postMessage(next); };
})();
`;

export interface StorageTrouble {
  /** From now on every write of a map fails with `name` (`once`: only the next one); null: none. */
  set(name: "QuotaExceededError" | "UnknownError" | null, once?: boolean): Promise<void>;
}

/** Installs the patch in the page and its save worker; call before page.goto. */
export async function storageTrouble(page: Page): Promise<StorageTrouble> {
  await page.addInitScript({ content: PATCH });
  await page.context().route(/\/assets\/saveWorker-[\w-]+\.js$/u, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: PATCH + (await response.text()) });
  });
  return {
    async set(name, once = false) {
      await page.evaluate(
        (next) => (self as unknown as { __storageTrouble: (f: unknown) => void }).__storageTrouble(next),
        name === null ? null : { name, once },
      );
      // The worker reads the channel between two tasks: well before the next save's debounce ends.
      await page.waitForTimeout(50);
    },
  };
}
