import type { ComponentPropsWithoutRef } from "react";

/** h2/h3 with a "#" link to itself, so readers can share a section. Ids come from rehype-slug. */
export function anchoredHeading(Tag: "h2" | "h3") {
  return function AnchoredHeading({ id, children, ...props }: ComponentPropsWithoutRef<"h2">) {
    return (
      <Tag id={id} {...props}>
        {children}
        {id ? (
          <a href={`#${id}`} className="heading-anchor no-print">
            <span aria-hidden="true">#</span>
            <span className="visually-hidden">Link to this section</span>
          </a>
        ) : null}
      </Tag>
    );
  };
}
