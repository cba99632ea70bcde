/**
 * Dates as readers see them. A calendar date (`2026-11-23`) is shown as written, with no time zone
 * applied, so it can never slip a day; a moment in time (a commit) is shown in `site.time_zone`.
 */
import { config } from './settings.ts';

export { formatDate } from '../lib/calendar.ts';

const timeZone = config.site.time_zone;
const dayAndTime = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
// Each locale knows the abbreviations of its own region (en-GB: BST, en-US: PDT) and writes `GMT-7`
// for the rest, so the zone's name is taken from whichever has a real abbreviation for it.
const zoneNames = ['en-GB', 'en-US'].map((locale) => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }));

/** `2026-11-02T06:30:00Z` → `1 Nov 2026, 22:30 PST` when the site's time zone is `America/Los_Angeles`. */
export function formatMoment(iso: string): string {
  const moment = new Date(iso);
  const names = zoneNames.map((format) => format.formatToParts(moment).find((part) => part.type === 'timeZoneName')?.value ?? '');
  const zone = names.find((name) => !/^(?:GMT|UTC)[+-−]/.test(name)) ?? names[0];
  return `${dayAndTime.format(moment)} ${zone}`;
}
