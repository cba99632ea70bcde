/** `npm run report`: what needs attention, grouped by owner. The only file of the command that touches the process. */
import { reportCommand } from './commands/report/report-command.ts';

const output = await reportCommand(process.argv.slice(2), { root: process.cwd() });
process.stdout.write(output.stdout);
process.stderr.write(output.stderr);
process.exitCode = output.exitCode;
