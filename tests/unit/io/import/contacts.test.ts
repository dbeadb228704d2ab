import { describe, expect, it } from "vitest";
import { importFile, isLinkedInExport, parseLinkedIn, parseNameList, parseVcard } from "../../../../src/io/import";
import { generateLinkedInExport } from "../../../support/linkedinExport";
import {
  communitiesOf,
  expectErr,
  expectOk,
  fixtureText,
  importFixture,
  names,
  NODE_OPTIONS,
  personNamed,
  tieBetween,
} from "./helpers";

describe("parseLinkedIn", () => {
  it("returns connections tied to the ego, unrated, companies as work communities", () => {
    const m = importFixture("Connections.csv");
    expect(m.format).toBe("linkedin");
    expect(names(m.doc)).toEqual(["Haruto Suzuki", "Ken Sato", "Ken Sato", "Mei Kobayashi", "Sofia García", "You"]);
    expect(communitiesOf(m.doc, "Haruto Suzuki")).toEqual(["Kumo Design Inc."]);
    expect(Object.values(m.doc.communities).every((c) => c.sphere === "work")).toBe(true);
    expect(personNamed(m.doc, "Sofia García").note).toBe(
      "Operations Manager @ Atlas Logistics, S.L. · LinkedIn: 02 Nov 2023",
    );
    expect(m.unratedTies).toHaveLength(5);
    expect(tieBetween(m.doc, "ego", "Mei Kobayashi")?.answers).toEqual({});
  });

  it("merges a repeated profile URL (trailing slash ignored) but keeps two people who share a name", () => {
    const m = expectOk(parseLinkedIn("Connections.csv", fixtureText("Connections.csv")));
    expect(Object.values(m.doc.people).filter((p) => p.name === "Mei Kobayashi")).toHaveLength(1);
    expect(Object.values(m.doc.people).filter((p) => p.name === "Ken Sato")).toHaveLength(2);
    expect(m.warnings).toContainEqual({ kind: "mergedDuplicates", count: 1 });
  });

  it("returns the connections when the Notes preamble ends its lines with CRLF and the rows with LF", () => {
    const m = importFixture("Connections.csv", "Connections-crlf-notes.csv");
    expect(m.format).toBe("linkedin");
    expect(names(m.doc)).toEqual(["Haruto Suzuki", "Ken Sato", "Ken Sato", "Mei Kobayashi", "Sofia García", "You"]);
    expect(personNamed(m.doc, "Haruto Suzuki").note).toBe("Senior Designer @ Kumo Design Inc. · LinkedIn: 14 Mar 2024");
  });

  it("writes Japanese connections family name first (健太 / 中村 → 中村 健太) and Latin ones given name first", () => {
    const m = importFixture("Connections-ja.csv");
    expect(m.format).toBe("linkedin");
    expect(names(m.doc)).toEqual(expect.arrayContaining(["中村 健太", "鈴木 花子", "さとう ゆい", "Anna Müller"]));
    expect(names(m.doc)).not.toContain("健太 中村");
    expect(communitiesOf(m.doc, "中村 健太")).toEqual(["株式会社クモ"]);
  });

  it("names a person the same way whether they come from LinkedIn, a vCard or a CSV", () => {
    const linkedin = expectOk(
      parseLinkedIn("c.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n健太,中村,,,,,\n"),
    );
    const vcard = expectOk(parseVcard("c.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nN:中村;健太;;;\r\nEND:VCARD\r\n"));
    expect(names(linkedin.doc)).toContain("中村 健太");
    expect(names(vcard.doc)).toContain("中村 健太");
  });

  it("returns empty when no row is the LinkedIn header", () => {
    const e = expectErr(parseLinkedIn("c.csv", "First Name,Surname,Connected On\nA,B,1 Jan 2020\n"));
    expect(e.kind).toBe("empty");
  });

  it("parses a 30,000-row export", () => {
    const { text, distinctPeople } = generateLinkedInExport(30_000, 7);
    expect(isLinkedInExport(text)).toBe(true);
    const started = performance.now();
    const m = expectOk(importFile("Connections.csv", new TextEncoder().encode(text), NODE_OPTIONS));
    const ms = performance.now() - started;
    console.info(`LinkedIn 30,000 rows: ${ms.toFixed(0)} ms`);
    expect(Object.keys(m.doc.people)).toHaveLength(distinctPeople + 1);
    expect(m.unratedTies).toHaveLength(distinctPeople);
    expect(ms).toBeLessThan(10_000);
  });
});

describe("parseVcard", () => {
  it("returns Google contacts with folded notes, escapes, ORG and categories, merging a repeated card", () => {
    const m = importFixture("contacts.vcf", "google.vcf");
    expect(names(m.doc)).toEqual(["Aiko Tanaka", "Ben Carter", "You"]);
    expect(personNamed(m.doc, "Aiko Tanaka").note).toBe("Met at the 2023 design meetup, Shibuya.\nLikes bouldering.");
    expect(personNamed(m.doc, "Ben Carter").note).toBe(
      "This is a long note that Google folds because it is longer than seventy-five octets per line.",
    );
    expect(communitiesOf(m.doc, "Aiko Tanaka")).toEqual(["Climbing", "Family", "Kumo Design Inc."]);
    const family = Object.values(m.doc.communities).find((c) => c.name === "Family");
    expect(family?.sphere).toBe("family");
    expect(m.warnings).toContainEqual({ kind: "mergedDuplicates", count: 1 });
  });

  it("returns Apple contacts (3.0 and 4.0) with the phonetic reading and organisation", () => {
    const m = expectOk(parseVcard("apple.vcf", fixtureText("apple.vcf")));
    expect(personNamed(m.doc, "佐藤 結衣")).toMatchObject({
      reading: "さとう ゆい",
      note: "PTAで一緒",
    });
    expect(communitiesOf(m.doc, "佐藤 結衣")).toEqual(["青葉小学校"]);
    expect(communitiesOf(m.doc, "Lucas Dubois")).toEqual(["Atelier Lumière"]);
  });

  it("returns a vCard 2.1 from a Japanese phone: Shift_JIS quoted-printable with a soft line break", () => {
    const m = importFixture("docomo.vcf");
    // The half-width kana of the phone is stored full-width (cleanName folds width forms).
    expect(personNamed(m.doc, "高橋 健一").reading).toBe("タカハシ ケンイチ");
  });

  it("returns notVcard for text without cards", () => {
    expect(expectErr(parseVcard("x.vcf", "hello")).kind).toBe("notVcard");
  });
});

describe("parseNameList", () => {
  it("returns one person per line without list markers, merging repeats", () => {
    const m = importFixture("names.txt");
    expect(m.format).toBe("nameList");
    expect(names(m.doc)).toEqual(["Aiko Tanaka", "Ben Carter", "Chloe Martin", "You", "佐藤 結衣"]);
    expect(m.unratedTies).toHaveLength(4);
    expect(m.egoSource).toBe("placeholder");
  });

  it("uses the given name for the ego", () => {
    const m = expectOk(parseNameList("paste", "Ann\nBob", { egoName: "高橋 美咲" }));
    expect(m.doc.people[m.doc.egoId]?.name).toBe("高橋 美咲");
    expect(m.egoSource).toBe("option");
  });

  it("returns empty for blank text", () => {
    expect(expectErr(parseNameList("paste", " \n\n")).kind).toBe("empty");
  });
});
