/** Reads `npm run check` arguments into options, or explains what is wrong with them. */
import { parseArgs } from 'node:util';
import { isoDate } from '../../src/schemas/fields.ts';
import { REPORT_FORMATS, type ReportFormat } from '../../src/lib/printing/format-diagnostics.ts';
import { normaliseBase, type SourceRouting } from '../../src/lib/judging/source-links.ts';
import { RULE_GROUPS } from '../../src/lib/rules.ts';

/** Parsed command-line options. */
export interface CliOptions {
  paths: string[];
  only: string[];
  today?: string;
  format: ReportFormat;
  strict: boolean;
  quiet: boolean;
  cache: boolean;
  external: boolean;
  externalCache?: string;
  config?: string;
  /** The pull-request gate: judge time findings by the files changed since this git ref. */
  changedSince?: string;
  /** How a folder of Markdown from another site routes its pages (`--base`, `--index`, ...); public folders as given. */
  routing: Partial<SourceRouting>;
  /** Drop the baseline's fixed findings from `baton.baseline.json`. */
  updateBaseline: boolean;
  help: boolean;
}

const TRAILING_SLASH = ['ignore', 'always', 'never'] as const;

/** Usage mistakes, reported with exit code 2. */
export class UsageError extends Error {}

/** The `--help` text. */
export const HELP = `Usage: npm run check -- [options] [paths...]

Checks the handbook: frontmatter, owners, review dates, links and anchors, references, succession,
partner agreements and confidentiality. Paths default to content/; any folder of Markdown can be
checked with --only links.

Options:
  --only <rule-or-group>  Run only these rules or groups (repeat, or separate with commas).
                          ${wrap(`Groups: ${RULE_GROUPS.join(', ')}.`, 26)}
  --today <YYYY-MM-DD>    Judge review and agreement dates as of this day (default: today).
  --changed-since <ref>   The pull-request gate: pages that fell due (reviews, renewals,
                          milestones, handovers, departures) are errors only in files changed
                          since the branch left the git ref (and, for someone marked as left,
                          on the pages naming them), warnings elsewhere; overdue pages that
                          changed pages link to are named as notes. Content problems count everywhere.
  --format <format>       text (default), json, or github (workflow annotations).
  --strict                Fail on warnings too.
  --quiet                 No progress counter.
  --no-cache              Read every file afresh instead of reusing unchanged results.
  --external              Also check http(s) links over the network (off by default).
  --external-cache <file> Where to keep external results (default: .cache/baton/external-links.json).
  --config <file>         Settings file (default: baton.config.yml).
  --update-baseline       Drop the findings that are fixed from baton.baseline.json, the known
                          problems of an imported handbook (it only ever shrinks).
  --help                  Show this help.

A folder of Markdown from another site (with --only links) is judged as that site serves it:
  --base <path>           Where the folder's pages are served: /docs/ makes /docs/setup/ the
                          folder's setup.md (default: /).
  --index <names>         File names that are a folder's own page, comma-separated
                          (default: index,README,_index).
  --no-extensionless      Links must name the page file: ../setup does not find ../setup.md.
  --trailing-slash <how>  ignore (default), always (page links must end in /) or never.
  --public <folder>       A folder the site serves at its root, like static/ (repeatable).
Relative links may lead anywhere in the folder's git repository (or the folder, outside one).

Exit codes: 0 clean, 1 content problems, 2 the tool could not run.
Severities and windows are set in baton.config.yml under check:.
`;

/** Parses `args` (without the node and script paths). */
export function parseCliOptions(args: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        only: { type: 'string', multiple: true },
        today: { type: 'string' },
        format: { type: 'string', default: 'text' },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        external: { type: 'boolean', default: false },
        'external-cache': { type: 'string' },
        config: { type: 'string' },
        'changed-since': { type: 'string' },
        base: { type: 'string' },
        index: { type: 'string' },
        'no-extensionless': { type: 'boolean', default: false },
        'trailing-slash': { type: 'string' },
        public: { type: 'string', multiple: true },
        'update-baseline': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  const { values, positionals } = parsed;
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`\`--format ${values.format}\` is not a format; use one of ${REPORT_FORMATS.map((name) => `\`${name}\``).join(', ')}`);
  if (values.today !== undefined && !isoDate.safeParse(values.today).success) throw new UsageError(`\`--today ${values.today}\` is not a date; write it as \`YYYY-MM-DD\``);
  const trailingSlash = values['trailing-slash'];
  if (trailingSlash !== undefined && !(TRAILING_SLASH as readonly string[]).includes(trailingSlash)) throw new UsageError(`\`--trailing-slash ${trailingSlash}\` is not a choice; use \`ignore\`, \`always\` or \`never\``);
  const indexNames = values.index?.split(',').map((name) => name.trim().replace(/\.(?:md|mdx|markdown|mdown)$/i, '')).filter(Boolean);
  if (indexNames !== undefined && indexNames.length === 0) throw new UsageError('`--index` names no file; give names such as `index,README`');
  const routing: Partial<SourceRouting> = {
    ...(values.base !== undefined && { base: normaliseBase(values.base) }),
    ...(indexNames && { indexNames }),
    ...(values['no-extensionless'] && { extensionless: false }),
    ...(trailingSlash !== undefined && { trailingSlash: trailingSlash as SourceRouting['trailingSlash'] }),
    ...(values.public && { publicFolders: values.public }),
  };
  return {
    paths: positionals.length > 0 ? positionals : ['content'],
    only: (values.only ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean),
    ...(values.today !== undefined && { today: values.today }),
    format,
    strict: values.strict,
    quiet: values.quiet,
    cache: !values['no-cache'],
    external: values.external,
    ...(values['external-cache'] !== undefined && { externalCache: values['external-cache'] }),
    ...(values.config !== undefined && { config: values.config }),
    ...(values['changed-since'] !== undefined && { changedSince: values['changed-since'] }),
    routing,
    updateBaseline: values['update-baseline'],
    help: values.help,
  };
}

/** `text` broken between words into lines of at most 92 characters, as the rest of the help, each after the first indented by `indent` spaces. */
function wrap(text: string, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent + line.length + 1 + word.length > 92) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join(`\n${' '.repeat(indent)}`);
}
