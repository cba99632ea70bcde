/** Reads and writes `baton.baseline.json`, the findings a handbook is known to have (see `judging/baseline.ts`). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { isBaselinable, sortEntries, type BaselineEntry } from '../judging/baseline.ts';

/** Why a baseline file cannot be used. */
export class BaselineFileError extends Error {}

const entrySchema = z.strictObject({ rule: z.string(), file: z.string(), fingerprint: z.string().regex(/^[0-9a-f]{16}$/), message: z.string() });
const fileSchema = z.strictObject({ about: z.string().optional(), findings: z.array(entrySchema) });

const ABOUT = 'Findings this handbook already had when it was imported. `npm run check` and the build report them as known and fail only on new ones; fix one, then run `npm run check -- --update-baseline`, which only ever removes entries.';

/** The entries of the baseline at `path`, or undefined when there is none. */
export function readBaseline(path: string): BaselineEntry[] | undefined {
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BaselineFileError(`The baseline \`${path}\` is not JSON (${(error as Error).message}); restore it from version control`);
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) throw new BaselineFileError(`The baseline \`${path}\` is not a list of findings (${parsed.error.issues[0]?.path.join('.') || 'the file'}: ${parsed.error.issues[0]?.message}); restore it from version control`);
  const refused = parsed.data.findings.find((entry) => !isBaselinable(entry.rule));
  if (refused) throw new BaselineFileError(`The baseline \`${path}\` lists a \`${refused.rule}\` finding, which is never known: only link, reference, owner and confidentiality findings are; remove the entry and fix the page`);
  return parsed.data.findings;
}

/** The text of a baseline holding `entries`: stable, so writing the same entries twice gives the same bytes. */
export function baselineText(entries: readonly BaselineEntry[]): string {
  return `${JSON.stringify({ about: ABOUT, findings: sortEntries(entries) }, null, 2)}\n`;
}

/** Writes the baseline. */
export function writeBaseline(path: string, entries: readonly BaselineEntry[]): void {
  writeFileSync(path, baselineText(entries));
}
