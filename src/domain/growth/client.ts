// The client a map belongs to (issue 14, consultant sessions): a career consultant keeps one or
// more maps per client and the Maps dialog groups them by client. The name is stored as typed,
// in the one stored form of names (Unicode NFC, width forms folded, whitespace collapsed and
// trimmed: cleanName), and compared by the one name key (normaliseName), so 佐藤さん, 佐藤 さん and
// 佐藤\u3000さん are one client.
import { cleanName, normaliseName, type MapDocument } from "../model";

/** The client name as stored: NFC and cleanName; "" when nothing is left. */
export function cleanClientName(name: string): string {
  return cleanName(name.normalize("NFC"));
}

/** The map with its client set, changed or (null, or a name that is only spaces) removed. */
export function setClient(doc: MapDocument, name: string | null): MapDocument {
  const clean = name === null ? "" : cleanClientName(name);
  if (clean === "") {
    if (doc.client === undefined) return doc;
    const { client: _removed, ...rest } = doc;
    return rest;
  }
  return doc.client === clean ? doc : { ...doc, client: clean };
}

/** The key under which maps of the same client are grouped (normaliseName of the name). */
export function clientKey(name: string): string {
  return normaliseName(name);
}
