import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Session 37 (held-out set 29): money one force gives another, told to fall ("stipends for the
 * guards fall from 130 to 85 million"), is a support cut like a fund that is cut. The tests use
 * other wordings of the same class.
 */

const tagged = (text: string, tag: Tag) => extract(text).facts.filter((f) => f.tags?.includes(tag));

describe("money for a partner force told to fall", () => {
  it("reads funds, salaries or stipends for a force that fall or are cut as a support cut", () => {
    for (const text of [
      "Salaries for the Asayish prison guards will fall from 40 million to 25 million dollars next year.",
      "Funding for the partner forces was cut by a third in the new budget.",
      "Payments to the Peshmerga units dropped from 60 to 20 million dollars in 2026.",
    ])
      expect(tagged(text, "troop-withdrawal").length, text).toBeGreaterThan(0);
  });

  it("does not read money that rises, or a price that falls, as a support cut", () => {
    for (const text of [
      "Salaries for the Asayish prison guards will rise from 25 million to 40 million dollars next year.",
      "The price of bread in Hasakah fell from 2,000 to 1,500 pounds.",
      "Funding for the new hospital in Raqqa fell from 10 million to 6 million dollars.",
    ])
      expect(tagged(text, "troop-withdrawal"), text).toEqual([]);
  });
});

describe("training of a force named as a noun", () => {
  it("reads the training or equipping of another force as partner support", () => {
    for (const text of [
      "Training of the Peshmerga brigades continues under the memorandum signed with Erbil in 2024.",
      "The equipping of the SDF's guard units resumed in March.",
    ])
      expect(tagged(text, "partner-support").length, text).toBeGreaterThan(0);
  });

  it("does not read training that ended, or the training of dogs, as partner support", () => {
    for (const text of [
      "The training of the Peshmerga brigades ended last year.",
      "The training of sniffer dogs at the Trebil post began in May.",
    ])
      expect(tagged(text, "partner-support"), text).toEqual([]);
  });
});

describe("a quarter of a town entered and held", () => {
  it("reads fighters who entered a quarter of a town and held it as ground taken", () => {
    const facts = extract(
      "Militants entered the eastern quarter of Mayadin on the evening of 3 March and held it until the morning of 5 March.",
    ).facts;
    expect(facts.some((f) => f.codes?.acled?.subEventType === "Non-state actor overtakes territory")).toBe(
      true,
    );
  });

  it("does not read a quarter entered by a patrol that held talks as ground taken", () => {
    const facts = extract(
      "A patrol entered the old quarter of Mayadin on Monday and held talks with the elders.",
    ).facts;
    expect(facts.some((f) => f.codes?.acled?.subEventType === "Non-state actor overtakes territory")).toBe(
      false,
    );
  });
});
