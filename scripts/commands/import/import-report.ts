/**
 * The import report (`import-report.md`): every source page and what it became, the people to
 * complete, the fields and links that could not be carried over, the known problems put in the
 * baseline, the files copied and those left behind, and the redirects. It holds no date, so re-running the import writes the same report.
 */
import type { Diagnostic } from '../../../src/lib/diagnostic.ts';
import type { ImportPlan } from './plan-import.ts';
import type { SourceLayout } from './source-layout.ts';

/** The report's file, in the handbook root. */
export const REPORT_FILE = 'import-report.md';

/** The report of `plan`, with the findings the check made of the imported pages. */
export function importReport(plan: ImportPlan, layout: SourceLayout, sourceName: string, findings: { known: readonly Diagnostic[]; toFix: readonly Diagnostic[] }): string {
  const lines = [`# Import of \`${sourceName}\``, '', `Read as a ${layout.style} site: pages from \`${layout.pages}\`, served at \`${layout.base}\`${layout.publicFolders.length > 0 ? `, with ${layout.publicFolders.map((folder) => `\`${folder}/\``).join(' and ')} served at the root` : ''}. ${plan.pages.length} pages, ${plan.files.length} files under \`public/\`.`];
  const section = (title: string, items: string[], empty?: string) => {
    if (items.length === 0 && empty === undefined) return;
    lines.push('', `## ${title}`, '', ...(items.length > 0 ? items : [empty!]));
  };
  section('Pages', plan.pages.map((page) => `- \`${page.source}\` → \`${page.file}\`${page.renamedFrom !== undefined ? ` (id \`${page.id}\`, from \`${page.renamedFrom}\`)` : ''}`));
  section('People to complete', plan.people.map((person) => `- \`${person.file}\`: \`${person.name}\`, named by ${person.named.map((page) => `\`${page}\``).join(', ')}`));
  section('Authors found in the people directory', plan.matched.map((match) => `- \`${match.written}\` is \`${match.id}\``));
  section('Problems to fix by hand', findings.toFix.map(findingLine), 'None: the content rules pass on the imported pages, apart from the known problems below, so `npm run build` builds them. Reviews that the source\'s own dates put in the past show as due in `npm run check` and in `npm run report`.');
  section('Known problems (in `baton.baseline.json`)', findings.known.map(findingLine));
  section('Notes', plan.pages.flatMap((page) => page.notes.map((note) => `- \`${page.source}\`: ${note}`)));
  section('Fields with no place in Baton', plan.pages.filter((page) => page.unmapped.length > 0).map((page) => `- \`${page.source}\`: ${page.unmapped.map((field) => `\`${field}\``).join(', ')}`));
  section('Links left as written', plan.pages.flatMap((page) => page.unconverted.map((link) => `- \`${page.source}:${link.line}:${link.column}\`: ${link.why}`)));
  section('Files (under `public/`)', plan.files.map((file) => `- \`${file.to}\` from \`${file.source}\``));
  section('Files not copied', plan.skipped.map((file) => `- \`${file.source}\`: ${file.why}`));
  section('Redirects (in `baton.redirects.yml`)', Object.entries(plan.redirects).map(([from, to]) => `- \`${from}\` → \`${to}\``));
  section('Old addresses not redirected', plan.unredirected.map((item) => `- \`${item.from}\`: ${item.why}`));
  return `${lines.join('\n')}\n`;
}

/** The pages an earlier report says the import wrote. */
export function pagesInReport(text: string): string[] {
  return [...text.matchAll(/^- `[^`]+` → `(content\/[^`]+)`/gm)].map((match) => match[1]!);
}

function findingLine(diagnostic: Diagnostic): string {
  return `- \`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}\` ${diagnostic.ruleId}: ${diagnostic.message}`;
}
