// The one drawing of a map (architecture guide, "One drawing"): a plain, serialisable
// description of the picture — positions, node sizes and colours, tie styles by band, local
// bridges, community outlines with their names, labels and where they sit, legend and title —
// computed by `buildScene` from the document, the analysis and the view settings, never from
// hover or selection. Sigma draws it on screen (adding only transient emphasis), and the PNG,
// SVG and report writers draw the same scene. Coordinates are in scene space: pixels of a
// canvas `width × height` at 1×, y growing downwards; a 2× or 4× PNG scales the whole scene.
import type { PersonId, Sphere, TieBand } from "../domain/model";

/** Width in px of `text` drawn in `font` (a CSS font shorthand): canvas measureText in the app. */
export type MeasureText = (text: string, font: string) => number;

export type SceneColorBy = "sphere" | "community" | "cluster";
export type SceneSizeBy = "information_potential" | "marginal_reach" | "betweenness" | "uniform";
export type SceneLayout = "rings" | "clusters";

/** The view settings a scene depends on (the store's ViewSettings satisfies it). */
export interface SceneView {
  readonly layout: SceneLayout;
  readonly colorBy: SceneColorBy;
  readonly sizeBy: SceneSizeBy;
  readonly withoutMe: boolean;
  readonly outlines: boolean;
}

export interface SceneNode {
  readonly id: PersonId;
  readonly x: number;
  readonly y: number;
  /** Radius in px. */
  readonly r: number;
  readonly color: string;
  readonly isEgo: boolean;
  readonly planned: boolean;
  readonly sphere: Sphere | "none";
}

/** Line style of a tie; the one band-style table (screen, PNG, SVG and legend read it). */
export interface SceneEdgeStyle {
  readonly color: string;
  readonly width: number;
  /** SVG/canvas dash array in px; empty = solid. */
  readonly dash: readonly number[];
}

export interface SceneEdge {
  readonly id: string;
  readonly source: PersonId;
  readonly target: PersonId;
  readonly band: TieBand | "planned";
  readonly isLocalBridge: boolean;
  readonly style: SceneEdgeStyle;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** One person's name as placed: text, font, its box, anchor point and an optional leader line. */
export interface SceneLabel {
  readonly id: PersonId;
  readonly text: string;
  /** CSS font shorthand the text was measured in (e.g. `600 13px "Noto Sans JP"`). */
  readonly font: string;
  /** Baseline-left point where the text is drawn. */
  readonly x: number;
  readonly y: number;
  /** Box of the drawn text (from measureText width and the font's ascent/descent). */
  readonly box: Box;
  /** Higher = kept longer when the screen thins labels at small zoom (ego first). */
  readonly priority: number;
  /** From the node's edge to the label when the label had to move away from its node. */
  readonly leader?: readonly [x1: number, y1: number, x2: number, y2: number];
}

/** One outline of a community (a community whose members sit apart has several). */
export interface SceneOutline {
  readonly communityId: string;
  /** Closed polygon (scene space), already padded around the members. */
  readonly path: readonly (readonly [number, number])[];
  readonly color: string;
  /** A planned (what-if) community: drawn dashed. */
  readonly planned?: boolean;
  /** The community's name, placed outside the outline and inside the canvas. */
  readonly label: SceneLabel | null;
}

export interface SceneLegendItem {
  /** "note": a line of text only (what node size means). */
  readonly kind: "node" | "edge" | "outline" | "note";
  /** Translated text. */
  readonly label: string;
  readonly color: string;
  readonly style?: SceneEdgeStyle;
  /** Where buildScene laid the item out: the swatch sits at box.x, the text at `text`. */
  readonly box?: Box;
  readonly text?: { readonly x: number; readonly y: number; readonly font: string };
}

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly background: "white" | "transparent";
  readonly title: string | null;
  /** Drawing order: outlines, edges, nodes, labels, then legend and title. */
  readonly outlines: readonly SceneOutline[];
  readonly edges: readonly SceneEdge[];
  readonly nodes: readonly SceneNode[];
  readonly labels: readonly SceneLabel[];
  readonly legend: readonly SceneLegendItem[];
  /** The font family stack every text of the scene is drawn in (shipped with the app). */
  readonly fontFamily: string;
  /** The title as placed (null without a title). */
  readonly titleLabel?: SceneLabel | null;
  /** The card behind the legend (null without a legend). */
  readonly legendBox?: Box | null;
  /** People whose label found no free place (empty when every person is named without overlap). */
  readonly unlabelled?: readonly PersonId[];
}
