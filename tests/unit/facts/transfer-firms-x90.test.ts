import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A money-transfer firm is named by its trade as an exchange is ("Jisr Transfers", "X Exchange"):
 * the capitalised "Transfers" or "Remittances" ends a company's name (set 73's first sight, 721,
 * issue 10, helper x90). Sentences written for these tests.
 */

const orgs = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.name);

describe("a money-transfer firm named by its trade", () => {
  it("reads 'the manager of Sawa Transfers' and 'Bayan Remittances' as companies", () => {
    expect(orgs("Kamal Rasheed, the manager of Sawa Transfers, said the office would reopen.")).toContain(
      "Sawa Transfers",
    );
    expect(orgs("Kamal Rasheed, the manager of Bayan Remittances, said the office would reopen.")).toContain(
      "Bayan Remittances",
    );
  });

  it("leaves transfers in lower case without a firm (guard)", () => {
    expect(orgs("Kamal Rasheed said money transfers from Sawa had stopped.")).toEqual([]);
  });
});
