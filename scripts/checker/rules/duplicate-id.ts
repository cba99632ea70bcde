/** `duplicate-id`: two files of a collection that would be served at one URL. */
import { fileStem } from '../../../src/lib/reading/entry-id.ts';
import { entryKey } from '../context.ts';
import { RULES } from '../../../src/lib/rules.ts';
import { defineRule } from '../rule.ts';
import type { CheckedFile } from '../model.ts';

export const duplicateId = defineRule(RULES.duplicateId, {
  check(file, context) {
    if (file.kind !== 'entry' || !file.collection || !file.id) return [];
    const sharing = context.entries.get(entryKey(file.collection, file.id)) ?? [];
    // The file that keeps the id: the first whose name is the id itself (`fto.md`, not `FTO.md`), else the first.
    const keeper = sharing.find(isNamedAsItsId) ?? sharing[0];
    if (!keeper || keeper === file) return [];
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    return [{
      line: 1,
      column: 1,
      message: `File has the id \`${file.id}\`, as \`${keeper.path}\` does, so both would be served at \`/${file.collection}/${file.id}/\``,
      hint: isNamedAsItsId(file) ? 'rename one of them' : `rename this file: its name \`${name}\` is not the id it would be served at`,
    }];
  },
});

function isNamedAsItsId(file: CheckedFile): boolean {
  return fileStem(file.path) === file.id;
}
