// A DOMParser for Node and web workers (no native DOMParser there): @xmldom/xmldom with its
// console reporting replaced by exceptions for real errors and silence for warnings.
import { DOMParser } from "@xmldom/xmldom";
import type { XmlParser } from "./types";

export class XmldomParser implements XmlParser {
  parseFromString(text: string, mimeType: "application/xml"): unknown {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    });
    return parser.parseFromString(text, mimeType);
  }
}
