import { describe, expect, it } from "vitest";
import { securityTxt } from "./security-txt";

const BUILT = new Date("2026-12-01T10:00:00Z");

function fields(text: string): Map<string, string> {
  return new Map(
    text
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#"))
      .map((line) => {
        const colon = line.indexOf(": ");
        return [line.slice(0, colon), line.slice(colon + 2)] as const;
      }),
  );
}

describe("securityTxt (RFC 9116)", () => {
  const text = securityTxt({ origin: "https://recourse.example", email: "security@recourse.example", builtAt: BUILT });
  const read = fields(text);

  it("has the two required fields, Contact and Expires", () => {
    expect(read.get("Contact")).toBe("mailto:security@recourse.example");
    expect(read.get("Expires")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("expires within a year of the build, as the RFC recommends", () => {
    const expires = new Date(read.get("Expires") ?? "");
    expect(expires.getTime()).toBeGreaterThan(BUILT.getTime());
    expect(expires.getTime() - BUILT.getTime()).toBeLessThan(365 * 86_400_000);
  });

  it("names its own canonical address and the policy on the About page", () => {
    expect(read.get("Canonical")).toBe("https://recourse.example/.well-known/security.txt");
    expect(read.get("Policy")).toBe("https://recourse.example/about#security");
    expect(read.get("Preferred-Languages")).toBe("en");
  });

  it("uses only fields the RFC defines, each once", () => {
    const lines = text.split("\n").filter((line) => line !== "" && !line.startsWith("#"));
    const names = lines.map((line) => line.split(":")[0]);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(["Acknowledgments", "Canonical", "Contact", "Encryption", "Expires", "Hiring", "Policy", "Preferred-Languages"]).toContain(name);
    expect(text.endsWith("\n")).toBe(true);
  });
});
