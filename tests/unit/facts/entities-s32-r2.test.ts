import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 32, round 2: an office's object that names a body, a service named by a common noun, a map's name. */

describe("'Director of Civil Defence': the office's object is the body it heads", () => {
  it("names no person 'Defence' on a sign-off line, and finds the service", () => {
    const doc = extract(
      "Fires burned forty dunams of wheat near Dibis.\nSigned: Director of Civil Defence, Kirkuk",
    );
    expect(entityNamed(doc, "Defence")).toBeUndefined();
    expect(entityNamed(doc, "Civil Defence")?.type).toBe("organization");
  });

  it("keeps cutting the object off a person's name after the title", () => {
    const doc = extract("The Minister of Defence Ali Hassan visited Mosul on Monday.");
    expect(entityNamed(doc, "Ali Hassan")?.type).toBe("person");
    expect(entityNamed(doc, "Defence Ali Hassan")).toBeUndefined();
  });
});

describe("'the Civil Defence', a service named by a common noun", () => {
  it("is an organization when capitalised", () => {
    const doc = extract("The Civil Defence said the fire near Kirkuk was out by midnight.");
    expect(entityNamed(doc, "Civil Defence")?.type).toBe("organization");
  });

  it("written in lower case is a team or a place's own service, not the body", () => {
    const team = extract("The civil defence team put the fire out in Kirkuk.");
    expect(entityNamed(team, "Civil Defence")).toBeUndefined();
    const local = extract("Rescuers from the Hawija civil defence pulled two men out.");
    expect(entityNamed(local, "Hawija civil defence")?.type).toBe("organization");
  });

  it("Syria's service keeps its own name", () => {
    const doc = extract("The Syrian Civil Defence said four people died in Idlib.");
    expect(entityNamed(doc, "Syria Civil Defence")?.type).toBe("organization");
  });
});

describe("a mapping project's map named for a river or a region", () => {
  it("'EUPHRATES INCIDENT MAP' names the project, not the river", () => {
    const doc = extract(
      "EUPHRATES INCIDENT MAP — WEEKLY CHANGELOG No. 34\nPublished Monday 24 August 2026\n[ADDED] Tue 18 Aug — IED attack on a patrol near al-Shoula.",
    );
    expect(entityNamed(doc, "Euphrates")).toBeUndefined();
  });

  it("the river in the story is still a place", () => {
    const doc = extract("Fighting spread along the Euphrates near Deir ez-Zor on Monday.");
    expect(entityNamed(doc, "Euphrates")?.type).toBe("place");
  });
});
