// XML escaping for every text node and attribute value we write (XML 1.0 §2.4, §2.2): the five
// markup characters, and characters XML 1.0 cannot carry at all (C0 controls) are dropped.

// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

export function escapeXml(value: string): string {
  return value
    .replace(INVALID, "")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&apos;");
}
