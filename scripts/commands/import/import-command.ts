/** `npm run import -- SOURCE`: brings a foreign handbook (Hugo, Docusaurus, MkDocs, a vault, an export) into Baton's content model. */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { runCheck } from '../../checker/run-check.ts';
import { BASELINE_FILE, baselineEntryOf, isBaselinable } from '../../../src/lib/judging/baseline.ts';
import { RULES } from '../../../src/lib/rules.ts';
import { baselineText, readBaseline } from '../../../src/lib/reading/baseline-file.ts';
import { isBatonHandbook } from '../../../src/lib/reading/discover.ts';
import { readProjectConfig } from '../../../src/lib/reading/project-config.ts';
import { readHandbook } from '../../../src/lib/reading/read-handbook.ts';
import { REDIRECTS_FILE } from '../../../src/lib/reading/redirects-file.ts';
import { projectConfigSchema } from '../../../src/schemas/config.ts';
import { interval } from '../../../src/schemas/fields.ts';
import type { CollectionName, Person } from '../../../src/schemas/index.ts';
import { CommandError, EXIT_REFUSED, parseCommandArgs, runCommand, usageError, type CommandEnvironment, type CommandOutput } from '../cli.ts';
import { dryRunNote } from '../file-changes.ts';
import { buildMapping, MappingError, readMappingFile } from './field-mapping.ts';
import { importReport, pagesInReport, REPORT_FILE } from './import-report.ts';
import { planImport, type ImportPlan, type ImportTarget } from './plan-import.ts';
import { detectLayout, SOURCE_STYLES, type SourceStyle } from './source-layout.ts';

/** The `--help` text. */
export const IMPORT_HELP = `Usage: npm run import -- SOURCE [options]

Brings a foreign handbook into this one: a Hugo or GitLab handbook, a Docusaurus, Starlight,
VitePress or MkDocs docs folder, an Obsidian vault, a Notion export, or any folder of Markdown.
Every page becomes a Baton page (a playbook unless a folder rule says otherwise) with its fields
mapped, its links rewritten to relative .md links, its images and files copied under public/, and
its authors found in the people directory or written as people to complete. What the source
already had wrong (broken links, anchors) goes into baton.baseline.json: npm run check reports it as
known and fails only on new problems. import-report.md lists every page, person, field and link.
Frontmatter is read as YAML, TOML (+++) or JSON; ---js frontmatter is never run.

Options:
  --into <folder>         The handbook to import into (default: here). A new folder gets a
                          baton.config.yml with a team \`imported\` for the people to complete.
  --from <style>          ${SOURCE_STYLES.join(', ')} (default: detected).
  --pages <folder>        The folder of pages in SOURCE (default: content/ for Hugo, docs/ for
                          Docusaurus and MkDocs, src/content/docs/ for Starlight, else SOURCE).
  --base <path>           Where the source served its pages, for its site-root links and the
                          redirects (default: /docs/ for Docusaurus, else /).
  --public <folder>       A folder of SOURCE its site served at the root (default: static/ or
                          public/ when the style has one); repeatable.
  --index <names>         File names that are a folder's own page (default: index,README,_index).
  --mapping <file>        A YAML mapping: fields, per-folder page types and their defaults.
  --map <field=names>     Fill a Baton field from these source fields, e.g. summary=abstract,description;
                          fields: title, summary, owner, last_reviewed, review_until, draft, tags, aliases.
  --type <folder=type>    Pages under a source folder become this type (playbooks, roles, ...).
  --owner <id>            Owner of pages whose source names no author (default: the team).
  --team <id>             The team people to complete join (default: the first team).
  --review-every <span>   Review interval of pages without an expiry date (default: 1y).
  --overwrite             Write over imported pages and people that were changed since.
  --dry-run               Print what would be written and write nothing.
  --help                  Show this help.

Exit codes: 0 imported, 1 refused (nothing written), 2 bad usage.
`;

const NEW_TEAM = 'imported';

