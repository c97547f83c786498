import { describe, expect, it } from "vitest";
import type { GraphEdge } from "@/lib/types";
import { relationPhrase, stepConnector } from "@/app/_components/shared/relation-words";
import { pathSteps } from "./path-steps";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";

const edge = (type: string, source: string, target: string): GraphEdge => ({ id: `${type.toLowerCase()}:${source}:${target}`, type, source, target, weight: 1, evidenceCount: 1, confidence: 1 });

describe("pathSteps", () => {
  // The seed article's path: China HAS_POSITION_ON Taiwan, Xi Jinping LEADER_OF China, walked from Taiwan.
  const edges = [edge("HAS_POSITION_ON", "china", "taiwan"), edge("LEADER_OF", "xi-jinping", "china"), edge("MET_WITH", "vladimir-putin", "xi-jinping")];

  it("gives each step the direction its relation really runs, whatever the path's order", () => {
    const steps = pathSteps({ nodes: ["taiwan", "china", "xi-jinping"], edges: ["has_position_on:china:taiwan", "leader_of:xi-jinping:china"] }, edges);
    expect(steps.map((s) => [s.from, s.direction, s.type, s.to])).toEqual([
      ["taiwan", "in", "HAS_POSITION_ON", "china"],
      ["china", "in", "LEADER_OF", "xi-jinping"],
    ]);
    // Walked the other way, the same relations point forwards.
    const back = pathSteps({ nodes: ["xi-jinping", "china", "taiwan"], edges: ["leader_of:xi-jinping:china", "has_position_on:china:taiwan"] }, edges);
    expect(back.map((s) => s.direction)).toEqual(["out", "out"]);
  });

  it("reads a symmetric type with no direction", () => {
    const [step] = pathSteps({ nodes: ["xi-jinping", "vladimir-putin"], edges: ["met_with:vladimir-putin:xi-jinping"] }, edges);
    expect(step!.direction).toBe("both");
  });

  it("draws the arrow from source to target in the reading direction", () => {
    expect(stepConnector("LEADER_OF", "in")).toEqual({ before: "←", after: "—" });
    expect(stepConnector("SUPPORTS", "out")).toEqual({ before: "—", after: "→" });
    expect(relationPhrase(en.relationWords, "SUPPORTS", "out")).toBe("supports →");
    expect(relationPhrase(en.relationWords, "LEADER_OF", "in")).toBe("← led by");
    expect(relationPhrase(en.relationWords, "MET_WITH", "both")).toBe("met with");
  });

  it("mirrors the arrows in Arabic, still from source to target as read right to left", () => {
    expect(stepConnector("LEADER_OF", "in", true)).toEqual({ before: "→", after: "—" });
    expect(stepConnector("SUPPORTS", "out", true)).toEqual({ before: "—", after: "←" });
    expect(relationPhrase(ar.relationWords, "SUPPORTS", "out", true)).toBe("يدعم ←");
    expect(relationPhrase(ar.relationWords, "LEADER_OF", "in", true)).toBe("→ يقوده");
    expect(relationPhrase(ar.relationWords, "MET_WITH", "both", true)).toBe("التقى");
    expect(relationPhrase(ar.relationWords, "NEW_TYPE", "in", true)).toBe("→ new type (عكسي)");
  });
});
