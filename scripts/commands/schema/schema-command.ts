/** `npm run schema`: writes a JSON Schema per content type into `public/schemas/`, where the site serves them. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandError, EXIT_REFUSED, EXIT_TOOL_FAILED, parseCommandArgs, runCommand, usageError, type CommandEnvironment, type CommandOutput } from '../cli.ts';
import { dryRunNote } from '../file-changes.ts';
import { readProjectConfig } from '../../../src/lib/reading/project-config.ts';
import { jsonSchemaFiles, schemaBaseUrl } from './json-schemas.ts';

/** Where the schemas go: under `public/`, so the site publishes them at `/schemas/<file>`. */
export const SCHEMA_FOLDER = 'public/schemas';

/** The `--help` text. */
export const SCHEMA_HELP = `Usage: npm run schema -- [options]

Writes a JSON Schema for the frontmatter of each content type (playbook, role, handover, partner,
person) and for baton.config.yml into ${SCHEMA_FOLDER}/, made from the zod schemas in src/schemas/.
The site publishes them at <site.url>/schemas/<type>.schema.json for editors and other tools.

Options:
  --check    Write nothing; exit 1 when a file differs from what the schemas imply.
  --dry-run  Print the files it would write and write nothing.
  --help     Show this help.

Exit codes: 0 written (or up to date), 1 out of date with --check, 2 bad usage.
`;

/** Runs `schema` with `args` in the project at `environment.root`. */
export function schemaCommand(args: readonly string[], environment: CommandEnvironment): Promise<CommandOutput> {
  return runCommand(async () => {
    const { values, positionals } = parseCommandArgs('schema', args, { check: { type: 'boolean' }, 'dry-run': { type: 'boolean' } });
    if (values.help) return { stdout: SCHEMA_HELP };
    if (positionals.length > 0) throw usageError('schema', `Unexpected argument \`${positionals[0]}\``);
    const settings = readProjectConfig(environment.root);
    if (!settings.config) throw new CommandError('The settings file has errors', 'run `npm run check` to see them', EXIT_TOOL_FAILED);
    const files = jsonSchemaFiles(schemaBaseUrl(settings.config));
    const folder = join(environment.root, SCHEMA_FOLDER);
    const stale = files.filter((file) => !existsSync(join(folder, file.name)) || readFileSync(join(folder, file.name), 'utf8') !== file.text);
    const listed = (list: typeof files) => list.map((file) => `${SCHEMA_FOLDER}/${file.name}\n`).join('');

    if (values.check) {
      if (stale.length === 0) return { stdout: `${SCHEMA_FOLDER}/ matches the schemas.\n` };
      return { exitCode: EXIT_REFUSED, stdout: listed(stale), stderr: `${stale.length} file${stale.length === 1 ? ' is' : 's are'} out of date; run \`npm run schema\` and commit the result\n` };
    }
    if (values['dry-run']) return { stdout: `${listed(stale.length > 0 ? stale : [])}${stale.length === 0 ? `${SCHEMA_FOLDER}/ is up to date.\n` : ''}${dryRunNote(true)}` };
    if (stale.length === 0) return { stdout: `${SCHEMA_FOLDER}/ is up to date (${files.length} schemas).\n` };
    mkdirSync(folder, { recursive: true });
    for (const file of stale) writeFileSync(join(folder, file.name), file.text);
    return { stdout: `${listed(stale)}Wrote ${stale.length} of ${files.length} schemas; commit them.\n` };
  });
}
