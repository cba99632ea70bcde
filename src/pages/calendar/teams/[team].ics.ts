/** `/calendar/teams/<team>.ics`: the dated commitments of the pages that concern one team. */
import type { APIContext } from 'astro';
import { teamFeed } from '../../../site/calendar-feeds.ts';
import { loadHandbookModel } from '../../../site/handbook-model.ts';
import { renderCalendar } from '../../../site/icalendar.ts';
import { config, today } from '../../../site/settings.ts';

/** One feed per configured team. */
export function getStaticPaths() {
  return Object.keys(config.teams).map((team) => ({ params: { team } }));
}

/** Builds one team's feed. */
export async function GET(context: APIContext): Promise<Response> {
  const feed = teamFeed(await loadHandbookModel(), context.params.team!);
  return new Response(renderCalendar(feed.events, { ...feed, siteUrl: config.site.url, today }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
