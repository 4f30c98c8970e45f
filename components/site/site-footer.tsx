import Link from "@/components/site/link";
import { SITE_NAME } from "@/lib/site/config";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-paper-alt">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-base sm:grid-cols-3 sm:px-6">
        <div>
          <p className="font-bold">{SITE_NAME}</p>
          <p className="mt-2 text-muted">
            General information for shoppers, not legal advice. No accounts, no ads, no trackers, and we keep nothing you type into the tools.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-2">
            <li><Link href="/guides">All guides</Link></li>
            <li><Link href="/tools">Tools</Link></li>
            <li><Link href="/search">Search</Link></li>
          </ul>
        </nav>
        <ul className="space-y-2">
          <li><Link href="/about">About and editorial policy</Link></li>
          <li><Link href="/about#corrections">Report a mistake</Link></li>
          <li><Link href="/changes">What changed: corrections and new rules</Link></li>
          <li><Link href="/feed.xml">New and updated guides (RSS)</Link></li>
        </ul>
      </div>
    </footer>
  );
}
