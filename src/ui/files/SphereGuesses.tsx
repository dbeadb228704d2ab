// Import review: the companies of a LinkedIn export become communities; each gets a sphere
// guess (domain/insights/sphereGuess) that the user confirms or changes here. A company that
// reads as a family name gets no guess: the select asks ("Choose…"), and left unanswered it
// counts as work, which the hint says.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { guessCompanySphere } from "../../domain/insights/sphereGuess";
import { SPHERES, type CommunityId, type MapDocument, type Sphere } from "../../domain/model";
import { SPHERE_KEY } from "../../i18n/keys";

const SHOWN = 12;
const ORDER: Readonly<Record<string, number>> = { ask: 0, third: 1, family: 2, work: 3 };

export interface SphereRow {
  readonly id: CommunityId;
  readonly name: string;
  readonly members: number;
  /** null = no guess: ask. */
  readonly guess: Sphere | null;
}

/** The communities with their guesses: the ones to ask first, then third places, then work. */
export function sphereRows(doc: MapDocument): SphereRow[] {
  const members = new Map<string, { name: string }[]>();
  for (const p of Object.values(doc.people)) {
    for (const c of p.communityIds) members.set(c, [...(members.get(c) ?? []), { name: p.name }]);
  }
  return Object.values(doc.communities)
    .map((c) => {
      const people = members.get(c.id) ?? [];
      return { id: c.id, name: c.name, members: people.length, guess: guessCompanySphere(c.name, people) };
    })
    .sort(
      (a, b) =>
        (ORDER[a.guess ?? "ask"] ?? 9) - (ORDER[b.guess ?? "ask"] ?? 9) ||
        b.members - a.members ||
        a.name.localeCompare(b.name),
    );
}

export function SphereGuesses({
  rows,
  chosen,
  onChange,
}: {
  rows: readonly SphereRow[];
  chosen: Readonly<Record<string, Sphere | "">>;
  onChange: (id: CommunityId, sphere: Sphere | "") => void;
}) {
  const { t } = useTranslation("io");
  const id = useId();
  const [all, setAll] = useState(false);
  if (rows.length === 0) return null;
  const shown = all ? rows : rows.slice(0, SHOWN);
  return (
    <section className="io-section" aria-labelledby={`${id}-h`} data-testid="sphere-guesses">
      <h3 id={`${id}-h`}>{t("spheres.heading")}</h3>
      <p className="small muted">{t("spheres.hint")}</p>
      <ul className="io-spheres">
        {shown.map((r) => (
          <li key={r.id} className="inline-row">
            <label htmlFor={`${id}-${r.id}`}>
              {r.name} <span className="small muted">({t("spheres.members", { count: r.members })})</span>
            </label>
            <select
              id={`${id}-${r.id}`}
              value={chosen[r.id] ?? ""}
              onChange={(e) => onChange(r.id, e.target.value as Sphere | "")}
            >
              {r.guess === null && <option value="">{t("spheres.ask")}</option>}
              {SPHERES.map((s) => (
                <option key={s} value={s}>
                  {t(SPHERE_KEY[s], { ns: "common" })}
                </option>
              ))}
            </select>
            {r.guess === null && chosen[r.id] === "" && <span className="small">{t("spheres.askHint")}</span>}
          </li>
        ))}
      </ul>
      {rows.length > SHOWN && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t("spheres.showFewer") : t("spheres.showAll", { count: rows.length })}
        </button>
      )}
    </section>
  );
}
