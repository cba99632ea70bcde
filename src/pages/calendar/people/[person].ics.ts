/** `/calendar/people/<person>.ics`: what one person answers for, by date. */
import type { APIContext } from 'astro';
import { peopleWithFeeds, personFeed } from '../../../site/calendar-feeds.ts';
import { loadHandbookModel } from '../../../site/handbook-model.ts';
import { renderCalendar } from '../../../site/icalendar.ts';
import { config, today } from '../../../site/settings.ts';

/** One feed per person still here. */
export async function getStaticPaths() {
  return peopleWithFeeds(await loadHandbookModel()).map((person) => ({ params: { person } }));
}

/** Builds one person's feed. */
export async function GET(context: APIContext): Promise<Response> {
  const feed = personFeed(await loadHandbookModel(), context.params.person!);
  return new Response(renderCalendar(feed.events, { ...feed, siteUrl: config.site.url, today }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
