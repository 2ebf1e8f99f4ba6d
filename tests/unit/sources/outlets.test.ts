import { describe, expect, it } from "vitest";
import { gradeSource, OUTLETS, outletByName } from "../../../src/core/sources/outlets.js";

describe("the outlet registry", () => {
  it("grades the UN's bodies, humanitarian and rights organisations, and regional outlets a desk reads, with a reason", () => {
    const grade = (name: string) => gradeSource(name, new Map());
    expect(grade("UN OCHA")).toMatchObject({ reliability: "B", kind: "un" });
    expect(grade("UN Meetings Coverage and Press Releases")).toMatchObject({ reliability: "B", kind: "un" });
    expect(grade("Middle East Eye")).toMatchObject({ reliability: "C", kind: "regional" });
    expect(grade("Human Rights Watch").kind).toBe("ngo");
    expect(grade("Al-Ikhbariya")).toMatchObject({ reliability: "D", kind: "state-media" });
    expect(grade("Crisis24").kind).toBe("risk-consultancy");
    // A government speaking of its own operations is a party to them.
    expect(grade("Iraqi Security Media Cell")).toMatchObject({ kind: "official", party: false });
    expect(grade("A blog nobody has graded")).toMatchObject({ reliability: "F", kind: null });
  });

  it("finds an outlet by its alias or a longer name that starts with it", () => {
    expect(outletByName("OCHA")?.name).toBe("UN OCHA");
    expect(outletByName("MSF")?.name).toBe("Médecins Sans Frontières");
    expect(outletByName("Middle East Eye (London)")?.name).toBe("Middle East Eye");
  });

  it("names each outlet and alias once, so a name never carries two grades", () => {
    const names = OUTLETS.flatMap((o) => [...new Set([o.name, ...o.aliases].map((n) => n.toLowerCase()))]);
    expect(names.length).toBe(new Set(names).size);
    for (const o of OUTLETS) expect(o.reason.length).toBeGreaterThan(10);
  });
});
