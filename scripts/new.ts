/** `npm run new`: writes a new page from its type's template. The only file of the command that touches the process. */
import { newCommand } from './commands/new/new-command.ts';

const output = await newCommand(process.argv.slice(2), { root: process.cwd() });
process.stdout.write(output.stdout);
process.stderr.write(output.stderr);
process.exitCode = output.exitCode;
