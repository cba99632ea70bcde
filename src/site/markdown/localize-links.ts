/**
 * Links in a translation lead to the same language's page where there is one: the translation is
 * rendered as if it stood at its source's path (so its links, the source's, become site URLs the
 * usual way), and this then moves each page link into the translation's language when that page is
 * translated into it. A link to an untranslated page stays on the source.
 */

/** Sends each link to a page (`/playbooks/x/…`) to its translation into `language` (`/de/playbooks/x/…`) where `available` has one. */
export function localizeLinks(html: string, language: string, available: ReadonlySet<string>): string {
  return html.replace(/href="\/([a-z]+)\/([a-z0-9-]+)\/([#?][^"]*)?"/g, (link, collection: string, id: string, rest: string | undefined) =>
    available.has(`${language}/${collection}/${id}`) ? `href="/${language}/${collection}/${id}/${rest ?? ''}"` : link,
  );
}
