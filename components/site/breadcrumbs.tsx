import Link from "@/components/site/link";

export type Crumb = { href: string; label: string };

/** The trail above a page's title; the current page is the last item and is not a link. */
export function Breadcrumbs({ trail, current }: { trail: readonly Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-base">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-muted">
        {trail.map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-2">
            <Link href={crumb.href}>{crumb.label}</Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" className="text-ink">{current}</li>
      </ol>
    </nav>
  );
}
