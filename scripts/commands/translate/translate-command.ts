/** `npm run translate -- <file> --lang <code>`: starts a translation of a page, or records that it is up to date with its source. */
import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { todayIn } from '../../../src/lib/calendar.ts';
import { splitFrontmatter } from '../../../src/lib/reading/frontmatter.ts';
import { translationPathOf } from '../../../src/lib/reading/translation-path.ts';
import { languageCode } from '../../../src/schemas/languages.ts';
import { CommandError, dateOption, parseCommandArgs, runCommand, usageError, type CommandEnvironment, type CommandOutput } from '../cli.ts';
import { describeChanges, dryRunNote, writeChanges, type FileChange } from '../file-changes.ts';
import { inHandbook, loadHandbook } from '../handbook.ts';
import { resolvePage } from '../page-argument.ts';

/** The `--help` text. */
export const TRANSLATE_HELP = `Usage: npm run translate -- <file> --lang <code> [options]

Starts a translation of a page, or records that an existing one is up to date with its source.
A translation of content/<type>/<id>.md into German is content/translations/de/<type>/<id>.md.

When there is none yet, writes it: the source's title, summary and text to translate, and the
source's revision and headings. When there is one, records the source's current revision and
headings and today's date in it, and changes nothing else: run it once the translation says what
the source says now, and \`translation-behind\` stops reporting it.

Options:
  --lang <code>        The language, as a BCP 47 tag: de, fr, pt-BR.
  --by <person>        Add this person to the translation's \`translators\`.
  --today <YYYY-MM-DD> Take this day as today (default: today in site.time_zone).
  --dry-run            Print what would change and write nothing.
  --help               Show this help.

Example:
  npm run translate -- content/playbooks/freedom-to-operate-check.md --lang de

Exit codes: 0 written (or nothing to record), 1 refused (nothing written), 2 bad usage.
`;

/** Runs `translate` with `args` in the handbook at `environment.root`. */
export function translateCommand(args: readonly string[], environment: CommandEnvironment): Promise<CommandOutput> {
  return runCommand(async () => {
    const { values, positionals } = parseCommandArgs('translate', args, { lang: { type: 'string' }, by: { type: 'string' }, today: { type: 'string' }, 'dry-run': { type: 'boolean' } });
    if (values.help) return { stdout: TRANSLATE_HELP };
    if (positionals.length !== 1) throw usageError('translate', 'Name the one page to translate');
    const language = values.lang as string | undefined;
    if (!language) throw usageError('translate', 'Missing `--lang <code>`: say which language, e.g. `--lang de`');
    if (!languageCode.safeParse(language).success) throw usageError('translate', `\`--lang ${language}\` is not a BCP 47 language tag; write one such as \`de\`, \`fr\` or \`pt-BR\``);
    const givenToday = dateOption('translate', 'today', values.today as string | undefined);
    const handbook = await loadHandbook(environment.root);
    const today = givenToday ?? todayIn(handbook.config.site.time_zone);
    const source = resolvePage(handbook, positionals[0]!);
    if (source.collection === 'people') throw new CommandError(`\`${source.path}\` is a person`, 'translate playbooks, roles, handovers, agreements or glossary terms');
    if (!source.revision || source.source === undefined) throw new CommandError(`\`${source.path}\` has problems that keep it from being read`, 'run `npm run check` and fix them first');
    const headings = source.outline?.headings.map((heading) => heading.text) ?? [];
    const path = translationPathOf(source.path, language);
    const absolutePath = inHandbook(handbook, path);
    const by = values.by as string | undefined;
    const change = existsSync(absolutePath)
      ? recordRevision(path, absolutePath, { revision: source.revision, headings, today, by })
      : scaffold(path, absolutePath, source.source, { revision: source.revision, headings, today, by });
    if (!change) return { stdout: `Nothing to record: \`${path}\` already records revision ${source.revision} of its source.\n` };
    const dryRun = values['dry-run'] === true;
    if (!dryRun) writeChanges([change]);
    return { stdout: describeChanges([change]) + dryRunNote(dryRun) };
  });
}

interface Recorded {
  revision: string;
  headings: string[];
  today: string;
  by: string | undefined;
}

/** A new translation: the source's title, summary and body, to be translated, and what it translates. */
function scaffold(path: string, absolutePath: string, sourceText: string, recorded: Recorded): FileChange {
  const split = splitFrontmatter(sourceText);
  const sourceData = (parseDocument(split.yaml ?? '').toJS() ?? {}) as Record<string, unknown>;
  const document = parseDocument('{}');
  document.contents = document.createNode({
    title: sourceData.title,
    summary: sourceData.summary,
    source_revision: recorded.revision,
    source_headings: recorded.headings,
    translated_on: recorded.today,
    translators: recorded.by ? [recorded.by] : [],
  }) as typeof document.contents;
  const comment = '<!-- Translate the title, the summary and the text below. Keep the links as they are: the site leads each one to this language\'s page when there is one. -->';
  const text = `---\n${document.toString({ lineWidth: 0 })}---\n${comment}\n${split.body.replace(/^\n*/, '\n')}`;
  return { path, absolutePath, text, create: true, notes: [`new translation of revision ${recorded.revision}; translate the title, summary and text`] };
}

/** An existing translation brought up to date: its recorded revision, headings and date. */
function recordRevision(path: string, absolutePath: string, recorded: Recorded): FileChange | undefined {
  const text = readFileSync(absolutePath, 'utf8');
  const split = splitFrontmatter(text);
  if (split.yaml === undefined) throw new CommandError(`\`${path}\` has no frontmatter to record the revision in`, 'run `npm run check` and fix it first');
  const document = parseDocument(split.yaml);
  const was = document.get('source_revision');
  const translators = (document.toJS()?.translators ?? []) as string[];
  if (was === recorded.revision && (!recorded.by || translators.includes(recorded.by))) return undefined;
  document.set('source_revision', recorded.revision);
  document.set('source_headings', document.createNode(recorded.headings));
  document.set('translated_on', recorded.today);
  if (recorded.by && !translators.includes(recorded.by)) document.set('translators', document.createNode([...translators, recorded.by]));
  const frontmatterEnd = text.indexOf('\n---', 3) + 4;
  return {
    path,
    absolutePath,
    text: `---\n${document.toString({ lineWidth: 0 })}---${text.slice(frontmatterEnd)}`,
    create: false,
    notes: [`source_revision: ${String(was)} → ${recorded.revision}`, `translated_on: ${recorded.today}`],
  };
}
