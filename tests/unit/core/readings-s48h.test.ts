import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Session 48, theme readings the blind analytic set 42 asked for, on invented sentences: Iraqi
 * border units put on alert and crossings closed defend the border; attempts a border battalion
 * stopped are interdictions, not smuggling pressure; smuggling run from the twin border towns is
 * the border's smuggling networks; coalition money for the SDF's prison guards that fell, and
 * unpaid guards who went home, are the SDF losing its backing at its detention sites.
 */
const AT = new Date("2026-12-19T12:00:00Z");
const run = (theme: string, sentences: string[]) => assessStory(theme, sentences, AT);

describe("Iraqi border units put on alert, crossings closed", () => {
  const { a, roles } = run("isis-prison-escape", [
    "Gunmen stormed a prison holding Islamic State suspects in Hasakah on Friday, and a local official said 9 detainees escaped.",
    "The prison, run by the SDF, holds about 2,000 men and lies 30 kilometres from the Iraqi border.",
    "Iraq's Joint Operations Command said it had put its brigades along the Sinjar frontier on alert and closed three crossing points in Nineveh.",
  ]);
  it("cites them as Iraq's defences of the border", () => {
    expect(roles(2)).toEqual(["mitigator:iraqi-border-defences"]);
  });
  it("so the judgment on detainees reaching Iraq is made", () => {
    expect(a.judgments.find((j) => j.id === "reach-iraq")?.probability).not.toBeNull();
  });
});

describe("attempts a border battalion stopped", () => {
  const { roles } = run("border-fortification", [
    "Major Ali Hassan commands a Border Forces company near Al-Qaim in western Anbar.",
    "Officers said the company had stopped some 40 attempts to cross since March, most of them by fuel smugglers.",
    "He said the gangs he faced were no longer village smuggling clans but cartels run from Albu Kamal.",
  ]);
  it("are interdictions, not a driver", () => {
    expect(roles(1)).toEqual(["mitigator:interdictions"]);
  });
  it("while smuggling run from the twin border town is the border's networks", () => {
    expect(roles(2)).toEqual(["driver:smuggling-networks"]);
  });
});

describe("the SDF's guards losing their backing", () => {
  it("reads coalition money for the guards at its prisons that fell as the SDF's exposure", () => {
    const { a, roles } = run("coalition-withdrawal", [
      "The last US troops left the Ain al-Asad base in September, ending the coalition mission in federal Iraq.",
      "In Syria, the SDF says coalition funding for the guards at its prisons in Qamishli fell by half this year.",
    ]);
    expect(roles(1)).toContain("driver:sdf-exposure");
    expect(a.judgments.find((j) => j.id === "sdf-detention-strain")?.probability).not.toBeNull();
  });
  it("reads unpaid SDF prison guards who went home as the SDF's exposure", () => {
    const { roles } = run("coalition-withdrawal", [
      "The Americans have left their bases at Rmelan this month, residents of Qamishli say.",
      "The SDF guards at the prison in Raqqa have not been paid since August, and many have gone home.",
    ]);
    expect(roles(1)).toEqual(["driver:sdf-exposure"]);
  });
});

describe("a satellite-imagery study of a border wall", () => {
  it("is security news when it shows a force's posts abandoned across the line", () => {
    const { a, roles } = run("border-fortification", [
      "Commercial satellite images show that Iraq has extended its concrete wall along the Syrian border near Rabia by about 25 kilometres since the spring.",
      "On the Syrian side, the images show three former SDF posts opposite Rabia abandoned since August, with no sign of any force replacing them.",
    ]);
    expect(a.unused).toEqual([]);
    expect(roles(0)).toEqual(["mitigator:physical-barrier"]);
    expect(roles(1)).toEqual(["driver:security-vacuum"]);
  });
});
