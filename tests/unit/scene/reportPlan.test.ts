// The report's "Your plan" block in the reader's words (en and ja): what a client reads on paper.
import { describe, expect, it } from "vitest";
import { addAction, setActionDone } from "../../../src/domain/growth/plan";
import { takeSnapshot } from "../../../src/domain/growth/snapshot";
import {
  actionId,
  addPerson,
  removeCommunity,
  removePerson,
  snapshotId,
  type MapDocument,
  type SnapshotScores,
} from "../../../src/domain/model";
import { createI18n, type Language } from "../../../src/i18n";
import { buildReportPlan, REPORT_PLAN_OPEN } from "../../../src/scene/reportPlan";
import { reportPlanText } from "../../../src/ui/plan/reportPlanText";
import { sampleNetwork } from "../support/documents";
import { P } from "../domain/insights/helpers";
import { communityId } from "../../../src/domain/model";

const NOW = new Date("2026-04-10T12:00:00");
const SCORES: SnapshotScores = {
  bridging: 40,
  diversity: 50,
  effectiveSize: 3,
  thirdPlaces: 1,
  weakShare: 0.5,
  people: 40,
  ties: 96,
};

const text = (lang: Language) => reportPlanText(createI18n(lang).getFixedT(lang, "plan"), lang, NOW);

/** Sample map: one action done before the snapshot, one after; three open, one past due. */
function planned(): MapDocument {
  let doc = sampleNetwork();
  const add = (id: string, title: string, extra: Partial<Parameters<typeof addAction>[1]>) => {
    doc = addAction(doc, { id: actionId(id), kind: "shareOutput", title, personIds: [], now: "2026-03-01", ...extra });
  };
  add("old", "Post the March notes", {});
  doc = setActionDone(doc, actionId("old"), "2026-03-02T10:00:00.000Z");
  doc = takeSnapshot(doc, { id: snapshotId("s1"), name: "March", now: "2026-03-03T10:00:00.000Z", scores: SCORES });
  // The map changed since (the snapshot is the baseline, not the map as it is now).
  doc = addPerson(doc, { id: P("newcomer"), name: "Newcomer", communityIds: [] });
  add("call", "Call Sasaki", { kind: "reconnect", personIds: [P("sasaki")], due: "2026-04-01" });
  add("go", "Go to the data study group", {
    kind: "joinCommunity",
    communityId: communityId("datastudy"),
    due: "2026-05-20",
  });
  add("undated", "Write a short post", {});
  add("recent", "Answer Ono's invitation", { kind: "answerInvitation", personIds: [P("ono")] });
  doc = setActionDone(doc, actionId("recent"), "2026-04-05T10:00:00.000Z");
  return doc;
}

describe("buildReportPlan", () => {
  it("lists open actions by due date with the date in English words, overdue said in words", () => {
    const plan = buildReportPlan(planned(), text("en"));
    expect(plan.heading).toBe("Your plan");
    expect(plan.items).toEqual([
      { title: "Call Sasaki", text: "due Apr 1, 2026; Overdue" },
      { title: "Go to the data study group", text: "due May 20, 2026" },
      { title: "Write a short post", text: "no due date" },
      // Done since the snapshot: listed; the one done before it is not (it is in the last report).
      { title: "Done: Answer Ono's invitation", text: "" },
    ]);
  });

  it("says the same in Japanese, with the date as Japanese writes it", () => {
    const plan = buildReportPlan(planned(), text("ja"));
    expect(plan.heading).toBe("あなたの行動計画");
    expect(plan.items.map((i) => i.text)).toEqual(["期日 2026/04/01、期日超過", "期日 2026/05/20", "期日なし", ""]);
    expect(plan.items.at(-1)?.title).toBe("完了：Answer Ono's invitation");
  });

  it("marks a person or community that left the map as removed", () => {
    const doc = removeCommunity(removePerson(planned(), P("sasaki")), communityId("datastudy"));
    const en = buildReportPlan(doc, text("en")).items;
    expect(en[0]).toEqual({ title: "Call Sasaki", text: "due Apr 1, 2026; Overdue; With (removed)" });
    expect(en[1]).toEqual({ title: "Go to the data study group", text: "due May 20, 2026; At (removed)" });
    const ja = buildReportPlan(doc, text("ja")).items;
    expect(ja[0]?.text).toBe("期日 2026/04/01、期日超過、相手：（削除済み）");
    expect(ja[1]?.text).toBe("期日 2026/05/20、場所：（削除済み）");
  });

  it("shows the first open actions and counts the others", () => {
    let doc = planned();
    for (let i = 0; i < 5; i++)
      doc = addAction(doc, {
        id: actionId(`x${i}`),
        kind: "shareOutput",
        title: `Extra ${i}`,
        personIds: [],
        due: "2026-12-31",
        now: "2026-04-01",
      });
    const items = buildReportPlan(doc, text("en")).items;
    const open = 3 + 5;
    expect(items.slice(0, REPORT_PLAN_OPEN).map((i) => i.title)).toEqual([
      "Call Sasaki",
      "Go to the data study group",
      "Extra 0",
      "Extra 1",
    ]);
    expect(items[REPORT_PLAN_OPEN]).toEqual({ title: `and ${open - REPORT_PLAN_OPEN} more in the app`, text: "" });
    expect(buildReportPlan(doc, text("ja")).items[REPORT_PLAN_OPEN]?.title).toBe(
      `ほか${open - REPORT_PLAN_OPEN}件はアプリで`,
    );
  });

  it("says there is no plan yet when there is none", () => {
    expect(buildReportPlan(sampleNetwork(), text("en")).items).toEqual([
      { title: "No actions planned yet.", text: "" },
    ]);
    expect(buildReportPlan(sampleNetwork(), text("ja")).items).toEqual([
      { title: "まだ行動計画はありません。", text: "" },
    ]);
  });
});
