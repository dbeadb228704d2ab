// The exported picture is the one drawing (src/scene): the PNG does not change when a person is
// selected or hovered; the sample's SVG names all 40 people and every community, draws local
// bridges and outlines, and no two labels overlap — checked on the boxes the SVG carries, on
// the text as the browser draws it, and on the scene that drew the PNG at 1×, 2× and 4×; an
// anonymised picture with editable data holds none of the sample's names, readings, notes or
// title; a Japanese export says 職場 as the app does, its legend laid out without overlaps.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Locator, Page } from "@playwright/test";
import { SPHERE_COLORS } from "../../src/render/colors";
import { colourBlobs } from "./editorHelpers";
import { changedShare, expect, shotPath, test, waitForMap } from "./support";

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface SceneLike {
  width: number;
  height: number;
  nodes: { id: string }[];
  labels: { id: string; text: string; box: Box }[];
  outlines: { communityId: string; label: { text: string; box: Box } | null }[];
  edges: { isLocalBridge: boolean }[];
  legendBox: Box | null;
}

const sample = JSON.parse(readFileSync("data/sample-network.json", "utf8")) as {
  document: {
    title: string;
    people: Record<string, { name: string; reading?: string; note?: string }>;
    communities: Record<string, { name: string }>;
  };
};
const PEOPLE = Object.values(sample.document.people);
const COMMUNITY_NAMES = Object.values(sample.document.communities).map((c) => c.name);

function overlaps(boxes: readonly (Box & { id: string })[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Box & { id: string };
      const b = boxes[j] as Box & { id: string };
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) out.push(`${a.id} × ${b.id}`);
    }
  return out;
}

async function openSample(page: Page): Promise<void> {
  await page.goto("/");
  await waitForMap(page);
  // Scores are in (sizes by information potential).
  await expect(page.getByText("Scores up to date")).toBeAttached();
}

