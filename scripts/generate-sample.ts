// Generates data/sample-network.json: a fictional career network of 40 people around one ego
// (Takahashi Misaki, marketing at a mid-size manufacturer). Run: npx tsx scripts/generate-sample.ts
import { writeFileSync } from "node:fs";
import {
  addCommunity,
  addPerson,
  communityId,
  connectCommunity,
  createDocument,
  mapId,
  personId,
  setTie,
  type CommunityId,
  type MapDocument,
  type Sphere,
  type TieAnswers,
} from "../src/domain/model";
import { serializeNative } from "../src/io/native";

type Spec = [id: string, name: string, reading: string, communities: string[], answers: TieAnswers, note?: string];

const COMMUNITIES: [string, string, Sphere][] = [
  ["family", "家族 / Family", "family"],
  ["marketing", "丸山精機 マーケティング部 / Maruyama Seiki marketing", "work"],
  ["sales", "丸山精機 営業部 / Maruyama Seiki sales", "work"],
  ["greenz", "greenz people", "third"],
  ["servicegrant", "サービスグラント プロボノチーム / Service Grant pro-bono team", "third"],
  ["mamabono", "ママボノ / Mamabono", "third"],
  ["freelance", "フリーランス協会 / Freelance Association", "third"],
  ["writers", "編集・ライター養成講座 / Writers' seminar", "third"],
  ["swtokyo", "Startup Weekend 東京 / Startup Weekend Tokyo", "third"],
  ["hiu", "HIU オンラインサロン / HIU online salon", "third"],
  ["onejapan", "ONE JAPAN", "third"],
  ["kodomo", "こども食堂ネット（NPO）/ Children's cafeteria NPO", "third"],
  ["datastudy", "データ分析勉強会 / Data analysis study group", "third"],
  ["alumni", "大学の同期 / University classmates", "third"],
];

const strong = (e: 4 | 5 = 5): TieAnswers => ({ frequencyCategory: "often", emotional: e, intimacy: 4, services: 5 });
const colleague = (e: 2 | 3 | 4 = 3): TieAnswers => ({
  frequencyCategory: "often",
  emotional: e,
  intimacy: 2,
  services: 3,
});
const occasional = (e: 2 | 3 = 3): TieAnswers => ({
  frequencyCategory: "occasionally",
  emotional: e,
  intimacy: 2,
  services: 2,
});
const rare = (): TieAnswers => ({ frequencyCategory: "rarely", emotional: 2, intimacy: 1 });

