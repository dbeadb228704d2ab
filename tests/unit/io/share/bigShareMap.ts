// A consultant-sized map for measuring share links: 150 people with Japanese names and romanised
// readings, ids as the app makes them, 10 communities, every ego tie rated on all four questions,
// 300 ties among the others, and a saved position for everyone (the clusters layout saves them all).
import {
  addCommunity,
  addPerson,
  communityId,
  createDocument,
  mapId,
  newId,
  personId,
  setTie,
  SPHERES,
  type Likert,
  type MapDocument,
  type PersonId,
} from "../../../../src/domain/model";

const SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"];
const SURNAME_READINGS = [
  "Sato",
  "Suzuki",
  "Takahashi",
  "Tanaka",
  "Ito",
  "Watanabe",
  "Yamamoto",
  "Nakamura",
  "Kobayashi",
  "Kato",
  "Yoshida",
  "Yamada",
];
const GIVEN = ["陽翔", "蓮", "結衣", "葵", "湊", "陽菜", "悠真", "凛", "大和", "芽依", "樹", "咲良", "颯"];
const GIVEN_READINGS = [
  "Haruto",
  "Ren",
  "Yui",
  "Aoi",
  "Minato",
  "Hina",
  "Yuma",
  "Rin",
  "Yamato",
  "Mei",
  "Itsuki",
  "Sakura",
  "Hayate",
];

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function bigShareMap(people = 150, alterTies = 300): MapDocument {
  const rand = rng(14);
  const pick = (n: number) => Math.floor(rand() * n);
  const ego = personId(newId("person"));
  let doc = createDocument({
    id: mapId(newId("map")),
    title: "Client A — March",
    egoId: ego,
    egoName: "山田 花子",
    now: "2026-03-01T00:00:00.000Z",
  });
  const communities = Array.from({ length: 10 }, () => communityId(newId("community")));
  communities.forEach((id, i) => {
    doc = addCommunity(doc, { id, name: `コミュニティ ${i + 1}`, sphere: SPHERES[i % 3] ?? "third" });
  });
  const ids: PersonId[] = [];
  const positions: Record<string, { x: number; y: number; source: "layout" }> = {};
  for (let i = 0; i < people; i++) {
    const id = personId(newId("person"));
    const s = pick(SURNAMES.length);
    const g = pick(GIVEN.length);
    doc = addPerson(doc, {
      id,
      name: `${SURNAMES[s]} ${GIVEN[g]}`,
      reading: `${SURNAME_READINGS[s]} ${GIVEN_READINGS[g]}`,
      communityIds: [communities[pick(10)] ?? communities[0]!],
    });
    const likert = () => (1 + pick(5)) as Likert;
    doc = setTie(doc, {
      a: ego,
      b: id,
      answers: { frequencyPerYear: 1 + pick(200), emotional: likert(), intimacy: likert(), services: likert() },
    });
    positions[id] = { x: rand() * 2000 - 1000, y: rand() * 2000 - 1000, source: "layout" };
    ids.push(id);
  }
  for (let k = 0; k < alterTies; k++) {
    const a = ids[pick(ids.length)]!;
    const b = ids[pick(ids.length)]!;
    if (a !== b) doc = setTie(doc, { a, b, weight: Math.round(rand() * 100) / 100 });
  }
  return { ...doc, positions };
}
