/** Looks up a person named on the command line, refusing unknown ids and, where asked, people who have left. */
import { didYouMean } from '../../src/lib/printing/did-you-mean.ts';
import type { Person } from '../../src/schemas/index.ts';
import { CommandError } from './cli.ts';
import type { Handbook } from './handbook.ts';

/** The person `id` given as `--<option>`; `active` refuses someone who has left, for `why` (e.g. `hand over to`). */
export function requirePerson(handbook: Handbook, id: string, option: string, active?: { why: string }): Person {
  const person = handbook.people.get(id);
  if (!person) {
    if (handbook.personIds.has(id)) throw new CommandError(`\`--${option} ${id}\`: \`content/people/${id}.md\` has errors`, 'fix them first; `npm run check` shows them');
    const suggestion = didYouMean(id, handbook.personIds);
    throw new CommandError(`\`--${option} ${id}\` is not in the people directory`, suggestion ?? `use a file name from \`content/people/\`, or add the person first with \`npm run new -- person "Full Name" --team <team> --handle @handle\``);
  }
  if (active && person.status === 'left') throw new CommandError(`\`--${option} ${id}\` left on ${person.left_on}`, `${active.why} someone who is still here`);
  return person;
}
