import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const figures = (text: string) =>
  extractFacts({ id: "t", title: "t", text, publishedAt: "2027-02-03" })
    .facts.filter((f) => f.kind === "quantity")
    .map((f) => `${f.value} ${f.unit}`);

describe("figures written the British way or with a currency code first", () => {
  it("reads 'per cent' as a percentage", () => {
    expect(figures("Bookings at the Basra hotels fell by 45 per cent after the attack.")).toContain("45 %");
  });

  it("reads a currency code before the figure, also before 'to' and a recipient", () => {
    expect(figures("The family handed USD 12,500 to the kidnappers near Baiji.")).toContain("12500 USD");
    expect(figures("The contractor paid IQD 250 million to the tribe.")).toContain("250000000 IQD");
  });

  it("keeps a range of bare figures out", () => {
    expect(figures("Between 300 to 400 fighters remain in the hills.")).not.toContain("400 fighters");
  });
});
