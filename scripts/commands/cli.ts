/**
 * What every upkeep command shares: reading arguments, the three exit codes, and errors that print
 * as one sentence with its fix instead of a stack trace. Commands return their output; only the
 * entry files in `scripts/` write it and set the exit code.
 */
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../src/lib/calendar.ts';

/** The command did what was asked (or there was nothing to do). */
export const EXIT_OK = 0;
/** The content stops the command, or it refused to do something unsafe. Nothing was written. */
export const EXIT_REFUSED = 1;
/** The command could not run: bad usage, a missing folder, a broken settings file, a bug. */
export const EXIT_TOOL_FAILED = 2;

/** What a command printed and how it ended. */
export interface CommandOutput {
  exitCode: typeof EXIT_OK | typeof EXIT_REFUSED | typeof EXIT_TOOL_FAILED;
  stdout: string;
  stderr: string;
}

/** Where a command runs: the handbook root, which is the current folder of `npm run`. */
export interface CommandEnvironment {
  /** The handbook root: the folder with `content/` and `baton.config.yml`. */
  root: string;
}

/** A problem that ends the command with a message and a fix: exit 1 (refused) or 2 (bad usage). */
export class CommandError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: typeof EXIT_REFUSED | typeof EXIT_TOOL_FAILED;
  constructor(message: string, hint?: string, exitCode: typeof EXIT_REFUSED | typeof EXIT_TOOL_FAILED = EXIT_REFUSED) {
    super(message);
    this.hint = hint;
    this.exitCode = exitCode;
  }
}

/** A usage mistake: exit 2, with a pointer to `--help`. */
export function usageError(command: string, message: string): CommandError {
  return new CommandError(message, `run \`npm run ${command} -- --help\` for the options`, EXIT_TOOL_FAILED);
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** Parses `args` against `options` (`--help` is always known), turning Node's errors into usage errors. */
export function parseCommandArgs<Options extends OptionSpec>(command: string, args: readonly string[], options: Options) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    const message = (error as Error).message
      .replace(/\. To specify a positional.*$/s, '')
      .replace(/^Unknown option '([^']+)'$/, 'Unknown option `$1`')
      .replace(/^Option '([^']+)' argument missing$/, 'Option `$1` needs a value');
    throw usageError(command, message);
  }
}

/** Reads a `YYYY-MM-DD` option, refusing anything that is not a real calendar day. */
export function dateOption(command: string, name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isCalendarDate(value)) throw usageError(command, `\`--${name} ${value}\` is not a date; write a real day as \`YYYY-MM-DD\``);
  return value;
}

/** Runs a command body, turning its errors into output and an exit code. */
export async function runCommand(body: () => Promise<{ stdout?: string; stderr?: string; exitCode?: CommandOutput['exitCode'] }>): Promise<CommandOutput> {
  try {
    const { stdout = '', stderr = '', exitCode = EXIT_OK } = await body();
    return { exitCode, stdout, stderr };
  } catch (error) {
    if (error instanceof CommandError) return { exitCode: error.exitCode, stdout: '', stderr: `${error.message}${error.hint ? `; ${error.hint}` : ''}\n` };
    const system = error as NodeJS.ErrnoException;
    if (typeof system?.code === 'string' && typeof system.path === 'string') {
      const hint = system.code === 'EEXIST' ? 'something is already at that path; move it away or choose another name' : 'check that the folder exists and that you may write to it';
      return { exitCode: EXIT_TOOL_FAILED, stdout: '', stderr: `Could not ${system.syscall ?? 'use'} \`${system.path}\` (${system.code}); ${hint}\n` };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return { exitCode: EXIT_TOOL_FAILED, stdout: '', stderr: `The command failed: ${reason}; this is a bug in Baton, please report it with the command you ran\n` };
  }
}

/** `value` in backticks, for messages. */
export function code(value: string): string {
  return `\`${value}\``;
}
