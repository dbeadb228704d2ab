/** Why a file could not be opened as a map; `file` is filled in by the caller that knows it. */
export type NativeParseError =
  | { readonly kind: "tooLarge"; readonly bytes: number; readonly limit: number }
  | { readonly kind: "notJson"; readonly message: string; readonly line?: number }
  | { readonly kind: "notOurFormat" }
  | { readonly kind: "versionTooNew"; readonly found: number; readonly supported: number }
  | { readonly kind: "invalid"; readonly path: string; readonly message: string };

/** One line of plain English for logs and the CLI; the UI phrases the same fields through i18n. */
export function describeNativeError(e: NativeParseError): string {
  switch (e.kind) {
    case "tooLarge":
      return `The file is ${(e.bytes / 1e6).toFixed(1)} MB; maps up to ${(e.limit / 1e6).toFixed(0)} MB can be opened.`;
    case "notJson":
      return `The file is not valid JSON${e.line ? ` (line ${e.line})` : ""}: ${e.message}`;
    case "notOurFormat":
      return 'The file is JSON but not a Tsunagari map (no "format": "tsunagari-map").';
    case "versionTooNew":
      return `The map was saved by a newer Tsunagari (format version ${e.found}; this one reads up to ${e.supported}). Update the app to open it.`;
    case "invalid":
      return `The map is damaged at ${e.path}: ${e.message}`;
  }
}
