import { describe, expect, it } from "vitest";
import {
  cleanName,
  compareByReading,
  editDistance,
  foldKana,
  joinNameParts,
  nameCollator,
  normaliseName,
  readingKey,
  searchKey,
  sortKeyOf,
  tokenKey,
} from "../../../../src/domain/model";

describe("normaliseName", () => {
  it("turns full-width letters and digits into ASCII and folds case", () => {
    expect(normaliseName("ＡＢＣ１２３")).toBe("abc123");
    expect(normaliseName("Ｙｕｉ　ＳＡＴＯ")).toBe("yui sato");
  });

  it("gives a Japanese name one key with no space, a half-width space or an ideographic space", () => {
    const keys = ["鈴木花子", "鈴木 花子", "鈴木　花子", " 鈴木　 花子　", "鈴木\t花子"].map(normaliseName);
    expect(new Set(keys)).toEqual(new Set(["鈴木花子"]));
  });

  it("drops the space in kana, half-width kana and Korean names too", () => {
    expect(normaliseName("ｽｽﾞｷ ﾊﾅｺ")).toBe(normaliseName("スズキハナコ"));
    expect(normaliseName("ルーシー ベル")).toBe(normaliseName("ルーシーベル"));
    expect(normaliseName("김 민수")).toBe(normaliseName("김민수"));
  });

  it("collapses inner whitespace in Latin names but keeps the space between words", () => {
    expect(normaliseName("Anna Müller")).toBe(normaliseName("anna  müller"));
    expect(normaliseName("ANNA\u3000MU\u0308LLER")).toBe(normaliseName("Anna Müller"));
    expect(normaliseName("Li Na")).not.toBe(normaliseName("Lina"));
    expect(normaliseName("AnnaMüller")).not.toBe(normaliseName("Anna Müller"));
  });

  it("keeps the space between a CJK and a Latin word in mixed names", () => {
    expect(normaliseName("鈴木　Hanako")).toBe("鈴木 hanako");
    expect(normaliseName("鈴木Hanako")).not.toBe(normaliseName("鈴木 Hanako"));
  });

  it("does not transliterate: a romanised name is not its kanji", () => {
    expect(normaliseName("Sato Yui")).not.toBe(normaliseName("佐藤 結衣"));
  });

  it("keeps hiragana and katakana names apart", () => {
    expect(normaliseName("さくら")).not.toBe(normaliseName("サクラ"));
  });

  it("leaves prototype words as ordinary names", () => {
    expect(normaliseName(" Constructor ")).toBe("constructor");
    expect(normaliseName("__proto__")).toBe("__proto__");
  });
});

describe("readingKey and foldKana", () => {
  it("folds katakana (also half-width) to hiragana and leaves other scripts", () => {
    expect(foldKana("サトウ ユイ")).toBe("さとう ゆい");
    expect(readingKey("ｻﾄｳ　ﾕｲ")).toBe("さとうゆい");
    expect(readingKey("Sato Yui")).toBe("sato yui");
    expect(readingKey("ルーシー")).toBe("るーしー");
  });
});

describe("tokenKey", () => {
  it("returns the same key for the same words in any order", () => {
    expect(tokenKey("Yui  Sato")).toBe(tokenKey("sato yui"));
  });
});

describe("editDistance", () => {
  it("counts edits and stops past the bound", () => {
    expect(editDistance("高橋和子", "高橋和干", 1)).toBe(1);
    expect(editDistance("kitten", "sitting", 5)).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
  });
});

describe("cleanName", () => {
  it("stores a name with the ideographic space, tabs and runs of spaces collapsed to one space, trimmed", () => {
    expect(cleanName("　鈴木　　花子 ")).toBe("鈴木 花子");
    expect(cleanName("Anna\t Müller")).toBe("Anna Müller");
  });

  it("folds full-width letters and half-width katakana but keeps full-width punctuation and variant kanji", () => {
    expect(cleanName("Ｙｕｉ　Ｓａｔｏ")).toBe("Yui Sato");
    expect(cleanName("ｽｽﾞｷ ﾊﾅｺ")).toBe("スズキ ハナコ");
    // U+FA11 (﨑) is not folded to 崎: NFKC on the whole name would.
    expect(cleanName("山\uFA11 太郎")).toBe("山\uFA11 太郎");
    expect(cleanName("こども食堂ネット（NPO）")).toBe("こども食堂ネット（NPO）");
  });

  it("gives the same matching key as the name typed any other way", () => {
    expect(normaliseName(cleanName("鈴木　花子"))).toBe(normaliseName("鈴木花子"));
  });
});

describe("joinNameParts", () => {
  it("writes CJK names family name first and Latin names given name first", () => {
    expect(joinNameParts("健太", "中村")).toBe("中村 健太");
    expect(joinNameParts("ゆい", "さとう")).toBe("さとう ゆい");
    expect(joinNameParts("민수", "김")).toBe("김 민수");
    expect(joinNameParts("Anna", "Müller")).toBe("Anna Müller");
  });

  it("leaves out a missing part and cleans the parts", () => {
    expect(joinNameParts("", "中村")).toBe("中村");
    expect(joinNameParts(" Ken ", "")).toBe("Ken");
    expect(joinNameParts("健太　", "　中村")).toBe("中村 健太");
  });
});

describe("compareByReading", () => {
  it("sorts by the reading where there is one, kana of either kind alike, numbers by value", () => {
    const people = [
      { name: "渡辺 翔", reading: "わたなべ しょう" },
      { name: "佐藤 結衣", reading: "サトウ ユイ" },
      { name: "相川 彩", reading: "あいかわ あや" },
      { name: "すずき" },
      { name: "Team 10" },
      { name: "Team 2" },
    ];
    const sorted = [...people].sort(compareByReading).map((p) => p.name);
    expect(sorted.indexOf("Team 2")).toBeLessThan(sorted.indexOf("Team 10"));
    const kana = sorted.filter((n) => !n.startsWith("Team"));
    expect(kana).toEqual(["相川 彩", "佐藤 結衣", "すずき", "渡辺 翔"]);
  });

  it("treats hiragana and katakana readings as equal at the base level", () => {
    expect(nameCollator().compare("すずき", "スズキ")).toBe(0);
    expect(sortKeyOf({ name: "鈴木", reading: " " })).toBe("鈴木");
  });
});

describe("searchKey", () => {
  it("ignores spaces, width, case and the kana a reading is typed in", () => {
    expect(searchKey("鈴木花子")).toBe(searchKey("鈴木 花子"));
    expect(searchKey("鈴木　花子")).toBe(searchKey("鈴木花子"));
    expect(searchKey("すずき はなこ")).toBe(searchKey("スズキハナコ"));
    expect(searchKey("satoyui")).toBe(searchKey("Sato Yui"));
    expect(searchKey("ＳＡＴＯ")).toBe("sato");
    expect(searchKey("佐藤")).not.toBe(searchKey("斎藤"));
  });
});
