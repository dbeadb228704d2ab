// Helpers for the editor, wizard and accessibility specs: starting an empty map through the
// UI and finding drawn nodes on the canvas by their colour.
import { PNG } from "pngjs";
import { expect } from "./support";
import type { Page } from "@playwright/test";

export async function startEmptyMap(page: Page, name = "Hana"): Promise<void> {
  await page.getByRole("button", { name: "Guided interview" }).click();
  const wizard = page.getByRole("dialog", { name: "Guided interview" });
  await wizard.getByLabel("Your name").fill(name);
  await wizard.getByRole("button", { name: "Start from an empty map" }).click();
  await expect(wizard.getByText("Step 2 of 11: Family")).toBeVisible();
}

export interface Blob {
  x: number;
  y: number;
  size: number;
}

/** Connected groups of pixels close to a colour (nodes of one sphere), largest first. */
export function colourBlobs(png: Buffer, hex: string, tolerance = 30, minSize = 40): Blob[] {
  const img = PNG.sync.read(png);
  const n = parseInt(hex.slice(1), 16);
  const [tr, tg, tb] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const { width, height, data } = img;
  const hit = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const d =
      Math.abs((data[i * 4] ?? 0) - tr) + Math.abs((data[i * 4 + 1] ?? 0) - tg) + Math.abs((data[i * 4 + 2] ?? 0) - tb);
    if (d <= tolerance) hit[i] = 1;
  }
  const blobs: Blob[] = [];
  const stack: number[] = [];
  for (let start = 0; start < hit.length; start++) {
    if (hit[start] !== 1) continue;
    hit[start] = 2;
    stack.push(start);
    let sx = 0;
    let sy = 0;
    let size = 0;
    while (stack.length > 0) {
      const p = stack.pop() as number;
      const x = p % width;
      const y = (p - x) / width;
      sx += x;
      sy += y;
      size++;
      for (const q of [x > 0 ? p - 1 : -1, x < width - 1 ? p + 1 : -1, p - width, p + width]) {
        if (q >= 0 && q < hit.length && hit[q] === 1) {
          hit[q] = 2;
          stack.push(q);
        }
      }
    }
    if (size >= minSize) blobs.push({ x: sx / size, y: sy / size, size });
  }
  return blobs.sort((a, b) => b.size - a.size);
}