const PEOPLE: Spec[] = [
  ["mother", "高橋 和子", "Takahashi Kazuko", ["family"], strong()],
  [
    "father",
    "高橋 健一",
    "Takahashi Ken'ichi",
    ["family"],
    { frequencyCategory: "occasionally", emotional: 4, intimacy: 3, services: 4 },
  ],
  ["sister", "高橋 彩", "Takahashi Aya", ["family"], strong(4)],
  [
    "husband",
    "高橋 翔太",
    "Takahashi Shōta",
    ["family"],
    { frequencyPerYear: 365, emotional: 5, intimacy: 5, services: 5 },
  ],
  ["aunt", "井口 芳子", "Iguchi Yoshiko", ["family"], rare()],
  [
    "boss",
    "森田 浩二",
    "Morita Kōji",
    ["marketing"],
    { frequencyCategory: "often", emotional: 3, intimacy: 2, services: 4 },
  ],
  ["sasaki", "佐々木 優", "Sasaki Yū", ["marketing", "datastudy"], colleague(4), "Invited me to the data study group."],
  ["nakamura", "中村 拓也", "Nakamura Takuya", ["marketing", "onejapan"], colleague(3)],
  ["kobayashi", "小林 恵", "Kobayashi Megumi", ["marketing"], colleague(4)],
  ["kato", "加藤 大輔", "Katō Daisuke", ["marketing"], colleague(2)],
  ["yoshida", "吉田 真理", "Yoshida Mari", ["marketing"], colleague(3)],
  ["yamaguchi", "山口 健", "Yamaguchi Ken", ["marketing"], colleague(2)],
  ["harada", "原田 聡", "Harada Satoshi", ["sales"], occasional(3)],
  ["ono", "小野 ゆかり", "Ono Yukari", ["sales"], occasional(2)],
  [
    "kimura",
    "木村 さくら",
    "Kimura Sakura",
    ["greenz", "kodomo"],
    occasional(3),
    "Introduced me to the children's cafeteria NPO.",
  ],
  ["shimizu", "清水 陽介", "Shimizu Yōsuke", ["greenz"], { frequencyCategory: "occasionally", emotional: 2 }],
  ["matsumoto", "松本 亮", "Matsumoto Ryō", ["servicegrant"], occasional(3)],
  ["inoue", "井上 舞", "Inoue Mai", ["servicegrant"], occasional(3)],
  ["hayashi", "林 直樹", "Hayashi Naoki", ["servicegrant"], occasional(2)],
  ["ueda", "上田 沙織", "Ueda Saori", ["servicegrant"], { frequencyCategory: "occasionally" }],
  ["okada", "岡田 由美", "Okada Yumi", ["mamabono"], { frequencyCategory: "occasionally", emotional: 3, services: 3 }],
  [
    "saito",
    "斎藤 玲奈",
    "Saitō Rena",
    ["freelance"],
    occasional(3),
    "Freelance designer; told me about my current job opening.",
  ],
  ["fujita", "藤田 誠", "Fujita Makoto", ["freelance"], rare()],
  ["ishii", "石井 香織", "Ishii Kaori", ["writers"], occasional(3)],
  ["maeda", "前田 剛", "Maeda Tsuyoshi", ["writers"], { frequencyCategory: "rarely", emotional: 3 }],
  ["hasegawa", "長谷川 蓮", "Hasegawa Ren", ["swtokyo"], occasional(3)],
  ["murakami", "村上 葵", "Murakami Aoi", ["swtokyo"], { frequencyCategory: "rarely", emotional: 3, services: 2 }],
  ["kondo", "近藤 悠", "Kondō Yū", ["swtokyo"], rare()],
  ["aoki", "青木 隼人", "Aoki Hayato", ["hiu"], { frequencyPerYear: 6, emotional: 2 }],
  ["nishimura", "西村 拓海", "Nishimura Takumi", ["onejapan"], occasional(3)],
  ["fukuda", "福田 真由", "Fukuda Mayu", ["onejapan"], { frequencyCategory: "rarely" }],
  ["takeuchi", "竹内 亜希", "Takeuchi Aki", ["kodomo"], occasional(2)],
  ["imai", "今井 康介", "Imai Kōsuke", ["kodomo"], {}],
  ["noguchi", "野口 仁", "Noguchi Hitoshi", ["datastudy"], occasional(3)],
  ["sugawara", "菅原 千尋", "Sugawara Chihiro", ["datastudy"], { frequencyCategory: "occasionally", emotional: 2 }],
  ["miyazaki", "宮崎 翼", "Miyazaki Tsubasa", ["datastudy"], rare()],
  ["endo", "遠藤 健太", "Endō Kenta", ["alumni"], rare(), "Haven't met in three years; would answer a message."],
  ["sakamoto", "坂本 美穂", "Sakamoto Miho", ["alumni", "freelance"], rare()],
  ["nagai", "永井 誠司", "Nagai Seiji", ["hiu"], {}, "Aoki's friend from the salon; I have not met him yet."],
];

/** Alter–alter ties beyond "everyone in the community knows each other". */
const EXTRA_TIES: [string, string, number][] = [
  ["boss", "harada", 0.5],
  ["kobayashi", "ono", 0.4],
  ["harada", "ono", 0.7],
  ["husband", "sasaki", 0.3],
  ["kimura", "shimizu", 0.6],
  ["matsumoto", "kimura", 0.3],
  ["ishii", "saito", 0.4],
  ["hasegawa", "murakami", 0.6],
  ["hasegawa", "kondo", 0.3],
  ["nishimura", "fukuda", 0.5],
  ["noguchi", "sugawara", 0.6],
  ["endo", "sakamoto", 0.5],
];
const CONNECTED = ["family", "marketing", "servicegrant", "kodomo", "datastudy"];

let doc: MapDocument = createDocument({
  id: mapId("sample-takahashi"),
  title: "高橋 美咲のネットワーク / Misaki Takahashi's network",
  egoId: personId("ego"),
  egoName: "高橋 美咲",
  now: "2026-11-01T09:00:00.000Z",
});
doc = { ...doc, people: { ...doc.people, [doc.egoId]: { ...doc.people[doc.egoId]!, reading: "Takahashi Misaki" } } };
for (const [id, name, sphere] of COMMUNITIES) doc = addCommunity(doc, { id: communityId(id), name, sphere });
for (const [id, name, reading, cs, answers, note] of PEOPLE) {
  const pid = personId(id);
  doc = addPerson(doc, {
    id: pid,
    name,
    reading,
    communityIds: cs.map((c) => communityId(c) as CommunityId),
    ...(note ? { note } : {}),
  });
  if (id !== "nagai") doc = setTie(doc, { a: doc.egoId, b: pid, answers });
}
for (const c of CONNECTED) doc = connectCommunity(doc, communityId(c));
for (const [a, b, w] of EXTRA_TIES) doc = setTie(doc, { a: personId(a), b: personId(b), weight: w });
doc = setTie(doc, { a: personId("aoki"), b: personId("nagai"), weight: 0.6 });

writeFileSync(new URL("../data/sample-network.json", import.meta.url), serializeNative(doc) + "\n");
console.log(
  `people ${Object.keys(doc.people).length}, communities ${Object.keys(doc.communities).length}, ties ${Object.keys(doc.ties).length}`,
);
