/** `unknown-reference`: frontmatter that names a role or team which does not exist. */
import { didYouMean } from '../../../src/lib/printing/did-you-mean.ts';
import { locate } from '../locate.ts';
import type { CheckedFile, RuleFinding } from '../model.ts';
import { RULES } from '../../../src/lib/rules.ts';
import { defineRule } from '../rule.ts';

/** A frontmatter value that names an entry or a team. */
interface Reference {
  path: (string | number)[];
  value: string;
  kind: 'role' | 'team';
}

export const unknownReference = defineRule(RULES.unknownReference, {
  check(file, context) {
    if (file.kind !== 'entry' || !file.data) return [];
    const teams = Object.keys(context.config.teams);
    const roleIds = context.shared('role-ids', () => [...context.entries.keys()].filter((key) => key.startsWith('roles/')).map((key) => key.slice('roles/'.length)));
    return referencesOf(file).flatMap((reference): RuleFinding[] => {
      const known = reference.kind === 'role' ? roleIds : teams;
      if (known.includes(reference.value)) return [];
      const where = reference.kind === 'role' ? 'in `content/roles/`' : 'in `teams` of `baton.config.yml`';
      return [{
        ...locate(file, reference.path),
        message: `${reference.kind === 'role' ? 'Role' : 'Team'} \`${reference.value}\` is not ${where}`,
        hint: didYouMean(reference.value, known) ?? (reference.kind === 'team' ? 'add the team to `baton.config.yml`, or use one that is there' : 'check the role id, or add the role'),
      }];
    });
  },
});

function referencesOf(file: CheckedFile): Reference[] {
  const data = file.data as { related_roles?: string[]; role?: string; teams?: string[]; team?: string };
  const references: Reference[] = [];
  data.related_roles?.forEach((value, index) => references.push({ path: ['related_roles', index], value, kind: 'role' }));
  if (file.collection === 'handovers' && data.role) references.push({ path: ['role'], value: data.role, kind: 'role' });
  data.teams?.forEach((value, index) => references.push({ path: ['teams', index], value, kind: 'team' }));
  if (data.team) references.push({ path: ['team'], value: data.team, kind: 'team' });
  return references;
}

