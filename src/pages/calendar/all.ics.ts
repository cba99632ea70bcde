/** `/calendar/all.ics`: every dated commitment of the published handbook, as an iCalendar feed. */
import { handbookFeed } from '../../site/calendar-feeds.ts';
import { loadHandbookModel } from '../../site/handbook-model.ts';
import { renderCalendar } from '../../site/icalendar.ts';
import { config, today } from '../../site/settings.ts';

/** Builds the feed. */
export async function GET(): Promise<Response> {
  const feed = handbookFeed(await loadHandbookModel());
  return new Response(renderCalendar(feed.events, { ...feed, siteUrl: config.site.url, today }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
