/**
 * Who made a change, as readers see it: the person in the directory who lists the git identity in
 * `commits_as` (linked to their page), or, for an identity nobody claims, the name git recorded, as
 * plain text. An email address matches whatever its case; a name matches as written.
 */
import type { Handbook } from './handbook.ts';
import type { GitIdentity } from './git-history.ts';
import { party, type Party } from './parties.ts';

/** Person ids by the identities they commit with: emails in lower case, names as written. */
export type CommitterDirectory = ReadonlyMap<string, string>;

/** The directory of who commits as what, from every person's `commits_as`. */
export function committerDirectory(handbook: Pick<Handbook, 'people'>): CommitterDirectory {
  const directory = new Map<string, string>();
  for (const person of handbook.people) {
    for (const identity of person.data.commits_as ?? []) directory.set(identityKey(identity.trim()), person.id);
  }
  return directory;
}

/** The person behind `author`, or the git name as an identity of nobody known. */
export function contributor(handbook: Pick<Handbook, 'peopleById'> & { committers: CommitterDirectory }, author: GitIdentity): Party {
  const id = handbook.committers.get(identityKey(author.email)) ?? handbook.committers.get(identityKey(author.name));
  return id ? party(handbook, id) : { id: author.name, name: author.name, kind: 'identity' };
}

function identityKey(identity: string): string {
  return identity.includes('@') ? `email:${identity.toLowerCase()}` : `name:${identity}`;
}
