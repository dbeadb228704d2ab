// Where the controls drawn over the map sit (zoom buttons, search: `data-map-control`), which the
// person labels and the community names keep off.
import type { Box } from "./labelPlacement";

/** Boxes of the controls drawn over the map, in container pixels. */
export function controlBoxes(container: HTMLElement): Box[] {
  const origin = container.getBoundingClientRect();
  const scope = container.parentElement ?? container;
  return [...scope.querySelectorAll("[data-map-control]")].map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
  });
}
