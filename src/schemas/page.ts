/** The fields every handbook page carries, whatever its type. */
import { z } from 'zod';
import { confidentiality, interval, isoDate, ownerId, pageStatus, personId, tag, teamId, text } from './fields.ts';

/** Fields shared by playbooks, roles, handovers and partner agreements. */
export const pageFields = {
  /** The page title, as shown in navigation and search results. */
  title: text,
  /** One or two sentences saying what the page is for. */
  summary: text,
  /** The person or team who answers for the page and keeps it current. */
  owner: ownerId,
  /** People who review the page besides its owner. */
  reviewers: z.array(personId).default([]),
  /** The day the page was last reviewed, `YYYY-MM-DD`. An edit alone is not a review. */
  last_reviewed: isoDate,
  /** How often the page must be reviewed: `90d`, `6m`, `1y`. */
  review_every: interval,
  /** `draft` (never published), `active` or `retired`. */
  status: pageStatus,
  /** `public`, `internal` (default) or `confidential` (left out of the published site). */
  confidentiality: confidentiality.default('internal'),
  /** Free-form tags for browsing and search filters. */
  tags: z.array(tag).default([]),
  /** Teams the page concerns, from `teams` in `baton.config.yml`. */
  teams: z.array(teamId).default([]),
};
