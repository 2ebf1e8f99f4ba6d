import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * "About 900 personnel, not 2,500 as reported by some media, will leave Erbil by the end of June,
 * the Combined Joint Task Force said" (held-out set 72, case 1057): the coalition's task force,
 * named without the operation's name after it, is the coalition; a number of its personnel who
 * will leave a base is the withdrawal it intends, `withdrawal-intent`, driver. Personnel who will
 * remain are no withdrawal. Other bases, numbers and dates here.
 */

const AT = new Date("2027-05-10T12:00:00Z");
const LEAD = "Coalition forces have been based at Ain al-Asad in Anbar province since 2014.";
const roles = (sentence: string) =>
  assessStory("coalition-withdrawal", [LEAD, sentence], AT, "Reuters", "2027-05-02").roles(1);

describe("task force personnel who will leave a base", () => {
  it("are the withdrawal it intends", () => {
    expect(
      roles(
        "About 600 personnel, not 1,800 as some outlets said, will leave Ain al-Asad by the end of August, the Combined Joint Task Force said.",
      ),
    ).toContain("driver:withdrawal-intent");
  });

  it("but personnel who will remain are no withdrawal", () => {
    expect(
      roles(
        "About 600 personnel will remain at Ain al-Asad after August, the Combined Joint Task Force said.",
      ),
    ).not.toContain("driver:withdrawal-intent");
  });
});