/** Runs `import` with `args` in the handbook at `environment.root`. */
export function importCommand(args: readonly string[], environment: CommandEnvironment): Promise<CommandOutput> {
  return runCommand(async () => {
    const { values, positionals } = parseCommandArgs('import', args, {
      into: { type: 'string' },
      from: { type: 'string' },
      pages: { type: 'string' },
      base: { type: 'string' },
      public: { type: 'string', multiple: true },
      index: { type: 'string' },
      mapping: { type: 'string' },
      map: { type: 'string', multiple: true },
      type: { type: 'string', multiple: true },
      owner: { type: 'string' },
      team: { type: 'string' },
      'review-every': { type: 'string' },
      overwrite: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
    });
    if (values.help) return { stdout: IMPORT_HELP };
    if (positionals.length !== 1) throw usageError('import', positionals.length === 0 ? 'Name the folder to import, e.g. `npm run import -- ../old-handbook`' : `Unexpected argument \`${positionals[1]}\``);
    const source = resolve(environment.root, positionals[0]!);
    if (!existsSync(source) || !statSync(source).isDirectory()) throw usageError('import', `\`${positionals[0]}\` is not a folder`);
    const style = values.from as string | undefined;
    if (style !== undefined && !(SOURCE_STYLES as readonly string[]).includes(style)) throw usageError('import', `\`--from ${style}\` is not a source style; use one of ${SOURCE_STYLES.map((name) => `\`${name}\``).join(', ')}`);
    const reviewEvery = (values['review-every'] as string | undefined) ?? '1y';
    if (!interval.safeParse(reviewEvery).success) throw usageError('import', `\`--review-every ${reviewEvery}\` is not an interval; write it like \`90d\`, \`6m\` or \`1y\``);
    const layout = detectLayout(source, {
      ...(style !== undefined && { style: style as SourceStyle }),
      ...(values.pages !== undefined && { pages: values.pages as string }),
      ...(values.base !== undefined && { base: values.base as string }),
      ...(values.public !== undefined && { publicFolders: values.public as string[] }),
      ...(values.index !== undefined && { indexNames: (values.index as string).split(',').map((name) => name.trim().replace(/\.md$/i, '')).filter(Boolean) }),
    });
    if (!existsSync(join(source, layout.pages))) throw usageError('import', `\`${layout.pages}\` is not a folder of \`${positionals[0]}\``);
    let mapping;
    try {
      const mappingPath = values.mapping as string | undefined;
      mapping = buildMapping({
        ...(mappingPath !== undefined && { fileText: readMappingFile(resolve(environment.root, mappingPath)), fileName: mappingPath }),
        maps: (values.map as string[] | undefined) ?? [],
        types: (values.type as string[] | undefined) ?? [],
      });
    } catch (error) {
      if (error instanceof MappingError) throw usageError('import', error.message);
      throw error;
    }

    const root = resolve(environment.root, (values.into as string | undefined) ?? '.');
    const dryRun = values['dry-run'] === true;
    const target = await readTarget(root, values.team as string | undefined, layout.title);
    const owner = (values.owner as string | undefined) ?? target.target.stubTeam;
    if (!target.target.people.has(owner) && !(owner in target.target.config.teams) && owner !== NEW_TEAM) {
      throw usageError('import', `\`--owner ${owner}\` is not in the people directory or a team`);
    }
    const plan = planImport(source, layout, target.target, { mapping, owner, reviewEvery });
    const writes = plannedWrites(plan, target);
    const conflicts = writes.filter((write) => write.guarded && existsSync(join(root, write.path)) && !sameContent(join(root, write.path), write)).map((write) => write.path);
    if (conflicts.length > 0 && values.overwrite !== true) {
      throw new CommandError(`${conflicts.length === 1 ? 'A file' : `${conflicts.length} files`} the import would write changed since it last wrote them: ${conflicts.slice(0, 5).map((path) => `\`${path}\``).join(', ')}${conflicts.length > 5 ? ', …' : ''}`, 'move them away, or pass `--overwrite` to write over them; nothing was written', EXIT_REFUSED);
    }
    const changed = writes.filter((write) => !existsSync(join(root, write.path)) || !sameContent(join(root, write.path), write));
    const summary = `${plan.pages.length} pages, ${plan.people.length} people to complete, ${plan.files.length} files, ${Object.keys(plan.redirects).length} redirects from \`${positionals[0]}\` (read as ${layout.style}).`;
    if (dryRun) return { stdout: `${changed.map((write) => `${write.path}\n`).join('')}${summary}\n${dryRunNote(true)}` };

    for (const write of changed) {
      mkdirSync(dirname(join(root, write.path)), { recursive: true });
      if ('from' in write) copyFileSync(write.from, join(root, write.path));
      else writeFileSync(join(root, write.path), write.text);
    }
    const { known, toFix } = await judgeImport(root, plan);
    const written = [...changed.map((write) => write.path)];
    const baselinePath = join(root, BASELINE_FILE);
    const importedFiles = new Set(plan.pages.map((page) => page.file));
    const kept = (readBaseline(baselinePath) ?? []).filter((entry) => !importedFiles.has(entry.file));
    const baseline = baselineText([...kept, ...known.map(baselineEntryOf)]);
    if (known.length > 0 || existsSync(baselinePath)) written.push(...writeIfChanged(root, BASELINE_FILE, baseline));
    written.push(...writeIfChanged(root, REPORT_FILE, importReport(plan, layout, basename(source), { known, toFix })));
    const nothing = written.length === 0 ? 'Nothing changed: the handbook already holds this import.\n' : '';
    const codeowners = existsSync(join(root, '.github/CODEOWNERS')) && toFix.some((finding) => finding.ruleId === RULES.codeownersDrift.id) ? 'Run `npm run codeowners` to ask the imported pages\' owners for reviews in `.github/CODEOWNERS`.\n' : '';
    return {
      stdout: `${written.map((path) => `${path}\n`).join('')}${nothing}${summary}\n${known.length} known problems of the source put in \`${BASELINE_FILE}\`; ${toFix.length} problems to fix by hand; \`${REPORT_FILE}\` lists them all.\n${codeowners}`,
      exitCode: 0,
    };
  });
}

