// Ego-centred layout: the ego at the centre, alters on rings by tie band (strong inside,
// weak, unknown, very weak outside), angular sectors by sphere then community so that members
// of a community sit side by side; second-degree people just outside their first contact.
import { alters, bandOfTie, egoTie, type MapDocument, type PersonId, type Position, type Sphere, type TieBand } from "../../domain/model";

const RING: Readonly<Record<TieBand, number>> = { strong: 1.5, weak: 2.5, unknown: 2.9, very_weak: 3.4 };
const SPHERE_ORDER: Readonly<Record<Sphere | "none", number>> = { family: 0, work: 1, third: 2, none: 3 };
export const RING_UNIT = 100;

export function egoRingsLayout(doc: MapDocument): Record<PersonId, Position> {
  const out: Record<PersonId, Position> = { [doc.egoId]: { x: 0, y: 0 } } as Record<PersonId, Position>;
  const sortKey = (id: PersonId): string => {
    const p = doc.people[id];
    const first = p?.communityIds[0];
    const c = first ? doc.communities[first] : undefined;
    return `${SPHERE_ORDER[c?.sphere ?? "none"]}|${c?.name ?? "~"}|${p?.name ?? ""}`;
  };
  const ids = alters(doc)
    .map((p) => p.id)
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  const n = ids.length;
  ids.forEach((id, i) => {
    const tie = egoTie(doc, id);
    const r = RING[tie ? bandOfTie(tie) : "unknown"] * RING_UNIT;
    const angle = (2 * Math.PI * i) / Math.max(n, 1) - Math.PI / 2;
    out[id] = { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  });
  const placed = new Set<string>([doc.egoId, ...ids]);
  for (const p of Object.values(doc.people)) {
    if (placed.has(p.id)) continue;
    const contact = Object.values(doc.ties).find((t) => (t.a === p.id && placed.has(t.b)) || (t.b === p.id && placed.has(t.a)));
    const anchor = contact ? out[contact.a === p.id ? contact.b : contact.a] : undefined;
    const base = anchor ?? { x: 0, y: 4 * RING_UNIT };
    const len = Math.hypot(base.x, base.y) || 1;
    const jitter = (Object.keys(out).length % 5) * 0.08;
    out[p.id] = { x: (base.x / len) * (len + 0.9 * RING_UNIT) + jitter * RING_UNIT, y: (base.y / len) * (len + 0.9 * RING_UNIT) };
    placed.add(p.id);
  }
  return out;
}
