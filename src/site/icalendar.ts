/**
 * Calendar feeds (iCalendar, RFC 5545) of the handbook's dated commitments: one all-day event per
 * commitment, with a UID that stays the same from build to build so a calendar app updates an event
 * instead of adding a second one. Text is escaped and lines are folded at 75 octets, with CRLF line
 * ends, as the RFC asks. Built from the published handbook model only, so a draft or confidential
 * page can never reach a feed.
 */
import type { Commitment, CommitmentKind } from '../lib/judging/commitments.ts';
import type { PageLink } from './page-link.ts';

/** A commitment with the page it belongs to. */
export interface FeedEvent {
  commitment: Commitment;
  page: PageLink & { collection: string; id: string };
}

/** What a feed is called and where it is published. */
export interface FeedInfo {
  /** The calendar's name in the reader's app: `Baton: IP & Legal`. */
  name: string;
  description: string;
  /** The site's URL, for absolute links and the UIDs' domain. */
  siteUrl: string;
  /** The day the feed was built, `YYYY-MM-DD`: every event's DTSTAMP. */
  today: string;
}

/** Reader-facing words for each kind of commitment, also the events' category. */
export const COMMITMENT_KIND_LABELS: Record<CommitmentKind, string> = {
  'page-review': 'Page review',
  'renewal-notice': 'Renewal notice',
  'agreement-end': 'Agreement end',
  deliverable: 'Deliverable',
  milestone: 'Milestone',
  'partnership-review': 'Partnership review',
  'review-action': 'Review action',
  obligation: 'Obligation',
  dispute: 'Dispute',
  handover: 'Handover',
};

/** The feed as the text of an `.ics` file. */
export function renderCalendar(events: readonly FeedEvent[], feed: FeedInfo): string {
  const site = new URL(feed.siteUrl);
  const stamp = `${compactDate(feed.today)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Baton//Handbook commitments//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    `X-WR-CALDESC:${escapeText(feed.description)}`,
  ];
  for (const { commitment, page } of events) {
    const url = new URL(page.href, site).href;
    const state = commitment.late ? 'Past due and still open. ' : '';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${page.collection}/${page.id}/${commitment.key}@${site.hostname}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(commitment.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(commitment.date))}`,
      `SUMMARY:${escapeText(`${commitment.what} (${page.title})`)}`,
      `DESCRIPTION:${escapeText(`${state}${commitment.detail ? `${commitment.detail} ` : ''}${page.type}: ${page.title}, ${url}`)}`,
      `URL:${url}`,
      `CATEGORIES:${escapeText(COMMITMENT_KIND_LABELS[commitment.kind])}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545, 3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** How many octets a character takes in UTF-8. */
function utf8Length(character: string): number {
  const code = character.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Splits a content line into lines of at most 75 octets, never inside a character (RFC 5545, 3.1). */
function fold(line: string): string {
  // Most lines are short ASCII: nothing to fold.
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compactDate(date: string): string {
  return date.replaceAll('-', '');
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