type PlannedWrite = ({ path: string; text: string } | { path: string; from: string }) & { guarded: boolean };

/** Every file the plan writes: pages and people guarded against changes made since, the rest the import's own. */
function plannedWrites(plan: ImportPlan, target: { configText?: string }): PlannedWrite[] {
  return [
    ...(target.configText !== undefined ? [{ path: 'baton.config.yml', text: target.configText, guarded: true }] : []),
    ...plan.pages.map((page) => ({ path: page.file, text: page.text, guarded: true })),
    ...plan.people.map((person) => ({ path: person.file, text: person.text, guarded: true })),
    ...plan.files.map((file) => ({ path: file.to, from: file.from, guarded: true })),
    ...(Object.keys(plan.redirects).length > 0 ? [{ path: REDIRECTS_FILE, text: redirectsText(plan.redirects), guarded: false }] : []),
  ];
}

function redirectsText(redirects: Record<string, string>): string {
  return `# Old addresses of the imported site, and the page that answers each now. The build serves every\n# old address as a page that redirects to the new one. Written by \`npm run import\`.\n${stringify(redirects, { lineWidth: 0 })}`;
}

function sameContent(path: string, write: PlannedWrite): boolean {
  const bytes = readFileSync(path);
  return 'from' in write ? bytes.equals(readFileSync(write.from)) : bytes.toString('utf8') === write.text;
}

function writeIfChanged(root: string, path: string, text: string): string[] {
  const absolute = join(root, path);
  if (existsSync(absolute) && readFileSync(absolute, 'utf8') === text) return [];
  writeFileSync(absolute, text);
  return [path];
}

/** The handbook the import goes into: its settings (or new ones), its people, and the ids its own pages hold. */
async function readTarget(root: string, team: string | undefined, title: string | undefined): Promise<{ target: ImportTarget; configText?: string }> {
  const settings = readProjectConfig(root);
  if (!settings.config) throw new CommandError('The settings file of the handbook has errors', 'run `npm run check` to see them', 2);
  const hasConfig = existsSync(join(root, 'baton.config.yml'));
  let config = settings.config;
  let configText: string | undefined;
  if (!hasConfig) {
    const raw = { site: { title: title ?? 'Handbook' }, teams: { [team ?? NEW_TEAM]: { name: team === undefined ? 'Imported' : team } } };
    configText = `# Written by \`npm run import\`: the README's Settings section says what else can go here.\n${stringify(raw, { lineWidth: 0 })}`;
    config = projectConfigSchema.parse(raw);
  }
  const teams = Object.keys(config.teams);
  const stubTeam = team ?? teams[0];
  if (stubTeam === undefined) throw usageError('import', '`baton.config.yml` has no team for the people the import adds; add one under `teams`, or name it with `--team`');
  if (!teams.includes(stubTeam)) throw usageError('import', `\`--team ${stubTeam}\` is not a team in \`baton.config.yml\``);
  const people = new Map<string, { person: Person; text: string }>();
  const takenIds = new Map<CollectionName, Set<string>>();
  if (hasConfig && isBatonHandbook(root) && existsSync(join(root, 'content'))) {
    const ownPages = new Set(existsSync(join(root, REPORT_FILE)) ? pagesInReport(readFileSync(join(root, REPORT_FILE), 'utf8')) : []);
    const { handbook } = await readHandbook({ root, config });
    for (const file of handbook.files) {
      if (file.kind !== 'entry' || !file.collection || file.id === undefined) continue;
      if (file.collection === 'people' && file.data) people.set(file.id, { person: file.data as Person, text: readFileSync(join(root, file.path), 'utf8') });
      if (ownPages.has(file.path)) continue;
      const ids = takenIds.get(file.collection) ?? new Set();
      ids.add(file.id);
      takenIds.set(file.collection, ids);
    }
  }
  return { target: { root, config, people, takenIds, stubTeam }, ...(configText !== undefined && { configText }) };
}

/** The check's findings on the imported pages: those a baseline may know, and those to fix by hand. */
async function judgeImport(root: string, plan: ImportPlan): Promise<{ known: import('../../../src/lib/diagnostic.ts').Diagnostic[]; toFix: import('../../../src/lib/diagnostic.ts').Diagnostic[] }> {
  const result = await runCheck({ root, paths: ['content'], only: [], kinds: ['content'], cachePath: false, baseline: false });
  const imported = new Set([...plan.pages.map((page) => page.file), ...plan.people.map((person) => person.file)]);
  const ours = result.diagnostics.filter((diagnostic) => imported.has(diagnostic.file) && diagnostic.severity !== 'note');
  return { known: ours.filter((diagnostic) => isBaselinable(diagnostic.ruleId)), toFix: ours.filter((diagnostic) => !isBaselinable(diagnostic.ruleId) && diagnostic.severity === 'error') };
}
