import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeUser, factUsage, scanCodeForFacts } from "./usage.server";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "recourse-usage-"));
  const files: Record<string, string> = {
    "lib/deadlines/rules.ts": 'const period = factDuration("paypal-inr-window");\nconst text = factText("escalate within {paypal-escalation-window}");',
    "lib/letters/templates.ts": 'text: "a chargeback within {fact:card-chargeback-window}",',
    "lib/deadlines/rules.test.ts": 'factDuration("card-chargeback-window");',
    "components/site/picture.tsx": 'const limit = factMoney( "gb-low-value-limit" ); const css = "{not-a-fact}"; const rate = getFact("at-vat-standard");',
    "lib/facts/data/payments.ts": 'getFact("paypal-snad-window");',
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), text);
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("fact usage", () => {
  it("finds accessor calls and placeholders in code, not in tests or the registry itself", () => {
    const known = new Set(["paypal-inr-window", "paypal-escalation-window", "card-chargeback-window", "gb-low-value-limit", "paypal-snad-window", "at-vat-standard"]);
    expect(Object.fromEntries(scanCodeForFacts(root, known))).toEqual({
      "paypal-inr-window": ["lib/deadlines/rules.ts"],
      "paypal-escalation-window": ["lib/deadlines/rules.ts"],
      "gb-low-value-limit": ["components/site/picture.tsx"],
      "at-vat-standard": ["components/site/picture.tsx"],
      "card-chargeback-window": ["lib/letters/templates.ts"],
    });
  });

  it("names the tool a file belongs to, and lists guides before tools, each once", () => {
    expect(codeUser("lib/import-tax/rules/gb.ts")).toEqual({ label: "Import-tax calculator", path: "/tools/import-tax-calculator" });
    expect(codeUser("components/site/picture.tsx")).toEqual({ label: "components/site/picture.tsx", path: null });
    const usage = factUsage(
      [
        { slug: "paypal", title: "PayPal", facts: ["paypal-inr-window"] },
        { slug: "evidence", title: "Evidence", facts: ["paypal-inr-window"] },
      ],
      new Map([["paypal-inr-window", ["lib/deadlines/rules.ts", "lib/deadlines/plan.ts"]]]),
    );
    expect(usage["paypal-inr-window"]).toEqual([
      { label: "Evidence", path: "/guides/evidence" },
      { label: "PayPal", path: "/guides/paypal" },
      { label: "Deadline planner", path: "/tools/deadlines" },
    ]);
  });
});
