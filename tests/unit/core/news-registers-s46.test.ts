import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Conflict } from "../../../src/core/themes/assessment.js";
import {
  appealOnly,
  barrierOnlyDestination,
  conditionOnly,
  genericYouOnly,
  notExamined,
} from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, conflictsOf, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Readings of news registers met in blind set 40, on short texts written for these tests: a wall
 * named only as where loads are taken, an armed escort sent with the loads, fewer patrols on the
 * Syrian side.
 */

const AT = new Date("2026-12-18T12:00:00Z");
const pairs = (cs: readonly Conflict[]) =>
  cs.map((c) => [...new Set(c.claims.map((x) => `${x.articleId}#${x.sentence}`))].sort());
const has = (cs: readonly Conflict[], ...keys: string[]) =>
  pairs(cs).some((p) => keys.every((k) => p.includes(k)));

describe("a barrier named only as where someone takes something", () => {
  it("is a landmark of the route, no fortification", () => {
    expect(
      barrierOnlyDestination({
        tags: ["fortification"],
        sentenceText: "A militia sends its own gunmen to escort the trucks to the wall every night.",
      }),
    ).toBe(true);
    expect(
      barrierOnlyDestination({
        tags: ["fortification"],
        sentenceText: "The herders drove their sheep towards the berm at dawn.",
      }),
    ).toBe(true);
  });
  it("keeps a barrier built, named apart from the route, or reached by attackers", () => {
    expect(
      barrierOnlyDestination({
        tags: ["fortification"],
        sentenceText: "Engineers added two kilometres to the wall near Rabia in November.",
      }),
    ).toBe(false);
    expect(
      barrierOnlyDestination({
        tags: ["fortification"],
        sentenceText: "Smugglers drove to the wall, which now runs along the whole sector.",
      }),
    ).toBe(false);
    expect(
      barrierOnlyDestination({
        tags: ["fortification"],
        sentenceText: "All five gunmen were killed before they reached the wall.",
      }),
    ).toBe(false);
    expect(
      barrierOnlyDestination({
        tags: ["border-security"],
        sentenceText: "They escorted the loads to the wall.",
      }),
    ).toBe(false);
  });
  it("cites an armed escort to the wall as armed groups in the trade, not as a barrier", () => {
    const doc = paragraphsDocument(
      "Interview",
      [
        "A smuggler says he drives a truck of pills across the desert near Rabia from Syria three nights a week.",
        "An armed faction on the Syrian side takes 300 dollars from every truck and sends its own gunmen to escort the loads to the wall.",
      ],
      "Agence France-Presse",
      "2026-12-09",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual(["driver:armed-group-involvement"]);
  });
});

describe("fewer patrols on the Syrian side", () => {
  it("is a security vacuum there", () => {
    const doc = paragraphsDocument(
      "Interview",
      [
        "A smuggler says he drives a truck of pills across the desert near Rabia from Syria three nights a week.",
        "Business has grown, he said, because fewer patrols watch the Syrian side since the Kurdish-led forces moved men to the front.",
      ],
      "Agence France-Presse",
      "2026-12-09",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toContain("driver:security-vacuum");
  });
});

describe("a commander's profile", () => {
  const doc = paragraphsDocument(
    "Profile",
    [
      "Colonel Karim Hassan grew up in Ramadi and joined the army in 2005.",
      "Today he commands the border regiment that holds 120 kilometres of desert near Al-Qaim, with 700 men in 30 posts.",
      "He is blunt about what the wall does not stop: sheep, cigarettes and pills still come through the gaps at the wadis, run by families who have traded across this line for generations.",
      "He has little patience for talk of a fortified nation: a border is a line you guard every night, he says, not a wall you build once.",
    ],
    "Le Monde",
    "2026-12-06",
  );
  const a = assess(themeFixture("border-fortification"), [doc], AT);
  it("reads the men of a border regiment as forces deployed on the border", () => {
    expect(cited(a, doc.article.id, 1)).toEqual(["mitigator:forces-deployed"]);
  });
  it("reads goods that come through the gaps of the line as smuggling networks", () => {
    expect(cited(a, doc.article.id, 2)).toEqual(["driver:smuggling-networks"]);
  });
  it("cites no maxim told with the generic you", () => {
    expect(cited(a, doc.article.id, 3)).toEqual([]);
  });
});

describe("the generic you", () => {
  it("names what a thing is, not one that was built", () => {
    const sentenceText = "A border is a line you guard every night, he says, not a wall you build once.";
    expect(genericYouOnly({ text: "wall", sentenceText })).toBe(true);
    expect(
      genericYouOnly({
        text: "wall",
        sentenceText: "Engineers finished the wall you can see from the road.",
      }),
    ).toBe(false);
    expect(genericYouOnly({ text: "wall", sentenceText: "You will find the wall finished by March." })).toBe(
      false,
    );
  });
});

describe("a commander's own forces reduced", () => {
  it("is an intent to withdraw", () => {
    const doc = paragraphsDocument(
      "Hearing",
      [
        "GENERAL HOLT: Under our agreement with Baghdad, we will reduce our forces in Iraq from about 2,500 to 1,500 by next September.",
        "GENERAL HOLT: ISIS still has about 2,000 fighters in Iraq and Syria, and its cells carried out 40 attacks in Iraq this year.",
      ],
      "US Senate Committee on Armed Services (hearing transcript)",
      "2026-12-10",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["driver:withdrawal-intent"]);
  });
});

describe("a load those arrested were taken with", () => {
  const interview = paragraphsDocument(
    "Interview",
    [
      "A smuggler says he drives a truck of pills across the desert near Rabia three nights a week.",
      "He said the truck seized at the Rabia crossing on 29 November carried about three million pills, far more than the authorities announced.",
    ],
    "Agence France-Presse",
    "2026-12-09",
  );
  const release = (verb: string) =>
    paragraphsDocument(
      "Press release",
      [
        "The Public Prosecution announces that four defendants were referred to trial for smuggling pills across the border.",
        `The defendants were ${verb} at the Rabia crossing on 29 November with 1,200,000 Captagon pills hidden in a truck loaded with cement.`,
      ],
      "Public Prosecution, Nineveh Federal Court of Appeal (press release)",
      "2026-12-03",
    );
  it("is a load seized, whose figure another account disputes", () => {
    const r = release("arrested");
    expect(has(conflictsOf([interview, r], AT), `${interview.article.id}#1`, `${r.article.id}#1`)).toBe(true);
  });
  it("is no seizure when no one was arrested", () => {
    const r = release("seen");
    expect(has(conflictsOf([interview, r], AT), `${interview.article.id}#1`, `${r.article.id}#1`)).toBe(
      false,
    );
  });
});

describe("a hearing's question that relays a reported figure", () => {
  const hearing = (question: string) =>
    paragraphsDocument(
      "Hearing",
      [
        "CHAIRMAN: The committee meets today to receive testimony on the posture of US Central Command.",
        question,
        "GENERAL HOLT: No, Senator, we have about 1,400 troops in Syria today, and the lower figure is not accurate.",
        "GENERAL HOLT: ISIS still has about 2,000 fighters in Iraq and Syria, and its cells carried out 40 attacks in Iraq this year.",
      ],
      "US Senate Committee on Armed Services (hearing transcript)",
      "2026-12-10",
    );
  const conflicts = (doc: ReturnType<typeof hearing>) =>
    assess(themeFixture("coalition-withdrawal"), [doc], AT).conflicts;
  it("is an account the answer's figure disputes", () => {
    const doc = hearing(
      "SENATOR REYES: General, I have seen reporting that we are already down to fewer than 900 troops in Syria, so is that right?",
    );
    expect(has(conflicts(doc), `${doc.article.id}#1`, `${doc.article.id}#2`)).toBe(true);
  });
  it("is no account when it only asks", () => {
    const doc = hearing("SENATOR REYES: General, are we already down to fewer than 900 troops in Syria?");
    expect(has(conflicts(doc), `${doc.article.id}#1`, `${doc.article.id}#2`)).toBe(false);
  });
});

describe("a question relaying the account another article carries", () => {
  it("adds no account of its own", () => {
    const blog = paragraphsDocument(
      "Live blog",
      [
        "23:05 - Two sources in the Autonomous Administration said at least 17 detainees escaped through a breach in the northern wall of Raqqa central prison.",
      ],
      "NRT",
      "2026-12-10",
    );
    const presser = paragraphsDocument(
      "Press conference",
      [
        "KHALIL: Last night a group of detainees rioted in Raqqa central prison and our forces restored order within two hours.",
        "QUESTION (Hawar News): Reports say that 17 detainees escaped, is that true?",
        "KHALIL: No detainee escaped from the prison, and the count this morning matched our records name by name.",
      ],
      "SDF Media Center",
      "2026-12-11",
    );
    const a = assess(themeFixture("isis-prison-escape"), [blog, presser], AT);
    const claims = a.conflicts.flatMap((c) => c.claims.map((x) => `${x.articleId}#${x.sentence}`));
    expect(claims).toContain(`${blog.article.id}#0`);
    expect(claims).not.toContain(`${presser.article.id}#1`);
  });
});

describe("an appeal and a condition", () => {
  it("reads a sentence that calls on someone to act as asked for, not done", () => {
    const appeal =
      "Amnesty calls on the Autonomous Administration to allow independent monitors into the annex and on states to repatriate their nationals.";
    expect(appealOnly({ text: "on states to repatriate their nationals", sentenceText: appeal })).toBe(true);
    expect(
      appealOnly({
        text: "clashes killed 12 people",
        sentenceText: "The UN urged both sides to stop fighting after clashes killed 12 people near Raqqa.",
      }),
    ).toBe(false);
    expect(
      appealOnly({
        text: "no authority now controls long stretches of the border area",
        sentenceText:
          "The Secretary-General calls on all parties to protect civilians and is concerned about the situation in Syria's northeast, where no authority now controls long stretches of the border area.",
      }),
    ).toBe(false);
    expect(
      appealOnly({
        text: "a date for the departure of the remaining advisers",
        sentenceText:
          "Several members called for the budget to end all payments and for a date for the departure of the remaining advisers.",
      }),
    ).toBe(false);
  });
  it("reads what an if opens as supposed, not reported", () => {
    const sentenceText =
      "One guard said that if the coalition's funding for salaries stopped, half of his colleagues would leave within a month.";
    expect(conditionOnly({ text: "the coalition's funding for salaries stopped", sentenceText })).toBe(true);
    expect(conditionOnly({ text: "half of his colleagues would leave", sentenceText })).toBe(false);
    expect(
      conditionOnly({
        text: "the coalition's funding for salaries stopped",
        sentenceText: "The coalition's funding for salaries stopped in March, a guard said.",
      }),
    ).toBe(false);
  });
  it("cites neither in an NGO's report on a camp", () => {
    const doc = paragraphsDocument(
      "Report",
      [
        "The annex of Al-Hol camp holds about 6,500 foreign women and children, 13 kilometres from the Iraqi border.",
        "Guards told Amnesty that their unit had been cut from 400 to about 250 since the summer, as fighters were sent to the front near Deir Hafer.",
        "One guard said that if the coalition's funding for salaries stopped, half of his colleagues would leave within a month.",
        "Amnesty calls on the Autonomous Administration to allow independent monitors into the annex and on states to repatriate their nationals.",
      ],
      "Amnesty International",
      "2026-12-05",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual(["driver:sdf-under-pressure"]);
    expect(cited(a, doc.article.id, 2)).toEqual([]);
    expect(cited(a, doc.article.id, 3)).toEqual([]);
  });
});

describe("an overseer's quarterly report", () => {
  it("reads what the overseer did not examine as its scope", () => {
    const sentenceText =
      "The DoD OIG did not evaluate the condition of the vehicles transferred to the Iraqi army, and plans an evaluation next year.";
    expect(
      notExamined({
        text: "The DoD OIG did not evaluate the condition of the vehicles transferred to the Iraqi army",
        sentenceText,
      }),
    ).toBe(true);
    expect(
      notExamined({
        text: "12 detainees escaped",
        sentenceText: "Inspectors did not visit the prison, where 12 detainees escaped in March.",
      }),
    ).toBe(false);
    expect(
      notExamined({
        text: "the army evaluated the vehicles",
        sentenceText: "In March the army evaluated the vehicles.",
      }),
    ).toBe(false);
  });
  it("reads a base handed over and the remaining personnel moved as the drawdown done", () => {
    const doc = paragraphsDocument(
      "Quarterly report",
      [
        "During the quarter, the coalition completed the transfer of the Ain al-Asad air base to the Iraqi government and moved its remaining personnel in western Iraq to Erbil, as agreed in 2024.",
        "ISIS carried out 29 attacks in Iraq during the quarter, compared with 41 in the previous quarter, according to CJTF-OIR.",
        "The DoD OIG did not evaluate the condition of the vehicles transferred to the Iraqi army, and plans an evaluation next year.",
      ],
      "Lead Inspector General for Operation Inherent Resolve",
      "2026-11-15",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["driver:withdrawal-intent"]);
    expect(cited(a, doc.article.id, 2)).toEqual([]);
  });
});
