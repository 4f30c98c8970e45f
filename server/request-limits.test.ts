import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRequestLine, clientErrorStatus, countQueryParameters, hasMalformedPath, REQUEST_LIMITS } from "./request-limits.mjs";

const params = (count: number) => `/search?${Array.from({ length: count }, (_, i) => `p${i}=1`).join("&")}`;

describe("countQueryParameters", () => {
  it("counts parameters as Next's URL parsing reads them", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "=", "&", "%", "+", "b", "#", "?", ";") }), (query) => {
        const target = `/x?${query}`;
        expect(countQueryParameters(target)).toBe([...new URL(target, "http://n").searchParams].length);
      }),
      { numRuns: 1000 },
    );
  });

  it("is zero without a query", () => {
    expect(countQueryParameters("/guides/glossary")).toBe(0);
    expect(countQueryParameters("/search?")).toBe(0);
  });

  it("stops counting just past the limit", () => {
    expect(countQueryParameters(params(8000), 200)).toBe(201);
  });
});

describe("hasMalformedPath", () => {
  it.each(["/guides/%zz", "/guides/%", "/guides/%4", "/guides/%C0%AF", "/%FF", "/guides/%E4%B8"])("refuses %s", (target) => {
    expect(hasMalformedPath(target)).toBe(true);
  });

  it.each(["/", "/guides/glossary", "/guides/%E4%B8%AD", "/guides/a%20b", "/guides/glossary%00", "/search?q=%zz", "/search?q=100%"])("accepts %s", (target) => {
    expect(hasMalformedPath(target)).toBe(false);
  });
});

describe("checkRequestLine", () => {
  it("passes the requests the site makes", () => {
    for (const target of ["/", "/guides/delayed-or-missing-parcels", "/tools/deadlines?country=GB&payment=paypal&paid=2026-09-01&problem=not-delivered&platform=aliexpress", params(200)]) {
      expect(checkRequestLine("GET", target)).toBeNull();
    }
    expect(checkRequestLine("HEAD", "/")).toBeNull();
    expect(checkRequestLine("POST", "/api/landed-cost")).toBeNull();
  });

  it("refuses more than 200 parameters with 414", () => {
    expect(checkRequestLine("GET", params(201))).toEqual({ status: 414, kind: "too-many-parameters" });
    // The shape issue 16 reported: 16 kB, about 8,000 parameters.
    expect(checkRequestLine("GET", `/search?${"x&".repeat(8000)}`)).toEqual({ status: 414, kind: "too-long" });
    expect(checkRequestLine("GET", `/search?${"x&".repeat(3000)}`)).toEqual({ status: 414, kind: "too-many-parameters" });
  });

  it("refuses a target over 8 kB with 414", () => {
    expect(checkRequestLine("GET", `/search?q=${"a".repeat(REQUEST_LIMITS.maxTargetBytes)}`)).toEqual({ status: 414, kind: "too-long" });
    expect(checkRequestLine("GET", `/search?q=${"a".repeat(REQUEST_LIMITS.maxTargetBytes - 10)}`)).toBeNull();
  });

  it("refuses a broken percent-encoding in the path with 400", () => {
    expect(checkRequestLine("GET", "/guides/%zz")).toEqual({ status: 400, kind: "bad-encoding" });
  });

  it("answers OPTIONS itself and refuses methods the site doesn't use with 405", () => {
    expect(checkRequestLine("OPTIONS", "*")).toEqual({ status: 204, kind: "options" });
    for (const method of ["TRACE", "TRACK", "PUT", "DELETE", "PATCH", "CONNECT", undefined]) {
      expect(checkRequestLine(method, "/")).toEqual({ status: 405, kind: "method" });
    }
  });
});

describe("clientErrorStatus", () => {
  it("chooses the status Node would", () => {
    expect(clientErrorStatus(Object.assign(new Error("x"), { code: "HPE_HEADER_OVERFLOW" }))).toBe(431);
    expect(clientErrorStatus(Object.assign(new Error("x"), { code: "ERR_HTTP_REQUEST_TIMEOUT" }))).toBe(408);
    expect(clientErrorStatus(Object.assign(new Error("x"), { code: "HPE_INVALID_METHOD" }))).toBe(400);
    expect(clientErrorStatus(new Error("no code"))).toBe(400);
  });
});
