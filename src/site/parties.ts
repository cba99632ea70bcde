/** People and teams as pages name them: by name, linked to their page, with a departed person marked. */
import type { Handbook } from './handbook.ts';
import { config } from './settings.ts';
import { entryUrl, teamUrl } from './urls.ts';

/** Who an id in frontmatter names. */
export interface Party {
  id: string;
  name: string;
  /** `identity` is a git author no person in the directory claims: shown as git recorded it. */
  kind: 'person' | 'team' | 'unknown' | 'identity';
  /** The person's or team's page. */
  href?: string;
  /** The day a person left, when they have. */
  leftOn?: string;
}

/** The person or team `id` names; an id nobody knows is shown as written. */
export function party(handbook: Pick<Handbook, 'peopleById'>, id: string): Party {
  const person = handbook.peopleById.get(id);
  if (person) return { id, name: person.data.name, kind: 'person', href: entryUrl('people', id), ...(person.data.left_on && { leftOn: person.data.left_on }) };
  const team = config.teams[id];
  if (team) return { id, name: team.name, kind: 'team', href: teamUrl(id) };
  return { id, name: id, kind: 'unknown' };
}
