/** The recent-changes feed (RSS 2.0): one item per change to a published page, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadHandbookModel } from '../site/handbook-model.ts';
import { recentChanges } from '../site/recent-changes.ts';
import { config } from '../site/settings.ts';

/** Builds `/feed.xml`. */
export async function GET(context: APIContext): Promise<Response> {
  const changes = recentChanges(await loadHandbookModel(), 50);
  return rss({
    title: `${config.site.title}: recent changes`,
    description: config.site.description,
    site: context.site ?? config.site.url,
    trailingSlash: true,
    items: changes.map((change) => ({
      title: `${change.link.title} (${change.link.type})`,
      link: change.link.href,
      pubDate: new Date(change.date),
      description: `${change.summary} Changed by ${change.author.name}.`,
      // One page changes many times; each change is its own item.
      customData: `<guid isPermaLink="false">${change.commit}:${change.link.href}</guid>`,
    })),
  });
}
