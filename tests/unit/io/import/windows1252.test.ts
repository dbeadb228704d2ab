import { describe, expect, it } from "vitest";
import { parseCsvTable } from "../../../../src/io/import";
import { communitiesOf, importFixture, names, personNamed, strengthBetween } from "./helpers";

describe("Windows-1252 spreadsheets", () => {
  it("returns the people of an Outlook contacts export with accented names, companies and notes", () => {
    const m = importFixture("contacts.csv", "outlook-contacts.cp1252.csv");
    expect(m.format).toBe("csvPeople");
    expect(names(m.doc)).toEqual([
      "François Lefèvre",
      "Ingrid Ångström",
      "José García Peña",
      "Søren Østergaard",
      "You",
      "Zoë Müller",
    ]);
    expect(communitiesOf(m.doc, "Ingrid Ångström")).toEqual(["Société Générale"]);
    expect(communitiesOf(m.doc, "Zoë Müller")).toEqual(["Grün & Söhne GmbH"]);
    expect(personNamed(m.doc, "François Lefèvre").note).toBe(
      "Rencontré à la conférence “Données & Société” – il m’a prêté 20 €.",
    );
    expect(personNamed(m.doc, "José García Peña").note).toBe("Compañero del coro.\nCumpleaños en marzo.");
  });

  it("returns the rows of a European Excel sheet separated by semicolons, with decimal commas", () => {
    // Name;Firma;Notiz;Stärke — the German headers are mapped by the user in the mapping step.
    const m = importFixture("kontakte.csv", "people-excel-de.cp1252.csv", {
      format: "csvPeople",
      peopleMapping: { name: 0, company: 1, note: 2, strength: 3 },
    });
    expect(names(m.doc)).toEqual(["François Lefèvre", "Søren Østergaard", "You", "Zoë Müller"]);
    expect(communitiesOf(m.doc, "Søren Østergaard")).toEqual(["Nørrebro Cykler ApS"]);
    expect(personNamed(m.doc, "François Lefèvre").note).toBe("Kollege; sehr hilfsbereit");
    expect(personNamed(m.doc, "Søren Østergaard").note).toBe("Fahrradladen – 10 € Rabatt");
    expect(strengthBetween(m.doc, "ego", "François Lefèvre")).toBe(0.8);
    expect(strengthBetween(m.doc, "ego", "Søren Østergaard")).toBe(0.25);
  });

  it("detects semicolon and tab delimiters", () => {
    for (const [delimiter, text] of [
      [";", 'name;company;note\nAnn;Acme, Inc.;"a; b"\nBob;Globex;x\n'],
      ["\t", "name\tcompany\tnote\nAnn\tAcme, Inc.\ta; b\nBob\tGlobex\tx\n"],
    ] as const) {
      const t = parseCsvTable("t.csv", text);
      if (!t.ok) throw new Error(`parse failed for ${JSON.stringify(delimiter)}`);
      expect(t.value.headers).toEqual(["name", "company", "note"]);
      expect(t.value.rows).toEqual([
        ["Ann", "Acme, Inc.", "a; b"],
        ["Bob", "Globex", "x"],
      ]);
    }
  });

  it("keeps a comma sheet whose list cells hold semicolons in its columns (our own people export)", () => {
    const text =
      "\uFEFFid,name,reading,communities,spheres,note,role\r\n" +
      "ego,Mina,,佐藤 結衣; constructor,third; third,,ego\r\n" +
      "alice,Alice,,佐藤 結衣; constructor,third; third,,second_degree\r\n";
    const t = parseCsvTable("people.csv", text);
    if (!t.ok) throw new Error("parse failed");
    expect(t.value.headers).toEqual(["id", "name", "reading", "communities", "spheres", "note", "role"]);
    expect(t.value.rows[1]).toEqual([
      "alice",
      "Alice",
      "",
      "佐藤 結衣; constructor",
      "third; third",
      "",
      "second_degree",
    ]);
  });
});
