import Link from "@/components/site/link";
import { SITE_NAME } from "@/lib/site/config";

const NAV = [
  { href: "/#problems", label: "Problems" },
  { href: "/guides", label: "Guides" },
  { href: "/tools", label: "Tools" },
  { href: "/about", label: "About" },
] as const;

export function SiteHeader({ searchBox }: { searchBox?: React.ReactNode }) {
  return (
    <header role="banner" className="border-b-4 border-brand bg-paper">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-4 sm:px-6">
        <Link href="/" className="mr-auto flex items-center gap-2 text-2xl font-bold text-ink no-underline">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32" className="shrink-0">
            <rect width="32" height="32" rx="6" fill="var(--brand)" />
            <path d="M9 23V9h7.5a4.5 4.5 0 0 1 0 9H13m3.5 0L22 23" fill="none" stroke="var(--brand-ink)" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="w-full sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-base sm:gap-x-5 sm:text-lg">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="font-semibold">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {searchBox ? <div className="w-full lg:w-96">{searchBox}</div> : null}
      </div>
    </header>
  );
}
