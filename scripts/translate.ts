/** `npm run translate`: starts a translation of a page, or records that it is up to date. The only file of the command that touches the process. */
import { translateCommand } from './commands/translate/translate-command.ts';

const output = await translateCommand(process.argv.slice(2), { root: process.cwd() });
process.stdout.write(output.stdout);
process.stderr.write(output.stderr);
process.exitCode = output.exitCode;
