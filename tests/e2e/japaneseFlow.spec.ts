// A Japanese user's whole first session, with the IME on throughout: names are composed and
// confirmed as an IME does (the confirming Enter arrives while composing), the strength grid and
// the census are answered with "Process" keys, and the map is searched without the space. Prints
// how long each step took.
import type { Page } from "@playwright/test";
import { imeKeyPress, imeType } from "./ime";
import { expect, shotPath, test, waitForMap } from "./support";

const FAMILY = [
  ["やまだたろう", "山田 太郎"],
  ["やまだようこ", "山田洋子"],
] as const;
const WORK = [
  ["さとうけん", "佐藤 健"],
  ["すずきいちろう", "鈴木一郎"],
  ["たかはしみさき", "高橋 美咲"],
  ["たなかさくら", "田中さくら"],
  ["いとうしょう", "伊藤 翔"],
  ["わたなべまり", "渡辺 真理"],
] as const;
const STUDY = [
  ["なかむらけんた", "中村 健太"],
  ["こばやしゆう", "小林優"],
  ["かとうあい", "加藤 愛"],
] as const;

/** Composes, confirms (Enter while composing: must not submit), then submits with a plain Enter. */
async function enterNames(page: Page, names: readonly (readonly [string, string])[]): Promise<void> {
  for (const [reading, name] of names) {
    await imeType(page, reading, name);
    await page.keyboard.press("Enter");
  }
}

test("a Japanese user maps 15 people with the IME on, from the interview to a found person", async ({ page }) => {
  test.setTimeout(180_000);
  const steps: [string, number][] = [];
  let last = Date.now();
  const lap = (name: string) => {
    steps.push([name, (Date.now() - last) / 1000]);
    last = Date.now();
  };
  await page.goto("/");
  await waitForMap(page);
  await page.getByRole("button", { name: "日本語" }).click();
  await page.getByRole("button", { name: "インタビュー", exact: true }).click();
  const wizard = page.getByRole("dialog", { name: "ガイド付きインタビュー" });
  const next = async (step: string) => {
    await wizard.getByRole("button", { name: "次へ" }).click();
    await expect(wizard.getByText(new RegExp(`^ステップ \\d+／11：${step}$`, "u"))).toBeVisible();
  };
  lap("open the interview");

  await expect(wizard.getByLabel("あなたの名前")).toBeFocused();
  await wizard.getByLabel("あなたの名前").fill("");
  await imeType(page, "はやしまこと", "林誠");
  // The conversion's Enter did not move on: the name is still being edited.
  await expect(wizard.getByLabel("あなたの名前")).toHaveValue("林誠");
  await page.keyboard.press("Enter");
  await expect(wizard.getByText("ステップ 2／11：家族")).toBeVisible();
  lap("your name");

  await enterNames(page, FAMILY);
  await expect(wizard.getByRole("list", { name: "2 人" })).toBeVisible();
  await next("職場");
  await enterNames(page, WORK);
  await expect(wizard.getByRole("list", { name: "6 人" })).toBeVisible();
  lap("family and work (8 names)");

  await next("第3のコミュニティ");
  await imeType(page, "べんきょうかい", "勉強会");
  await page.keyboard.press("Enter");
  await expect(wizard.getByLabel("「勉強会」のメンバー")).toBeFocused();
  await enterNames(page, STUDY);
  await next("仕事の情報");
  await enterNames(page, [["よしだつよし", "吉田 剛"]]);
  await next("キャリアの相談");
  await enterNames(page, [["やまもとゆみ", "山本由美"]]);
  await next("休眠中のつながり");
  await enterNames(page, [["まつもとりょう", "松本 亮"]]);
  lap("third community, job, advice, dormant (6 names)");

  await next("つながりの強さ");
  const rows = wizard.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(15);
  const freq = ["KeyO", "KeyC", "KeyR"];
  for (let i = 0; i < 14; i++) {
    await imeKeyPress(page, freq[i % 3] as string);
    for (const d of [(i % 5) + 1, ((i + 2) % 5) + 1, ((i + 4) % 5) + 1]) await imeKeyPress(page, `Digit${d}`);
  }
  await expect(rows.nth(1)).not.toContainText("未評価");
  await wizard.screenshot({ path: shotPath("japanese-flow-strength.png") });
  lap("tie strength, 56 keys with the IME on");

  await next("グループ");
  for (const name of ["家族", "職場", "勉強会"])
    await wizard.getByRole("button", { name: `はい、「${name}」の全員が知り合いです` }).click();
  lap("groups");

  await next("誰と誰が知り合いか");
  const person = wizard.getByTestId("census-person");
  for (let round = 0; round < 3; round++) {
    const asked = await person.textContent();
    await imeKeyPress(page, "KeyY");
    await page.keyboard.press("Enter");
    await expect(person).not.toHaveText(asked ?? "");
  }
  await wizard.screenshot({ path: shotPath("japanese-flow-census.png") });
  await wizard.getByRole("button", { name: "終える" }).click();
  await expect(wizard.getByText("14 人", { exact: true })).toBeVisible();
  await wizard.getByRole("button", { name: "地図を見る" }).click();
  await expect(wizard).toBeHidden();
  lap("who knows whom (3 people answered) and finish");

  await waitForMap(page);
  await expect(page.getByTestId("map-canvas")).toHaveAttribute("aria-label", /15/u);
  const search = page.getByRole("combobox", { name: "人を探す" });
  await search.click();
  await imeType(page, "すずきいちろう", "鈴木 一郎");
  await expect(page.getByRole("option", { name: /鈴木一郎/u })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /鈴木一郎/u }).first()).toBeVisible();
  await page.screenshot({ path: shotPath("japanese-flow-map.png") });
  lap("find 鈴木一郎 typed with a space, and open them");

  console.log(`japanese 15-person flow:\n${steps.map(([s, t]) => `  ${t.toFixed(1)} s  ${s}`).join("\n")}`);
});
