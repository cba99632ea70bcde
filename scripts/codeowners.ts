/** `npm run codeowners`: writes `.github/CODEOWNERS` from page owners. The only file of the command that touches the process. */
import { codeownersCommand } from './commands/codeowners/codeowners-command.ts';

const output = await codeownersCommand(process.argv.slice(2), { root: process.cwd() });
process.stdout.write(output.stdout);
process.stderr.write(output.stderr);
process.exitCode = output.exitCode;
