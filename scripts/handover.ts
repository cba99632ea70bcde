/** `npm run handover`: moves a person's responsibilities to another. The only file of the command that touches the process. */
import { handoverCommand } from './commands/handover/handover-command.ts';

const output = await handoverCommand(process.argv.slice(2), { root: process.cwd() });
process.stdout.write(output.stdout);
process.stderr.write(output.stderr);
process.exitCode = output.exitCode;
