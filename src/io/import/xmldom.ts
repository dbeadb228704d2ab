// A DOMParser for Node and web workers (no native DOMParser there): @xmldom/xmldom with its
// console reporting replaced by exceptions for real errors and silence for warnings.
import { DOMParser } from "@xmldom/xmldom";
import type { XmlParser } from "./types";

export class XmldomParser implements XmlParser {
  parseFromString(text: string, mimeType: "application/xml"): unknown {
    const parser = new DOMParser({
      onError: (level, message, context: unknown) => {
        if (level === "warning") return;
        const line = (context as { locator?: { lineNumber?: unknown } } | undefined)?.locator?.lineNumber;
        throw new Error(typeof line === "number" && line > 0 ? `${message} (line ${line})` : message);
      },
    });
    return parser.parseFromString(text, mimeType);
  }
}
