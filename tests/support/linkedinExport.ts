// Seeded generator of a realistic LinkedIn "Connections.csv" (preamble, header, rows with quoted
// companies, Japanese and accented names, missing e-mails and companies, a few duplicated rows).
const FIRST = [
  "Haruto",
  "Yui",
  "Sofia",
  "Lucas",
  "Mei",
  "Ken",
  "Priya",
  "Chloe",
  "Daichi",
  "Emma",
  "結衣",
  "翔太",
  "Zoë",
  "José",
  "Aiko",
  "Ben",
];
const LAST = [
  "Suzuki",
  "Sato",
  "García",
  "Dubois",
  "Kobayashi",
  "Nair",
  "Martin",
  "Mori",
  "Wilson",
  "佐藤",
  "高橋",
  "Müller",
  "O'Brien",
  "Tanaka",
  "Carter",
];
const COMPANIES = [
  "Kumo Design Inc.",
  "Atlas Logistics, S.L.",
  "Shinkansen Labs",
  "株式会社みらい",
  'Acme "Widgets" Ltd',
  "",
  "Freelance",
];
const POSITIONS = ["Engineer", "Product Manager", "Designer", "CTO", "Sales, APAC", "営業部長", ""];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export const LINKEDIN_PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';

/** mulberry32: a small seeded PRNG so that the file is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (s: string): string => (/[",\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);

export interface GeneratedExport {
  readonly text: string;
  /** Distinct profile URLs: the number of people the import should produce. */
  readonly distinctPeople: number;
}

export function generateLinkedInExport(rows: number, seed = 42): GeneratedExport {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"];
  const urls = new Set<string>();
  let previous = "";
  for (let i = 0; i < rows; i++) {
    // About one row in 200 repeats the previous connection (LinkedIn exports do contain these).
    if (previous && r() < 0.005) {
      lines.push(previous);
      continue;
    }
    const first = pick(FIRST);
    const last = pick(LAST);
    const url = `https://www.linkedin.com/in/${encodeURIComponent(`${first}-${last}`.toLowerCase())}-${i.toString(36)}`;
    urls.add(url);
    const email = r() < 0.2 ? `${i}@example.com` : "";
    const date = `${String(1 + Math.floor(r() * 28)).padStart(2, "0")} ${pick(MONTHS)} ${2010 + Math.floor(r() * 15)}`;
    previous = [first, last, url, email, pick(COMPANIES), pick(POSITIONS), date].map(quote).join(",");
    lines.push(previous);
  }
  return { text: LINKEDIN_PREAMBLE + lines.join("\n") + "\n", distinctPeople: urls.size };
}
