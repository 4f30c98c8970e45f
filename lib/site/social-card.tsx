import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ImageResponse } from "next/og";
import { SITE_NAME, SITE_TAGLINE } from "./config";

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 };

// The font ships with the project (an npm package), so building cards needs no network.
// Satori reads WOFF but not WOFF2.
const fontFile = (weight: 400 | 700) =>
  join(process.cwd(), "node_modules", "@fontsource", "atkinson-hyperlegible", "files", `atkinson-hyperlegible-latin-${weight}-normal.woff`);

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | undefined;
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({ name: "Atkinson Hyperlegible", data: await readFile(fontFile(weight)), weight, style: "normal" as const })),
  );
  return fonts;
}

/** A 1200×630 card: the site's name, a small label (the topic) and the page title, large. */
export async function socialCard({ title, label }: { title: string; label: string }) {
  const size = title.length > 50 ? 64 : 76;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#ffffff", color: "#0b0c0c", fontFamily: "Atkinson Hyperlegible", borderTop: "24px solid #0b5c4a", padding: "56px 72px" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 40, fontWeight: 700, color: "#0b5c4a" }}>
          <svg width="56" height="56" viewBox="0 0 32 32">
            <rect width="32" height="32" rx="6" fill="#0b5c4a" />
            <path d="M9 23V9h7.5a4.5 4.5 0 0 1 0 9H13m3.5 0L22 23" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {SITE_NAME}
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
          <div style={{ fontSize: 30, color: "#454f4c", textTransform: "uppercase", letterSpacing: 2 }}>{label}</div>
          <div style={{ fontSize: size, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        </div>
        <div style={{ fontSize: 28, color: "#454f4c" }}>{SITE_TAGLINE}</div>
      </div>
    ),
    { ...SOCIAL_CARD_SIZE, fonts: await loadFonts() },
  );
}
