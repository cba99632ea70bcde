/** `translation-behind`: a translation whose source changed since the revision it records, with the headings that changed. */
import { describeHeadingChanges, translationStatus } from '../../../src/lib/judging/translation-status.ts';
import { RULES } from '../../../src/lib/rules.ts';
import { parseTranslationPath } from '../../../src/lib/reading/translation-path.ts';
import type { Translation } from '../../../src/schemas/translation.ts';
import { locate } from '../locate.ts';
import { defineRule } from '../rule.ts';

export const translationBehind = defineRule(RULES.translationBehind, {
  appliesToTranslations: true,
  check(file, context) {
    if (file.kind !== 'translation' || !file.data) return [];
    const path = parseTranslationPath(file.path);
    const source = path && context.byPath.get(path.sourcePath);
    if (!path || !source?.revision) return [];
    const recorded = file.data as Translation;
    const status = translationStatus(recorded, { revision: source.revision, headings: source.outline?.headings.map((heading) => heading.text) ?? [] });
    if (!status.behind) return [];
    const changes = describeHeadingChanges(status.changes);
    return [
      {
        ...locate(file, ['source_revision']),
        message: `Translation is behind \`${path.sourcePath}\`, which changed since revision \`${recorded.source_revision}\`${changes ? `: ${changes}` : ' (its headings are the same)'}`,
        hint: `bring the translation up to date, then record it with \`npm run translate -- ${path.sourcePath} --lang ${path.language}\``,
      },
    ];
  },
});
