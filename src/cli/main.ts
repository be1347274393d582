import { runCli } from './run.ts';
import { loadCorpus } from '../lib/load/index.ts';
import { buildSite } from './site.ts';

process.exitCode = await runCli(process.argv.slice(2), {
	cwd: process.cwd(),
	stdout: (text) => process.stdout.write(`${text}\n`),
	stderr: (text) => process.stderr.write(`${text}\n`),
	now: () => new Date(),
	loadCorpus,
	buildSite,
});
