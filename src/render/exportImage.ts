// PNG export of the map as drawn by sigma (@sigma/export-image), at 1×–4× the on-screen size,
// of the current view or the whole map, with an optional title and legend painted on top.
// Only this file and mapRenderer.ts touch sigma; the pure SVG writer lives in src/io/export.
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { RendererHandle } from "./rendererHandle";
import { LABEL_FONT } from "./mapRenderer";
import { getOwn } from "../domain/model";

export interface PngExportOptions {
  readonly scale: 1 | 2 | 3 | 4;
  readonly view: "current" | "whole";
  readonly background: "white" | "transparent";
  readonly title?: string;
  /** Legend lines, already translated; omitted → no legend. */
  readonly legend?: readonly {
    readonly label: string;
    readonly color: string;
    readonly kind: "node" | "edge";
  }[];
  /** Labels to draw instead of the names on screen (anonymised export), by person id. */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * @sigma/export-image sizes its canvas by window.devicePixelRatio; overriding it for the
 * duration of the export is how a 2×–4× image keeps nodes and labels in proportion.
 */
async function withPixelRatio<T>(ratio: number, run: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return await run();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

function paintOverlay(canvas: HTMLCanvasElement, scale: number, options: PngExportOptions): void {
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.save();
  ctx.scale(scale, scale);
  const pad = 16;
  // A translucent card keeps the title and legend readable over nodes and labels.
  const card = (x: number, y: number, w: number, h: number) => {
    ctx.fillStyle = "rgba(255,255,255,0.85)";
    ctx.fillRect(x, y, w, h);
  };
  if (options.title) {
    ctx.font = `600 20px ${LABEL_FONT}`;
    ctx.textBaseline = "top";
    card(pad - 6, pad - 6, ctx.measureText(options.title).width + 12, 32);
    ctx.fillStyle = "#222";
    ctx.fillText(options.title, pad, pad);
  }
  const legend = options.legend ?? [];
  ctx.font = `12px ${LABEL_FONT}`;
  ctx.textBaseline = "middle";
  let y = canvas.height / scale - pad - legend.length * 18;
  if (legend.length > 0) {
    const widest = Math.max(...legend.map((e) => ctx.measureText(e.label).width));
    card(pad - 6, y - 6, widest + 40, legend.length * 18 + 8);
  }
  for (const entry of legend) {
    ctx.fillStyle = entry.color;
    ctx.strokeStyle = entry.color;
    if (entry.kind === "node") {
      ctx.beginPath();
      ctx.arc(pad + 6, y + 6, 6, 0, 2 * Math.PI);
      ctx.fill();
    } else {
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(pad, y + 6);
      ctx.lineTo(pad + 14, y + 6);
      ctx.stroke();
    }
    ctx.fillStyle = "#333";
    ctx.fillText(entry.label, pad + 22, y + 6);
    y += 18;
  }
  ctx.restore();
}

/** Camera ratio of a whole-map export: room at the edges for the title and legend cards. */
export function wholeMapRatio(options: Pick<PngExportOptions, "title" | "legend">): number {
  return options.title || (options.legend?.length ?? 0) > 0 ? 1.2 : 1;
}

/** Draws the map mounted in `renderer` (or the given sigma instance) as a PNG. */
export async function renderMapPng(options: PngExportOptions, renderer: RendererHandle | Sigma): Promise<Uint8Array> {
  const instance = "mount" in renderer ? (renderer.renderer?.sigma as unknown as Sigma | undefined) : renderer;
  if (!instance) throw new Error("The map is not on screen; switch to the map view to export an image.");
  const labels = options.labels;
  const reducer = instance.getSetting("nodeReducer");
  const canvas = await withPixelRatio(options.scale, () =>
    drawOnCanvas(instance, {
      ...(labels
        ? {
            sigmaSettings: {
              nodeReducer: (node: string, data: Parameters<NonNullable<typeof reducer>>[1]) => ({
                ...(reducer ? reducer(node, data) : data),
                label: getOwn(labels, node) ?? "",
              }),
            },
          }
        : {}),
      backgroundColor: options.background === "white" ? "#ffffff" : "transparent",
      // The whole map zoomed out a little when a title or legend is painted over its edges.
      cameraState: options.view === "whole" ? { x: 0.5, y: 0.5, ratio: wholeMapRatio(options), angle: 0 } : null,
    }),
  );
  paintOverlay(canvas, options.scale, options);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("The browser could not encode the image.");
  return new Uint8Array(await blob.arrayBuffer());
}
