import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { agencyFiles, catalogueFiles } from './agency.ts';
import { planCorpus, type CorpusPlan } from './plan.ts';
import { formFile, formPath, issueDate, procedureFile } from './procedure.ts';

export interface GenerateOptions {
	/** The repository folder; the corpus goes into `<repo>/content`. */
	repo: string;
	/** Number of procedures. */
	n: number;
	/** Issues of each procedure, committed one after another. */
	r: number;
	agencies: number;
}

export interface GeneratedCorpus {
	content: string;
	plan: CorpusPlan;
	/** Files in the newest commit. */
	files: number;
	commits: number;
}

/**
 * Writes a synthetic corpus with a real git history: the first commit holds every catalogue,
 * agency file and issue 1 of every procedure; commit k holds issue k of every procedure.
 */
export async function generateCorpus(options: GenerateOptions): Promise<GeneratedCorpus> {
	const plan = planCorpus(options.n, options.agencies);
	const content = join(options.repo, 'content');
	const legal = new Map(plan.legal.map((entry) => [entry.number, entry]));
	await mkdir(options.repo, { recursive: true });
	git(options.repo, ['init', '--quiet', '--initial-branch=main']);
	const first = new Map([...catalogueFiles(plan)]);
	for (const agency of plan.agencies) {
		for (const [path, text] of agencyFiles(
			agency,
			plan.procedures.filter((procedure) => procedure.agency.id === agency.id),
		))
			first.set(path, text);
	}
	for (const procedure of plan.procedures) first.set(`agencies/${procedure.agency.id}/${formPath(procedure)}`, formFile(procedure));
	const files = first.size + plan.procedures.length;
	for (let issue = 1; issue <= options.r; issue++) {
		const batch = issue === 1 ? first : new Map<string, string>();
		for (const procedure of plan.procedures)
			batch.set(`agencies/${procedure.agency.id}/procedures/${procedure.slug}.md`, procedureFile(procedure, issue, legal));
		await writeAll(content, batch);
		git(options.repo, ['add', '--all']);
		const date = `${issueDate(issue)}T09:00:00+07:00`;
		git(options.repo, ['commit', '--quiet', '--no-verify', '-m', issue === 1 ? 'Ban hành lần đầu' : `Ban hành lần ${issue}`], {
			GIT_AUTHOR_DATE: date,
			GIT_COMMITTER_DATE: date,
		});
	}
	return { content, plan, files, commits: options.r };
}

async function writeAll(root: string, files: ReadonlyMap<string, string>): Promise<void> {
	const folders = new Set([...files.keys()].map((path) => dirname(join(root, path))));
	for (const folder of folders) await mkdir(folder, { recursive: true });
	const entries = [...files];
	for (let start = 0; start < entries.length; start += 256) {
		await Promise.all(entries.slice(start, start + 256).map(([path, text]) => writeFile(join(root, path), text)));
	}
}

function git(cwd: string, args: string[], env: Record<string, string> = {}): void {
	execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
		cwd,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ...env },
	});
}
