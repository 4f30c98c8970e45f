import type { Metadata } from "next";
import { WaysOn } from "@/components/site/ways-on";

/**
 * The page the production server (server/main.mjs) answers with, status 400, 414 or 431, when it
 * refuses an address before the site sees it: a broken percent sign (`/guides/%zz`), an address over
 * 8 kB or with more than 200 parameters. It is prerendered like any page; the server reads its HTML
 * once at start. Reached directly it is harmless, and kept out of search results.
 */
export const metadata: Metadata = {
  title: "This address can't be read",
  robots: { index: false, follow: true },
};

export default function BadAddressPage() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-4xl font-bold sm:text-5xl">This address can&apos;t be read</h1>
      <p className="mt-4 text-xl">
        The link may have been cut short or changed on its way to you, for example by an email or chat app, or it is
        longer than this site accepts.
      </p>
      <ul className="mt-4 list-disc space-y-2 pl-6 text-lg">
        <li>If you typed the address, check it for a stray % sign.</li>
        <li>If you followed a link, go back and open it again, or copy the whole link.</li>
      </ul>
      <WaysOn />
    </div>
  );
}
