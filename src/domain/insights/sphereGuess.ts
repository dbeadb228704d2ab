// A guess of the sphere of a community imported from a company field (LinkedIn): the user
// confirms it in the import review. Non-profits, associations, foundations, freelance
// networks, study groups, salons and events like Startup Weekend are "third places" (the first
// source article's third community); a company named like one of its members' family names may
// be a family business or a family — no guess, the review asks; anything else is work.
import type { Person, Sphere } from "../model";

const THIRD_PLACE = [
  /\bN[PG]O\b/iu,
  /\bnon[- ]?profit\b/iu,
  /\bassociation\b/iu,
  /\bfoundation\b/iu,
  /\bstartup weekend\b/iu,
  /\bfreelanc/iu,
  /\bstudy group\b/iu,
  /\bsalon\b/iu,
  /\bvolunteer/iu,
  /\bmeetup\b/iu,
  /協会|財団|NPO法人|一般社団法人|公益社団法人|社団法人|フリーランス|勉強会|サロン|ボランティア|読書会/u,
];

const FAMILY_WORD = /\bfamily\b|家族|ファミリー|一家/iu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function normalise(s: string): string {
  return s.normalize("NFKC").trim().toLowerCase();
}

/** Whether `company` reads as a family name of one of the people (whole word, or a CJK prefix/suffix). */
function isFamilyNameOf(company: string, people: readonly Pick<Person, "name">[]): boolean {
  const c = normalise(company);
  if (c === "") return false;
  return people.some((p) => {
    const name = normalise(p.name);
    if (name.split(/[\s\u3000]+/u).includes(c)) return true;
    return CJK.test(c) && c.length >= 1 && c.length < name.length && (name.startsWith(c) || name.endsWith(c));
  });
}

/** The sphere to suggest for a community named `company` whose members are `members`; null = ask. */
export function guessCompanySphere(company: string, members: readonly Pick<Person, "name">[] = []): Sphere | null {
  if (THIRD_PLACE.some((re) => re.test(company.normalize("NFKC")))) return "third";
  if (FAMILY_WORD.test(company.normalize("NFKC")) || isFamilyNameOf(company, members)) return null;
  return "work";
}
