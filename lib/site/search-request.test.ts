import { describe, expect, it } from "vitest";
import { MAX_LIMIT, MAX_PAGE, readSearchParams } from "./search-request";

describe("readSearchParams", () => {
  it("reads the query, limit, offset and page", () => {
    expect(readSearchParams(new URLSearchParams("q=+refund++letter&limit=6&offset=20&page=2"))).toEqual({ query: "refund letter", limit: 6, offset: 20, page: 2 });
  });

  it("falls back to safe values for missing, repeated or nonsense parameters", () => {
    expect(readSearchParams({})).toEqual({ query: "", limit: 10, offset: 0, page: 1 });
    expect(readSearchParams({ q: ["a", "b"], limit: "-3", offset: "1e9", page: "0" })).toEqual({ query: "a", limit: 10, offset: 0, page: 1 });
    expect(readSearchParams({ limit: "500", page: "9999" })).toMatchObject({ limit: MAX_LIMIT, page: MAX_PAGE });
  });
});
