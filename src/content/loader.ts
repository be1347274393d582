import type { Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countBySeverity } from '../lib/findings/finding.ts';
import { formatFindingsText } from '../lib/findings/format.ts';
import { exportCorpus, type CollectionName } from '../lib/load/export.ts';
import { loadCorpus, type Corpus } from '../lib/load/index.ts';
import { validateCorpus } from '../lib/validate/index.ts';
import { todayInVietnam } from '../lib/text/dates.ts';
import { rendersDocument } from '../lib/shards/rendered.ts';

const loaded = new Map<string, Promise<Corpus>>();

/** The content folder: `QMS_CONTENT` (set by `qms build --content`), else `content/` of the project. */
export function contentRoot(projectRoot: URL): string {
	return process.env['QMS_CONTENT'] ?? resolve(fileURLToPath(projectRoot), 'content');
}

/**
 * Reads the corpus once per build with the same loader as `qms validate`, stopping on errors so
 * `astro dev` shows the same findings as the CLI.
 */
async function readValidCorpus(root: string): Promise<Corpus> {
	const corpus = await loadCorpus(root);
	const findings = validateCorpus(corpus, { asOf: corpus.province?.data.asOf ?? todayInVietnam(new Date()) });
	if (countBySeverity(findings).error > 0) {
		throw new Error(`Tài liệu có lỗi, chưa dựng được trang:\n${formatFindingsText(findings, 'content/')}`);
	}
	return corpus;
}

/** Where `qms build` leaves the corpus it has just loaded and validated, so the build does not read it twice. */
export const VALIDATED_CORPUS = Symbol.for('qms.validated-corpus');

/** The validated corpus of `root`, read once per build; `fresh` re-reads it (dev server after an edit). */
export function corpusFor(root: string, fresh: boolean): Promise<Corpus> {
	const handed = (globalThis as Record<symbol, { root: string; corpus: Corpus } | undefined>)[VALIDATED_CORPUS];
	if (!fresh && handed?.root === root) return Promise.resolve(handed.corpus);
	let pending = loaded.get(root);
	if (pending === undefined || fresh) {
		pending = readValidCorpus(root);
		loaded.set(root, pending);
	}
	return pending;
}

/** An Astro content loader for one collection of the corpus. */
export function qmsLoader(collection: CollectionName): Loader {
	return {
		name: `qms-${collection}`,
		load: async ({ store, config, renderMarkdown, generateDigest, watcher }) => {
			const root = contentRoot(config.root);
			const documents = exportCorpus(await corpusFor(root, watcher !== undefined))[collection];
			store.clear();
			for (const doc of documents) {
				const data = doc.data as Record<string, unknown>;
				store.set({
					id: doc.id,
					data,
					body: doc.body,
					filePath: `content/${doc.file}`,
					digest: generateDigest({ data, body: doc.body }),
					...(doc.body.trim() === '' || !rendersDocument(doc.file, process.env['QMS_AGENCY'], process.env['QMS_SHARDED'] === '1') ? {} : { rendered: await renderMarkdown(doc.body) }),
				});
			}
			watcher?.add(root);
		},
	};
}
