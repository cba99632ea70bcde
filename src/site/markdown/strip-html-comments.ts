/**
 * Removes HTML comments from a page before it is published. Authors leave notes to each other in
 * comments (`<!-- ask legal before publishing the royalty rate -->`); a reader's "view source" must
 * never show them.
 */

/**
 * A comment as browsers read it: `<!-->` and `<!--->` close at once, `--!>` also closes one, and an
 * unterminated comment runs to the end of the text (so everything after it is hidden, and dropped).
 */
const COMMENT = /<!--(?:-?>|[\s\S]*?(?:--!?>|$))/g;

/** `html` with every comment removed. */
export function stripHtmlComments(html: string): string {
  return html.includes('<!--') ? html.replace(COMMENT, '') : html;
}

interface RawNode {
  type: 'raw';
  value: string;
}

interface CommentContext {
  removeNode(node: unknown): void;
  replaceNode(node: unknown, replacement: RawNode): void;
}

/**
 * A Sätteri hast plugin that drops comment nodes and the comments inside raw HTML, which is where
 * Markdown puts an HTML comment.
 */
export const stripCommentsPlugin = {
  name: 'baton-strip-comments',
  comment(node: unknown, context: CommentContext) {
    context.removeNode(node);
  },
  raw(node: RawNode, context: CommentContext) {
    const stripped = stripHtmlComments(node.value);
    if (stripped === node.value) return;
    if (stripped.trim() === '') context.removeNode(node);
    else context.replaceNode(node, { type: 'raw', value: stripped });
  },
};
