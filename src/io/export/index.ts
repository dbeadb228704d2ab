// Public API of the export layer.
export {
  exportMap,
  embedMapInPng,
  embeddedNative,
  prepareForExport,
  safeBaseName,
  type ExportFile,
  type ExportFormat,
  type ExportOptions,
} from "./exportMap";
export {
  anonymiseDocument,
  anonymiseTogether,
  initialsOf,
  type AnonymiseMode,
  type AnonymiseOptions,
} from "./anonymise";
export { neutraliseIds, neutralPositions, neutralScene, type NeutralIds } from "./neutralIds";
export { serializePeopleCsv, serializeTiesCsv, guardCell, PEOPLE_CSV_HEADER, TIES_CSV_HEADER } from "./csv";
export { serializeGexf } from "./gexf";
export { serializeGraphml } from "./graphml";
export { renderSvg, FONT_FAMILY, type SvgOptions } from "./svg";
export { englishLegendText } from "./svgLegend";
export { insertITxt, readITxt, readPngChunks, crc32, isPng, MAP_KEYWORD } from "./pngChunks";
export { SPHERE_COLOURS } from "./palette";
export { escapeXml } from "./xml";
