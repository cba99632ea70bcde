/** `npm run review`: records that pages were reviewed. The only file of the command that touches the process. */
import { reviewCommand } from './commands/review/review-command.ts';

const output = await reviewCommand(process.argv.slice(2), { root: process.cwd() });
process.stdout.write(output.stdout);
process.stderr.write(output.stderr);
process.exitCode = output.exitCode;
