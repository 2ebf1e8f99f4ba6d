import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * The sender an email's header names is the body that writes it when its name ends in a noun
 * the text also writes in lower case ("From: Qasioun Yoga Studio" over "two blocks from the
 * studio"; set 75's first sight, 749; issue 10, helper x94). Emails written for these tests.
 */

const email = (sender: string, body: string) =>
  extract(
    `From: ${sender}\nTo: All subscribers\nDate: Monday 1 February 2027\nSubject: This week\n\nDear friends,\n\n${body}`,
  ).entities;

describe("an email's sender", () => {
  it("reads 'Zagros Pottery Studio' over a text that speaks of 'the studio'", () => {
    const ents = email(
      "Zagros Pottery Studio",
      "On Saturday a bomb exploded near the bus station in Zakho, two streets from the studio. Two people were killed, the police said. We will reopen on Monday.",
    );
    expect(ents.find((e) => e.name === "Zagros Pottery Studio")?.type).toBe("organization");
  });
  it("reads 'Nahla Puppet Theatre' over a text that speaks of 'our theatre'", () => {
    const ents = email(
      "Nahla Puppet Theatre",
      "On Saturday a bomb exploded near the bus station in Zakho, two streets from our theatre. Two people were killed, the police said.",
    );
    expect(ents.find((e) => e.name === "Nahla Puppet Theatre")?.type).toBe("organization");
  });
  it("leaves a person sender a person, and a lower-case sender no body (guard)", () => {
    const person = email(
      "Rawand Barzani",
      "On Saturday a bomb exploded near the bus station in Zakho. Two people were killed, the police said.",
    );
    expect(person.filter((e) => e.type === "organization")).toEqual([]);
    const clerk = email(
      "the Clerk of the Course",
      "On Saturday a bomb exploded near the bus station in Zakho. Two people were killed, the police said.",
    );
    expect(clerk.filter((e) => e.type === "organization")).toEqual([]);
  });
});
