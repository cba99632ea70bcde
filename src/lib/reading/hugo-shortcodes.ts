/**
 * Hugo's `ref` and `relref` shortcodes (`[the setup]({{< ref "setup.md#install" >}})`), which Hugo
 * replaces with a page's URL before Markdown is read. To Markdown they are text, and their quotes and
 * spaces break the link around them; so before a foreign page is parsed, each one is masked by a
 * token of exactly its length (positions stay true), and the links that hold a token are given the
 * shortcode's target back.
 */

/** A `ref` or `relref` shortcode: what it names, and where it is in the body. */
export interface HugoReference {
  /** The page as the shortcode names it, anchor included: `setup.md#install`, `/docs/setup`. */
  target: string;
  offset: number;
  /** The token that stands for it in the masked body. */
  token: string;
}

/** `{{< ref "x" >}}`, `{{% relref x %}}`, `{{< ref path="x" lang="en" >}}`. */
const SHORTCODE = /\{\{(<|%)\s*(?:rel)?ref\s+(?:path\s*=\s*)?(?:"([^"\n]*)"|`([^`\n]*)`|([^\s"`>%}]+))[^\n{}]*?\s*(?:>|%)\}\}/g;
const TOKEN = /^hugoref([0-9a-z]+)-0*$/;

/** The body with every `ref`/`relref` shortcode masked by a token of the same length, and the shortcodes. */
export function maskHugoReferences(body: string): { body: string; references: HugoReference[] } {
  if (!body.includes('{{')) return { body, references: [] };
  const references: HugoReference[] = [];
  const masked = body.replace(SHORTCODE, (written: string, _open: string, quoted?: string, backticked?: string, bare?: string, offset?: number) => {
    const token = `hugoref${references.length.toString(36)}-`.padEnd(written.length, '0');
    // A shortcode shorter than its token cannot be masked; it is left as text (none Hugo accepts is that short).
    if (token.length > written.length) return written;
    references.push({ target: (quoted ?? backticked ?? bare ?? '').trim(), offset: offset ?? 0, token });
    return token;
  });
  return { body: masked, references };
}

/** The shortcode a masked URL stands for, when it is a token. */
export function hugoReferenceFor(url: string, references: readonly HugoReference[]): HugoReference | undefined {
  const match = TOKEN.exec(url);
  return match ? references[Number.parseInt(match[1]!, 36)] : undefined;
}
