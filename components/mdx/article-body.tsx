import type { ComponentType } from "react";
import type { ArticleBlock } from "@/lib/content/widgets";
import { mdxWidgets } from "@/components/tools/mdx-widgets";

/**
 * A guide's body: HTML rendered at build time, which React neither rebuilds nor hydrates, with any
 * widgets placed between the pieces as ordinary components. Pieces sit in `display: contents`
 * wrappers so the prose styles see the article's own elements as siblings.
 */
export function ArticleBody({ blocks, className }: { blocks: ArticleBlock[]; className: string }) {
  const [first] = blocks;
  if (blocks.length === 1 && first?.type === "html") {
    return <div className={className} dangerouslySetInnerHTML={{ __html: first.html }} />;
  }
  return (
    <div className={className}>
      {blocks.map((block, index) => {
        if (block.type === "html") return <div key={index} className="contents" dangerouslySetInnerHTML={{ __html: block.html }} />;
        const Widget = mdxWidgets[block.widget] as ComponentType<typeof block.props>;
        return <Widget key={index} {...block.props} />;
      })}
    </div>
  );
}