/** Opens the export dialog and downloads with the keyboard only: the pointer stays where it is. */
async function exportWithKeyboard(page: Page, setUp?: (dialog: Locator) => Promise<void>): Promise<Buffer> {
  await page.getByRole("button", { name: "Export", exact: true }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Export" });
  await expect(dialog).toBeVisible();
  if (setUp) await setUp(dialog);
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download" }).focus();
  await page.keyboard.press("Enter");
  const file = await download;
  await expect(dialog).toBeHidden();
  return readFileSync(await file.path());
}

/** Checks a radio or checkbox, or selects an option, without moving the pointer. */
async function choose(control: Locator, value?: string): Promise<void> {
  if (value !== undefined) return void (await control.selectOption(value));
  if (!(await control.isChecked())) await control.dispatchEvent("click");
  await expect(control).toBeChecked();
}

/** A text as it may sit in a file: raw, XML-escaped (SVG) or JSON-escaped inside XML. */
const forms = (s: string): string[] => [
  s,
  s
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&apos;"),
];

/** Keeps an exported file next to the screenshots, for people to look at. */
function keep(name: string, data: Buffer | string): void {
  mkdirSync(dirname(shotPath(name)), { recursive: true });
  writeFileSync(shotPath(name), data);
}

const lastScene = (page: Page): Promise<SceneLike> =>
  page.evaluate(() => (window as unknown as { __tsunagariLastScene: SceneLike }).__tsunagariLastScene);

test("the PNG is the same with a person selected and hovered as with nothing selected", async ({ page }) => {
  await openSample(page);
  const plain = await exportWithKeyboard(page);
  const canvas = page.getByTestId("map-canvas");
  const box = await canvas.boundingBox();
  if (!box) throw new Error("no map");
  const blobs = colourBlobs(await canvas.screenshot(), SPHERE_COLORS.work);
  const [first, second] = blobs;
  if (!first || !second) throw new Error("no work nodes on screen");
  await page.mouse.click(box.x + first.x, box.y + first.y);
  await expect(page.getByRole("button", { name: "Close person panel" })).toBeVisible();
  await page.mouse.move(box.x + second.x, box.y + second.y, { steps: 4 });
  await page.waitForTimeout(300);
  await canvas.screenshot({ path: shotPath("export-picture-selected-screen.png") });
  const selected = await exportWithKeyboard(page);
  expect(changedShare(plain, selected)).toBeLessThan(0.005);
});

test("the sample's SVG names every person and community, without two labels overlapping", async ({ page, guards }) => {
  // The file carries its font inline; drawn inside the app's page (to measure it), the app's own
  // policy (font-src 'self') refuses those data: fonts, which a client opening the file never meets.
  guards.allow("consoleError", /^Loading the font 'data:font\/woff2;base64,/u);
  await openSample(page);
  const bytes = await exportWithKeyboard(page, (d) => choose(d.getByRole("radio", { name: /^SVG image/u })));
  const text = bytes.toString("utf8");
  keep("export-picture.svg", text);
  const xml = new DOMParser().parseFromString(text, "image/svg+xml");
  const texts = Array.from(xml.getElementsByTagName("text"));
  const people = texts.filter((t) => t.getAttribute("class") === "person");
  const names = people.map((t) => t.textContent ?? "");
  expect(PEOPLE.map((p) => p.name).filter((n) => !names.includes(n))).toEqual([]);
  expect(people).toHaveLength(PEOPLE.length);
  const communities = texts.filter((t) => t.getAttribute("class") === "community").map((t) => t.textContent ?? "");
  expect(COMMUNITY_NAMES.filter((n) => !communities.includes(n))).toEqual([]);
  // The shipped font travels inside the file: every character drawn is in an inlined subset.
  const ranges = [
    ...text.matchAll(/src:url\(data:font\/woff2;base64,[^)]+\) format\("woff2"\);unicode-range:([^}]+)\}/gu),
  ]
    .flatMap((m) => (m[1] ?? "").split(","))
    .map((r) =>
      r
        .trim()
        .replace(/^U\+/u, "")
        .split("-")
        .map((h) => parseInt(h, 16)),
    )
    .map(([lo = 0, hi]) => [lo, hi ?? lo] as const);
  const drawn = new Set([...names.join(""), ...communities.join("")].filter((c) => (c.codePointAt(0) ?? 0) > 0x2e80));
  expect(ranges.length).toBeGreaterThan(0);
  expect(
    [...drawn].filter(
      (c) => !ranges.some(([lo, hi]) => (c.codePointAt(0) ?? 0) >= lo && (c.codePointAt(0) ?? 0) <= hi),
    ),
  ).toEqual([]);
  expect(xml.getElementsByTagName("path").length).toBeGreaterThanOrEqual(COMMUNITY_NAMES.length);
  const lines = Array.from(xml.getElementsByTagName("line")).filter((l) => l.getAttribute("data-band") !== null);
  expect(lines.filter((l) => l.getAttribute("class") === "local-bridge").length).toBeGreaterThan(0);
  expect(new Set(lines.map((l) => l.getAttribute("data-band")))).toEqual(
    new Set(["strong", "weak", "very_weak", "unknown"]),
  );
  const boxOf = (t: (typeof texts)[number], id: string) => {
    const [x, y, w, h] = (t.getAttribute("data-box") ?? "").split(" ").map(Number);
    return { id, x: x ?? 0, y: y ?? 0, w: w ?? 0, h: h ?? 0 };
  };
  const labelBoxes = people.map((t) => boxOf(t, t.textContent ?? ""));
  expect(overlaps(labelBoxes)).toEqual([]);
  const legend = texts.filter((t) => t.getAttribute("class") === "legend-item");
  expect(overlaps(legend.map((t) => boxOf(t, t.textContent ?? "")))).toEqual([]);

  // The text as the browser draws it stays inside the box the placement used.
  const outside = await page.evaluate((svg) => {
    const host = document.createElement("div");
    host.innerHTML = svg;
    document.body.append(host);
    const ctx = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
    const bad: string[] = [];
    for (const el of Array.from(host.querySelectorAll<SVGTextElement>("text.person"))) {
      const [x, y, w, h] = (el.dataset.box ?? "").split(" ").map(Number) as [number, number, number, number];
      const bb = el.getBBox();
      ctx.font = getComputedStyle(el).font;
      const m = ctx.measureText(el.textContent ?? "");
      const baseline = Number(el.getAttribute("y"));
      const inkTop = baseline - m.actualBoundingBoxAscent;
      const inkBottom = baseline + m.actualBoundingBoxDescent;
      if (bb.x < x - 0.5 || bb.x + bb.width > x + w + 0.5 || inkTop < y - 0.5 || inkBottom > y + h + 0.5)
        bad.push(el.textContent ?? "");
    }
    host.remove();
    return bad;
  }, text);
  expect(outside).toEqual([]);
});

