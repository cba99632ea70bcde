/** `codeowners-drift`: `.github/CODEOWNERS` no longer asks a page's owner to review changes to it. */
import { CODEOWNERS_PATH, parseCodeowners, resolveOwners, ruleFor, sameOwners, type CodeownersRule } from '../../../src/lib/judging/codeowners.ts';
import { pageCollections } from '../../../src/schemas/index.ts';
import { locate } from '../locate.ts';
import type { CheckContext } from '../model.ts';
import { RULES } from '../../../src/lib/rules.ts';
import { defineRule } from '../rule.ts';

const FIX = 'run `npm run codeowners` and commit the result';

export const codeownersDrift = defineRule(RULES.codeownersDrift, {
  check(file, context) {
    const rules = committedRules(context);
    const owner = (file.data as { owner?: unknown } | undefined)?.owner;
    if (!rules || file.kind !== 'entry' || !(pageCollections as readonly string[]).includes(file.collection ?? '') || typeof owner !== 'string') return [];
    // An owner who is neither a person nor a team is `unknown-person`'s finding; regenerating the file would not mend it.
    if (!context.personIds.has(owner) && !(owner in context.config.teams)) return [];
    const expected = resolveOwners(owner, { people: context.people, teams: context.config.teams });
    const rule = ruleFor(rules, file.path);
    if (!rule) {
      if (expected.handles.length === 0) return [];
      return [{ ...locate(file, ['owner']), message: `Page is not in \`${CODEOWNERS_PATH}\`, so nobody is asked to review changes to it`, hint: FIX }];
    }
    if (sameOwners(rule.owners, expected.handles)) return [];
    const asked = rule.owners.length > 0 ? rule.owners.map((handle) => `\`${handle}\``).join(', ') : 'nobody';
    const implied = expected.handles.length > 0 ? expected.handles.map((handle) => `\`${handle}\``).join(', ') : `nobody (${expected.nobody})`;
    return [{ ...locate(file, ['owner']), message: `\`${CODEOWNERS_PATH}\` line ${rule.line} asks ${asked} to review this page, but its owner \`${owner}\` means ${implied}`, hint: FIX }];
  },
});

/** The committed file's rules, read once per check; undefined when the handbook has no CODEOWNERS file. */
function committedRules(context: CheckContext): readonly CodeownersRule[] | undefined {
  return context.shared('codeowners-rules', () => {
    const text = context.readText(CODEOWNERS_PATH);
    return text === undefined ? undefined : parseCodeowners(text);
  });
}
