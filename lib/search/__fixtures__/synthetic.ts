import type { SearchDocument } from "../schema";

/**
 * A deterministic synthetic corpus for size and speed checks: `count` documents of about `words`
 * words each, drawn with a Zipf-like skew from real domain words plus a few thousand made-up ones, so
 * the vocabulary is as large and as uneven as real prose (a few words everywhere, most words rare).
 */

/** mulberry32: tiny seeded PRNG, so every run builds the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAIN =
  "parcel parcels refund refunds refunded chargeback chargebacks dispute disputes seller sellers shop shops " +
  "overseas abroad customs duty import VAT fee fees handling carrier courier tracking delivered delivery " +
  "arrived missing lost delayed late PayPal card credit debit bank issuer claim claims evidence photos " +
  "order orders payment paid money back return returns postage counterfeit fake brand platform marketplace " +
  "deadline deadlines days weeks protection buyer consumer rights law court mediation warranty faulty " +
  "damaged broken item items goods package shipped shipping shipment invoice receipt screenshot email " +
  "message complaint escalate escalated appeal policy policies terms contract trader business Section 75";

const SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "pre", "con", "dis", "ment", "ter", "ble", "ing", "ed", "al", "or", "an", "is"];
const FILLER = ["the", "a", "and", "to", "of", "in", "is", "it", "you", "that", "for", "on", "with", "as", "your", "this", "be", "or"];

export function syntheticCorpus(count = 25, words = 1500, seed = 7): SearchDocument[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const made = new Set<string>();
  while (made.size < 4000) {
    const length = 2 + Math.floor(next() * 3);
    made.add(Array.from({ length }, () => pick(SYLLABLES)).join(""));
  }
  const vocabulary = [...DOMAIN.split(" "), ...made];
  // Zipf-ish: rank r is drawn with probability ∝ 1 / (r + 1).
  const zipf = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(next() * Math.log(vocabulary.length + 1)) - 1))] ?? "x";
  const sentence = (n: number) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(next() < 0.4 ? pick(FILLER) : zipf());
    const text = out.join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };

  return Array.from({ length: count }, (_, d) => {
    const sections: SearchDocument["sections"] = [];
    let remaining = words;
    for (let s = 0; remaining > 0; s++) {
      const size = Math.min(remaining, 150 + Math.floor(next() * 150));
      remaining -= size;
      const parts: string[] = [];
      for (let used = 0; used < size; ) {
        const n = Math.min(size - used, 8 + Math.floor(next() * 14));
        parts.push(sentence(n));
        used += n;
      }
      sections.push({ id: s === 0 ? null : `section-${s}`, heading: s === 0 ? null : sentence(4).slice(0, -1), text: parts.join(" ") });
    }
    return {
      id: `guide:synthetic-${d}`,
      url: `/guides/synthetic-${d}`,
      kind: "guide",
      title: sentence(6).slice(0, -1),
      description: sentence(22),
      tags: [zipf(), zipf(), zipf()],
      sections,
    };
  });
}

/** What people type: whole words, several words, half-typed words, typos, numbers and nonsense. */
export const BENCH_QUERIES = [
  "chargeback",
  "parcel never arrived",
  "refu",
  "chargebak",
  "paypal refund dispute",
  "customs fee",
  "section 75",
  "counterfit goods",
  "how do I get my money back from an overseas shop",
  "deliverd but missing",
  "ka",
  "zzzz qqqq",
  "escalate claim deadline days",
  "tracking",
  "seller refuses refund faulty item abroad",
];
