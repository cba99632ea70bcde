/** `npm run schema`: writes JSON Schemas of the content types. The only file of the command that touches the process. */
import { schemaCommand } from './commands/schema/schema-command.ts';

const output = await schemaCommand(process.argv.slice(2), { root: process.cwd() });
process.stdout.write(output.stdout);
process.stderr.write(output.stderr);
process.exitCode = output.exitCode;
