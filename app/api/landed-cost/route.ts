import { estimateLandedCost, parseLandedCostJson, parseLandedCostQuery, toApiResponse, type ParseResult } from "@/lib/import-tax";
import { todayIn } from "@/lib/dates";

/** A landed-cost request is a few hundred bytes; anything far larger is refused before parsing. */
const MAX_BODY_BYTES = 16 * 1024;

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

function answer(parsed: ParseResult) {
  if (!parsed.ok) return json({ errors: parsed.errors }, 400);
  return json(toApiResponse(estimateLandedCost(parsed.input)));
}

const today = () => todayIn(new Date(), "UTC");

/** GET takes the calculator page's own query, so a shared result link and the API agree. */
export function GET(request: Request) {
  return answer(parseLandedCostQuery(new URL(request.url).searchParams, { today: today() }));
}

export async function POST(request: Request) {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return json({ errors: [{ path: "", message: `The request body must be ${MAX_BODY_BYTES} bytes or fewer.` }] }, 413);
  const bytes = await readLimited(request, MAX_BODY_BYTES);
  if (bytes === null) return json({ errors: [{ path: "", message: `The request body must be ${MAX_BODY_BYTES} bytes or fewer.` }] }, 413);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return json({ errors: [{ path: "", message: "The request body must be JSON, for example {\"destination\":\"DE\",\"items\":[{\"category\":\"clothing\",\"price\":40,\"quantity\":1}]}." }] }, 400);
  }
  return answer(parseLandedCostJson(body, { today: today() }));
}

/** Reads at most `limit` bytes, so a body sent without (or with a false) Content-Length cannot exhaust memory. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
