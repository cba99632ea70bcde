/** `duplicate-id`: two files of a collection that would be served at one URL. */
import { entryKey } from '../context.ts';
import { RULES } from '../../../src/lib/rules.ts';
import { defineRule } from '../rule.ts';

export const duplicateId = defineRule(RULES.duplicateId, {
  check(file, context) {
    if (file.kind !== 'entry' || !file.collection || !file.id) return [];
    const sharing = context.entries.get(entryKey(file.collection, file.id)) ?? [];
    const first = sharing[0];
    if (!first || first === file) return [];
    return [{
      line: 1,
      column: 1,
      message: `File has the id \`${file.id}\`, as \`${first.path}\` does, so both would be served at \`/${file.collection}/${file.id}/\``,
      hint: 'rename one of them',
    }];
  },
});
