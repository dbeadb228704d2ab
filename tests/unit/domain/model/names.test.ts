import { describe, expect, it } from "vitest";
import { editDistance, foldKana, normaliseName, readingKey, searchKey, tokenKey } from "../../../../src/domain/model";

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
