/** `unknown-reference`: frontmatter that names a role or team which does not exist. */
import { didYouMean } from '../../../src/lib/printing/did-you-mean.ts';
import { locate } from '../locate.ts';
import type { CheckContext, CheckedFile, RuleFinding } from '../model.ts';
import { parseTranslationPath } from '../../../src/lib/reading/translation-path.ts';
import { RULES } from '../../../src/lib/rules.ts';
import { defineRule } from '../rule.ts';

/** A frontmatter value that names an entry or a team. */
interface Reference {
  path: (string | number)[];
  value: string;
  kind: 'role' | 'team';
}

export const unknownReference = defineRule(RULES.unknownReference, {
  appliesToTranslations: true,
  check(file, context) {
    if (file.kind === 'translation') return missingSource(file, context);
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

/** A translation must translate a page that exists: its path names it. */
function missingSource(file: CheckedFile, context: CheckContext): RuleFinding[] {
  const path = parseTranslationPath(file.path);
  if (!path || context.byPath.get(path.sourcePath)?.kind === 'entry') return [];
  const pages = [...context.byPath.values()].filter((page) => page.kind === 'entry' && page.collection === path.collection).map((page) => page.path);
  return [{
    line: 1,
    column: 1,
    message: `Translation's source \`${path.sourcePath}\` is not a page of the handbook`,
    hint: didYouMean(path.sourcePath, pages) ?? `name the translation after the page it translates: \`content/translations/${path.language}/<type>/<id>.md\` for \`content/<type>/<id>.md\``,
  }];
}

function referencesOf(file: CheckedFile): Reference[] {
  const data = file.data as { related_roles?: string[]; role?: string; teams?: string[]; team?: string };
  const references: Reference[] = [];
  data.related_roles?.forEach((value, index) => references.push({ path: ['related_roles', index], value, kind: 'role' }));
  if (file.collection === 'handovers' && data.role) references.push({ path: ['role'], value: data.role, kind: 'role' });
  data.teams?.forEach((value, index) => references.push({ path: ['teams', index], value, kind: 'team' }));
  if (data.team) references.push({ path: ['team'], value: data.team, kind: 'team' });
  return references;
}

