/**
 * One parse of a foreign page's body, as Markdown or MDX with the syntax extensions the caller needs
 * (directives, heading attributes, wiki links), for the import's rewrites. A body that does not parse
 * gives no tree: each caller then leaves the page as written and says so where it reports.
 */
import { markdownToMdast, mdxToMdast, type Features, type MdastNode } from 'satteri';

/** The tree of `body`, or undefined when it does not parse. */
export function parseForeignBody(body: string, { mdx, features }: { mdx: boolean; features: Features }): MdastNode | undefined {
  try {
    return (mdx ? mdxToMdast(body, { features }) : markdownToMdast(body, { features })) as MdastNode;
  } catch {
    return undefined;
  }
}
