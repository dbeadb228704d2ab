// How a person's label is written on the map: dark text on a white halo, left-aligned beside its
// box's left edge, centred on the box's height (labelsLayer.ts places the boxes).
import type { PlacedLabel } from "./labelPlacement";

export function setLabelStyle(context: CanvasRenderingContext2D, font: string): void {
  context.font = font;
  context.textBaseline = "middle";
  context.textAlign = "left";
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = "rgba(255,255,255,0.92)";
  context.fillStyle = "#1f1f1f";
}

export function drawLabelText(context: CanvasRenderingContext2D, at: PlacedLabel, label: string): void {
  const y = at.y + at.height / 2;
  context.strokeText(label, at.x + 1, y);
  context.fillText(label, at.x + 1, y);
}