for (const scale of ["1", "2", "4"] as const) {
  test(`the PNG at ${scale}× names every person with no two labels overlapping`, async ({ page }) => {
    await openSample(page);
    const bytes = await exportWithKeyboard(page, (d) => choose(d.getByRole("combobox", { name: /^Size/u }), scale));
    keep(`export-picture-${scale}x.png`, bytes);
    const scene = await lastScene(page);
    expect(bytes.readUInt32BE(16)).toBe(scene.width * Number(scale));
    expect(bytes.readUInt32BE(20)).toBe(scene.height * Number(scale));
    expect(scene.labels.map((l) => l.text).sort()).toEqual(PEOPLE.map((p) => p.name).sort());
    const named = scene.outlines.flatMap((o) => (o.label ? [{ ...o.label.box, id: `community ${o.label.text}` }] : []));
    expect(new Set(named.map((n) => n.id)).size).toBe(COMMUNITY_NAMES.length);
    expect(overlaps([...scene.labels.map((l) => ({ ...l.box, id: l.text })), ...named])).toEqual([]);
    expect(scene.edges.some((e) => e.isLocalBridge)).toBe(true);
  });
}

test("an anonymised SVG and PNG with editable data hold no name, reading, note or title", async ({ page }) => {
  await openSample(page);
  const secrets = [
    sample.document.title,
    ...PEOPLE.flatMap((p) => [p.name, ...(p.reading ? [p.reading] : []), ...(p.note ? [p.note] : [])]),
  ];
  for (const [format, mode] of [
    [/^SVG image/u, "Initials only"],
    [/^PNG image$/u, "Initials only"],
    [/^SVG image/u, /^Numbers/u],
  ] as const) {
    const bytes = await exportWithKeyboard(page, async (d) => {
      await choose(d.getByRole("radio", { name: format }));
      await choose(d.getByRole("radio", { name: mode }));
      await choose(d.getByRole("checkbox", { name: /Include editable data/u }));
    });
    expect(bytes.length).toBeGreaterThan(1000);
    keep(`export-picture-anonymised.${String(format).includes("SVG") ? "svg" : "png"}`, bytes);
    const found = secrets.filter((s) => forms(s).some((f) => bytes.includes(Buffer.from(f, "utf8"))));
    expect(found, `${String(format)} ${String(mode)}`).toEqual([]);
    // The editable data is there (the anonymised map), under the neutral title.
    expect(bytes.includes(Buffer.from("tsunagari-map", "utf8"))).toBe(true);
    expect(bytes.includes(Buffer.from("My network", "utf8"))).toBe(true);
  }
});

test("a Japanese SVG says 職場 as the app does, with a legend that does not overlap itself", async ({ page }) => {
  await openSample(page);
  await page.getByRole("button", { name: "日本語" }).click();
  await page.getByRole("button", { name: "書き出す", exact: true }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "書き出す" });
  await choose(dialog.getByRole("radio", { name: /^SVG/u }));
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "ダウンロード" }).click();
  const text = readFileSync(await (await download).path()).toString("utf8");
  keep("export-picture-ja.svg", text);
  const xml = new DOMParser().parseFromString(text, "image/svg+xml");
  const legend = Array.from(xml.getElementsByTagName("text")).filter((t) => t.getAttribute("class") === "legend-item");
  const words = legend.map((t) => t.textContent ?? "");
  expect(words).toContain("職場");
  expect(words).not.toContain("仕事");
  expect(words).not.toContain("Work");
  const boxes = legend.map((t) => {
    const [x, y, w, h] = (t.getAttribute("data-box") ?? "").split(" ").map(Number);
    return { id: t.textContent ?? "", x: x ?? 0, y: y ?? 0, w: w ?? 0, h: h ?? 0 };
  });
  expect(overlaps(boxes)).toEqual([]);
});

test("the PNG of the current view shows only the people in view, each named", async ({ page }) => {
  await openSample(page);
  const canvas = page.getByTestId("map-canvas");
  const box = await canvas.boundingBox();
  if (!box) throw new Error("no map");
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.4);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(500);
  await exportWithKeyboard(page, (d) => choose(d.getByRole("combobox", { name: /^Area/u }), "current"));
  const scene = await lastScene(page);
  expect(scene.nodes.length).toBeGreaterThan(0);
  expect(scene.nodes.length).toBeLessThan(PEOPLE.length);
  expect(scene.labels).toHaveLength(scene.nodes.length);
  expect(overlaps(scene.labels.map((l) => ({ ...l.box, id: l.text })))).toEqual([]);
});
