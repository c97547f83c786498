import { describe, expect, it } from "vitest";
import { parameterNames, splitList } from "./parameter-types";

describe("parameterNames", () => {
  it("finds every $name once, in order of first use", () => {
    expect(parameterNames("MATCH (e:Entity {id: $who})-[r]->(o) WHERE r.confidence >= $min AND e.id <> $who RETURN o LIMIT $limit")).toEqual(["who", "min", "limit"]);
  });

  it("skips string literals, comments and backquoted names", () => {
    const cypher = `// $commented\nMATCH (e) /* $block */ WHERE e.name = '$quoted' OR e.name = "it's $x" OR e.\`$odd\` = $real RETURN e`;
    expect(parameterNames(cypher)).toEqual(["real"]);
  });

  it("handles escapes inside literals and a doubled backquote", () => {
    expect(parameterNames(String.raw`RETURN 'a\'$no' AS x, $yes AS y, \`a\`\`$no\` AS z`)).toEqual(["yes"]);
  });

  it("ignores a lone $, numbers after $ and unterminated text", () => {
    expect(parameterNames("RETURN $ , $1, $_ok, 'open $no")).toEqual(["_ok"]);
    expect(parameterNames("RETURN $a /* open $b")).toEqual(["a"]);
  });

  it("takes names next to punctuation", () => {
    expect(parameterNames("UNWIND $ids AS id RETURN [$a,$b]+$c")).toEqual(["ids", "a", "b", "c"]);
  });
});

describe("splitList", () => {
  it("splits on commas (Latin or Arabic) and new lines, trimming", () => {
    expect(splitList(" china, russia\nتايوان ، india ,, ")).toEqual(["china", "russia", "تايوان", "india"]);
  });
});
