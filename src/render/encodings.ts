// Encodings of the render graph: the one table lives in src/scene/styles.ts (screen, PNG, SVG
// and legend read the same palette, band styles and sizes); re-exported here for the renderer.
export {
  BAND_STYLE,
  CATEGORY_PALETTE,
  clusterColor,
  clusterOf,
  communityColors,
  edgeStructure,
  edgeWidth,
  DEFAULT_SIZE,
  EGO_SIZE,
  LOCAL_BRIDGE_COLOR,
  NO_VALUE_COLOR,
  nodeSize,
  PLANNED_ALPHA,
  PLANNED_EDGE_COLOR,
  PLANNED_STYLE,
  SIZE_RANGE,
  sizeValues,
  withAlpha,
  type EdgeStructure,
  type EdgeStyle,
} from "../scene/styles";
