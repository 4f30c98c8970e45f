import Link from "@/components/site/link";

/**
 * A card that is one link: the heading's link is stretched over the whole card (its ::after covers
 * the card), so a tap anywhere on it opens the page while the link's name stays the short heading.
 * Home uses it for the problems and the tools alike, so every card on the page behaves the same.
 */
export function LinkCard({
  href,
  title,
  icon,
  headingLevel = 3,
  variant = "solid",
  children,
}: {
  href: string;
  title: string;
  icon?: React.ReactNode;
  headingLevel?: 2 | 3;
  variant?: "solid" | "quiet";
  children?: React.ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const frame = variant === "quiet" ? "border-dashed bg-transparent" : "bg-paper";
  return (
    <li className={`group relative flex h-full items-start gap-4 border-2 border-line p-5 hover:border-brand focus-within:border-brand ${frame}`}>
      {icon}
      <div className="min-w-0">
        <Heading className="text-xl font-bold leading-snug">
          <Link href={href} className="underline-offset-4 after:absolute after:inset-0 after:content-[''] group-hover:decoration-[3px]">
            {title}
          </Link>
        </Heading>
        {children ? <div className="mt-1 text-ink">{children}</div> : null}
      </div>
    </li>
  );
}
