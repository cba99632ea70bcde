/**
 * The calendar feeds of the published handbook: one of every dated commitment, one per team (the
 * pages that concern the team or that it owns) and one per person still here (what they answer for:
 * pages they own or review, actions and obligations they own, handovers and escalation levels they
 * are part of). Each feed is the same list of commitments, filtered.
 */
import { pageCommitments } from '../lib/judging/commitments.ts';
import type { PageEntry } from './handbook.ts';
import type { HandbookModel } from './handbook-model.ts';
import type { FeedEvent } from './icalendar.ts';
import { pageLink } from './page-link.ts';
import { config, today } from './settings.ts';

/** A feed's events and how it introduces itself. */
export interface Feed {
  name: string;
  description: string;
  events: FeedEvent[];
}

const eventsByModel = new WeakMap<HandbookModel, (FeedEvent & { entry: PageEntry })[]>();

/** Every commitment of every published page, in date order. */
function allEvents(model: HandbookModel): (FeedEvent & { entry: PageEntry })[] {
  let events = eventsByModel.get(model);
  if (!events) {
    events = model.pages
      .flatMap((entry) => pageCommitments({ collection: entry.collection, data: entry.data }, today).map((commitment) => ({ commitment, entry, page: { ...pageLink(entry), collection: entry.collection, id: entry.id } })))
      .sort((a, b) => a.commitment.date.localeCompare(b.commitment.date) || a.page.href.localeCompare(b.page.href) || a.commitment.key.localeCompare(b.commitment.key));
    eventsByModel.set(model, events);
  }
  return events;
}

const strip = ({ commitment, page }: FeedEvent): FeedEvent => ({ commitment, page });

/** Every dated commitment in the handbook. */
export function handbookFeed(model: HandbookModel): Feed {
  return { name: `${config.site.title}: every commitment`, description: `Every dated commitment in ${config.site.title}: reviews, renewals, milestones, obligations, disputes and handovers.`, events: allEvents(model).map(strip) };
}

/** The commitments of the pages that concern team `id` or that it owns. */
export function teamFeed(model: HandbookModel, id: string): Feed {
  const name = config.teams[id]?.name ?? id;
  const events = allEvents(model).filter(({ entry, commitment }) => entry.data.teams.includes(id) || entry.data.owner === id || commitment.people.includes(id));
  return { name: `${config.site.title}: ${name}`, description: `Dated commitments of the pages that concern ${name} in ${config.site.title}.`, events: events.map(strip) };
}

/** What person `id` answers for, by date. */
export function personFeed(model: HandbookModel, id: string): Feed {
  const name = model.peopleById.get(id)?.data.name ?? id;
  const events = allEvents(model).filter(({ commitment }) => commitment.people.includes(id));
  return { name: `${config.site.title}: ${name}`, description: `What ${name} answers for in ${config.site.title}, by date.`, events: events.map(strip) };
}

/** The people who get a feed of their own: everyone still here. */
export function peopleWithFeeds(model: HandbookModel): string[] {
  return model.people.filter((person) => person.data.status !== 'left').map((person) => person.id);
}
