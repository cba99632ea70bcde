/**
 * Dates as readers see them. A calendar date (`2026-11-23`) is shown as written, with no time zone
 * applied, so it can never slip a day; a moment in time (a commit) is shown in `site.time_zone`.
 */
import { config } from './settings.ts';

export { formatDate } from '../lib/calendar.ts';

const moment = new Intl.DateTimeFormat('en-GB', {
  timeZone: config.site.time_zone,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** `2026-11-20T09:15:00+01:00` → `20 Nov 2026, 08:15 GMT` in the configured time zone. */
export function formatMoment(iso: string): string {
  return moment.format(new Date(iso));
}
