import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const discovered = (text: string, lang: "ar" | "en") =>
  extract({ text, lang, title: "t" })
    .entities.filter((e) => e.mentions.some((m) => m.rule === "discovered"))
    .map((e) => `${e.id}:${e.type}`);

describe("discovering names the gazetteer lacks", () => {
  it("never reads a name across a paragraph or sentence break (found by the fuzzer)", () => {
    for (const text of ["1e309\n\nconstructor ", "Maria Lopez said 1e309\n\nconstructor Holm left."]) {
      const x = extract({ text, lang: "en", title: "t" });
      for (const e of x.entities) for (const m of e.mentions) expect(m.surface).not.toMatch(/\n/);
    }
  });
  it("finds titled and capitalised names in English, with a type guess", () => {
    expect(discovered("Maria Lopez said the firm would build near Aarhus. Foreign Minister Lars Holm welcomed it. The Danish Green Fund pays.", "en")).toEqual([
      "aarhus:city",
      "danish-green-fund:organization",
      "lars-holm:person",
      "maria-lopez:person",
    ]);
  });

  it("types a name with a geographic head word as a region, not a person", () => {
    expect(discovered("Kishida said Japan supports security on the Kerch Peninsula. Ships crossed the Gulf of Guinea near Lake Turkana.", "en")).toEqual([
      "gulf-of-guinea:region",
      "kerch-peninsula:region",
      "lake-turkana:region",
    ]);
  });

  it("finds a name after an Arabic title, skipping the ministry and nationality", () => {
    expect(discovered("وقال وزير الخارجية الأردني أيمن الصفدي إن الحل قريب. وصرح المتحدث باسم الوزارة ماريا زاخاروفا بذلك.", "ar")).toEqual([
      "ايمن-الصفدي:person",
      "ماريا-زاخاروفا:person",
    ]);
  });

  it("takes a three-word Arabic name, but not the verb or particle after a two-word one", () => {
    expect(discovered("وقال المتحدث باسم الوزارة وانغ وين بين إن العلاقات جيدة. وقال وزير الخارجية كمال حسن يزور موسكو.", "ar")).toEqual([
      "كمال-حسن:person",
      "وانغ-وين-بين:person",
    ]);
  });

  it("reads a dateline as a place, cuts runs at titles and known names, and follows a surname", () => {
    const text =
      "KISUMU (AP) — Indian Prime Minister Narendra Modi and Kenya Ports Authority Chairman Ursula von der Leyen agreed on a deal. Von der Leyen said the talks went well.";
    expect(discovered(text, "en")).toEqual(["ap:organization", "kenya-ports-authority:organization", "kisumu:city", "ursula-von-der-leyen:person"]);
    const x = extract({ text, lang: "en", title: "t" });
    const ursula = x.entities.find((e) => e.id === "ursula-von-der-leyen")!;
    expect(ursula.mentions.map((m) => [m.sentence, text.slice(m.start, m.end)])).toEqual([
      [0, "Ursula von der Leyen"],
      [1, "Von der Leyen"],
    ]);
    expect(x.entities.find((e) => e.id === "kisumu")!.name).toBe("Kisumu");
  });

  it("reads Arabic names joined by عبد and بن, stops at the next title, and follows the family name", () => {
    const text = "المحرق (رويترز) - استقبل ولي العهد الأمير سالم بن حمد وزير الخارجية حسين أمير عبد اللهيان. وقال عبد اللهيان إن اللقاء مثمر.";
    expect(discovered(text, "ar")).toEqual(["المحرق:city", "حسين-امير-عبد-اللهيان:person", "سالم-بن-حمد:person"]);
    const x = extract({ text, lang: "ar", title: "t" });
    const minister = x.entities.find((e) => e.id === "حسين-امير-عبد-اللهيان")!;
    expect(minister.mentions.map((m) => [m.sentence, text.slice(m.start, m.end)])).toEqual([
      [0, "حسين أمير عبد اللهيان"],
      [1, "عبد اللهيان"],
    ]);
  });

  it("leaves known names, sentence-initial words and short capitals alone", () => {
    expect(discovered("Putin met Xi in Beijing. However, Trade grew. The Russian leader spoke.", "en")).toEqual([]);
    expect(discovered("وقال وزير الخارجية الروسي سيرغي لافروف إن روسيا مستعدة.", "ar")).toEqual([]);
  });

  it("takes no run of hundreds of letters for a name (the fuzzer's 'China' + 700 alefs + 'Xi Jinping')", () => {
    expect(discovered("China" + "ا".repeat(700) + "Xi Jinping ", "en")).toEqual([]);
  });

  it("keeps discovered mentions at low confidence with exact offsets", () => {
    const text = "Foreign Minister Lars Holm spoke.";
    const x = extract({ text, lang: "en", title: "t" });
    const m = x.entities.find((e) => e.id === "lars-holm")!.mentions[0]!;
    expect(text.slice(m.start, m.end)).toBe("Lars Holm");
    expect(m).toMatchObject({ rule: "discovered", confidence: 0.5 });
  });
});

describe("names inside names, acronyms, companies and given names (pipeline v8)", () => {
  it("reads a known name inside a longer English name as part of it, but keeps a possessive owner and a listed name", () => {
    const x = extract({ text: "Ships crossed the Gulf of Guinea. China's Ministry of Commerce replied. Narendra Modi and Kenya Ports Authority staff met.", lang: "en", title: "t" });
    const ids = x.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(["gulf-of-guinea", "china", "ministry-of-commerce", "narendra-modi", "kenya-ports-authority"]));
    expect(ids).not.toContain("guinea");
    expect(x.entities.find((e) => e.id === "gulf-of-guinea")!.type).toBe("region");
  });

  it("types acronyms and names after a company word as organisations, buildings as places, and a name after 'in' as a city", () => {
    expect(discovered("Talks at Planalto Palace ended. The state energy company Pertamina and the utility KPLC agreed in Rio de Janeiro.", "en")).toEqual([
      "kplc:organization",
      "pertamina:organization",
      "planalto-palace:other",
      "rio-de-janeiro:city",
    ]);
    // Everyday capitals name no organisation.
    expect(discovered("Growth in GDP slowed while LNG prices rose.", "en")).toEqual([]);
  });

  it("does not discover the start of a known leader's name as another person", () => {
    const x = extract({ text: "Talks with President Luiz Inacio Lula da Silva ended.", lang: "en", title: "t" });
    expect(x.entities.filter((e) => e.type === "person").map((e) => e.id)).toEqual(["luiz-inacio-lula-da-silva"]);
  });

  it("follows a person named by the given name when no other person shares it", () => {
    const x = extract({ text: "President Prabowo Subianto arrived. Prabowo told reporters he was pleased.", lang: "en", title: "t" });
    expect(x.entities.find((e) => e.id === "prabowo-subianto")!.mentions.map((m) => m.surface)).toEqual(["Prabowo Subianto", "Prabowo"]);
  });

  it("reads Arabic organisations named by their kind, named again with a clitic, and a family name after عبد X", () => {
    const text = "وقالت شركة سوناطراك إنها أبرمت عقدا. وأعلن وزير الطاقة عبد الرحيم تومي أن لسوناطراك دورا كبيرا.";
    expect(discovered(text, "ar")).toEqual(["سوناطراك:organization", "عبد-الرحيم-تومي:person"]);
    const x = extract({ text, lang: "ar", title: "t" });
    expect(x.entities.find((e) => e.id === "سوناطراك")!.mentions.map((m) => m.surface)).toEqual(["سوناطراك", "سوناطراك"]);
  });
});
