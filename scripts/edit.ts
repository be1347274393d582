import { runEditor } from '../src/lib/admin/edit.ts';

// `npm run edit`: the site in dev mode and the forms editor's local backend, on loopback, in this clone.
process.exitCode = await runEditor(process.cwd(), (text) => process.stdout.write(`${text}\n`));
