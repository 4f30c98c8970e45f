import { Breadcrumbs, type Crumb } from "@/components/site/breadcrumbs";
import { PageHeading } from "@/components/site/page-heading";

const TOOLS_TRAIL: readonly Crumb[] = [
  { href: "/", label: "Home" },
  { href: "/tools", label: "Tools" },
];

/** Breadcrumbs (Home › Tools › …) and the page heading, as every tool page opens. */
export function ToolPageHeader({ crumb, parent, title, lead, children }: { crumb: string; parent?: Crumb; title: string; lead?: string; children?: React.ReactNode }) {
  return (
    <>
      <Breadcrumbs trail={parent ? [...TOOLS_TRAIL, parent] : TOOLS_TRAIL} current={crumb} />
      <div className="mt-6">
        <PageHeading title={title} lead={lead} />
        {children}
      </div>
    </>
  );
}
