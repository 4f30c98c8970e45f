import { describe, expect, it } from "vitest";
import { formatIsoDate, pluralise } from "./format";

describe("formatIsoDate", () => {
  it("writes the day, month name and year without shifting the day", () => {
    expect(formatIsoDate("2026-11-27")).toBe("27 November 2026");
    expect(formatIsoDate("2028-02-29")).toBe("29 February 2028");
    expect(formatIsoDate("2027-01-01")).toBe("1 January 2027");
  });
  it("returns anything that is not a date unchanged", () => {
    expect(formatIsoDate("soon")).toBe("soon");
  });
});

describe("pluralise", () => {
  it("uses the singular only for one", () => {
    expect(pluralise(1, "minute")).toBe("1 minute");
    expect(pluralise(4, "minute")).toBe("4 minutes");
  });
});
