import { bundleMDX } from "mdx-bundler";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { VFile } from "vfile";
import { emptyOutline, rehypeCollectOutline, remarkCollectProse, remarkCollectReferences, type Outline } from "./mdx-plugins";

export type CompiledMdx = { code: string; frontmatter: Record<string, unknown>; outline: Outline };

/**
 * Compiles one first-party MDX file. bundleMDX runs the content as code when it is rendered, so only
 * files from this repository's content/ folder may ever be passed here.
 *
 * The VFile carries the real path so esbuild and MDX errors name the editor's file rather than a
 * generated entry point (mdx-bundler issues #103, #117).
 */
export async function compileMdx(path: string, source: string): Promise<CompiledMdx> {
  const outline = emptyOutline();
  const result = await bundleMDX<Record<string, unknown>>({
    source: new VFile({ path, value: source }),
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkCollectReferences(outline), remarkCollectProse(outline)];
      options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug, rehypeCollectOutline(outline)];
      return options;
    },
    esbuildOptions(options) {
      options.minify = true;
      options.target = "es2022";
      // Problems are reported once, in the editor-facing form, by the caller.
      options.logLevel = "silent";
      return options;
    },
  });
  return { code: result.code, frontmatter: result.frontmatter, outline };
}
