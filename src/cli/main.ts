import module from 'node:module';

// Node keeps the compiled code of the modules it loads (Astro, Vite, remark…) in its cache folder
// and starts about a second faster the next time, as the astro command itself does.
module.enableCompileCache?.();

const { runCli } = await import('./run.ts');
const { loadCorpus } = await import('../lib/load/index.ts');
const { buildSite } = await import('./site.ts');

process.exitCode = await runCli(process.argv.slice(2), {
	cwd: process.cwd(),
	stdout: (text) => process.stdout.write(`${text}\n`),
	stderr: (text) => process.stderr.write(`${text}\n`),
	now: () => new Date(),
	loadCorpus,
	buildSite,
});
module.flushCompileCache?.();
