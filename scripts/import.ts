/** `npm run import`: brings a foreign handbook in. The only file of the command that touches the process. */
import { importCommand } from './commands/import/import-command.ts';

const output = await importCommand(process.argv.slice(2), { root: process.cwd() });
process.stdout.write(output.stdout);
process.stderr.write(output.stderr);
process.exitCode = output.exitCode;
