// Public API of the import layer (UI, worker and CLI call these).
export * from "./types";
export { IMPORT_MAX_BYTES, NATIVE_IMPORT_MAX_BYTES, importLimit, checkImportSize } from "./limits";
export { importFile, importText, detectFormat, type ImportOptions } from "./importFile";
export { decodeText, type DecodedText, type TextEncodingName } from "./decodeText";
export { parseCsvTable, type CsvTable } from "./csvTable";
export { readCsvSheet, isSpreadsheetName, SHEET_PREVIEW_ROWS, type CsvSheet } from "./csvSheet";
export * from "./csvColumns";
export { parseCsvMap, isEgoWord, type CsvImportOptions, type CsvSource } from "./csvMap";
export { parseLinkedIn, isLinkedInExport, LINKEDIN_HEADER } from "./linkedin";
export { parseVcard, isVcard } from "./vcard";
export { parseNameList } from "./nameList";
export { parseGexf, parseGraphml, parseGraphologyJson, type GraphImportOptions } from "./graph";
export { gexfToGraph, graphmlToGraph } from "./graphFiles";
export { graphologyJsonToGraph } from "./graphologyJson";
export { graphToDocument, type GraphToDocumentOptions } from "./graphToDocument";
export { parseNativeImport, parseEmbeddedSvg, parseEmbeddedPng } from "./native";
export { importErrorMessage, importWarningMessage, describeImportError, type Message } from "./errors";
