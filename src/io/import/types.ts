// Shared types of every importer: what a parsed file yields (ImportedMap), why it failed
// (ImportError, always naming the file). The size limits are in limits.ts.
import type { MapDocument, TieId } from "../../domain/model";

export type ImportFormat =
  | "native"
  | "csvPeople"
  | "csvTies"
  | "linkedin"
  | "vcard"
  | "nameList"
  | "gexf"
  | "graphml"
  | "graphologyJson"
  | "svg"
  | "png";

/** Where the map's own person (the ego) came from. */
export type EgoSource = "file" | "option" | "placeholder";

export type ImportWarning =
  | {
      readonly kind: "skippedRow";
      readonly line: number;
      readonly reason: "noName" | "noEnds" | "selfTie";
    }
  | { readonly kind: "mergedDuplicates"; readonly count: number }
  | { readonly kind: "weightsScaled"; readonly max: number }
  | { readonly kind: "skippedEdges"; readonly count: number };

export interface ImportedMap {
  readonly format: ImportFormat;
  readonly file: string;
  /** A complete, valid document; its ego is the user (or a placeholder "You", see egoSource). */
  readonly doc: MapDocument;
  readonly egoSource: EgoSource;
  /** Ties whose strength the file did not say: the UI asks the user to rate them. */
  readonly unratedTies: readonly TieId[];
  readonly warnings: readonly ImportWarning[];
}

/** What a typed cell should have held, for badRow messages. */
export type ExpectedValue = "strength" | "likert" | "frequency" | "sphere" | "number";

export type ImportErrorDetail =
  | { readonly kind: "tooLarge"; readonly bytes: number; readonly limit: number }
  | { readonly kind: "empty" }
  | { readonly kind: "badEncoding" }
  | { readonly kind: "unknownFormat" }
  | { readonly kind: "notCsv"; readonly message: string }
  | { readonly kind: "missingColumn"; readonly column: string }
  | {
      readonly kind: "badRow";
      readonly line: number;
      readonly field: string;
      readonly value: string;
      readonly expected: ExpectedValue;
    }
  | { readonly kind: "notXml"; readonly line?: number; readonly message: string }
  /** `path`: the field that is wrong, e.g. `edges[0].target` in graphology JSON. */
  | { readonly kind: "notGraph"; readonly path?: string; readonly message: string }
  | { readonly kind: "notJson"; readonly line?: number; readonly message: string }
  | { readonly kind: "notOurFormat" }
  | { readonly kind: "versionTooNew"; readonly found: number; readonly supported: number }
  | { readonly kind: "invalid"; readonly path: string; readonly message: string }
  | { readonly kind: "noEmbeddedMap" }
  /** A PNG that ends early (truncated download or copy) or whose chunks fail their CRC. */
  | { readonly kind: "damagedImage"; readonly problem: "truncated" | "checksum" }
  /** Named (extension) or labelled (MIME type) as an image, e.g. "PNG", but the bytes are not one. */
  | { readonly kind: "notAnImage"; readonly claimed: string }
  | { readonly kind: "notVcard" }
  | { readonly kind: "noPeople" };

export type ImportError = ImportErrorDetail & { readonly file: string };
export type ImportErrorKind = ImportErrorDetail["kind"];

/** Minimal DOMParser shape: the browser's, or @xmldom/xmldom's in Node and workers. */
export interface XmlParser {
  parseFromString(text: string, mimeType: "application/xml"): unknown;
}
export type XmlParserConstructor = new () => XmlParser;
