import type { Loader } from 'astro/loaders';
import { documentId, historyId } from '../lib/load/export.ts';
import { classifyPath } from '../lib/load/classify.ts';
import { controlledDocuments } from '../lib/validate/context.ts';
import { systemGit } from '../lib/history/git.ts';
import { historyNotice } from '../lib/history/notice.ts';
import { readHistory } from '../lib/history/read-history.ts';
import { documentVersions } from '../lib/history/versions.ts';
import { rendersDocument } from '../lib/shards/rendered.ts';
import { contentRoot, corpusFor } from './loader.ts';

/**
 * Every issue of every controlled document, from one pass over the git log. Each entry's id is
 * `<kind>:<id in its own collection>`; past issues carry their body rendered by the same pipeline.
 */
export function historyLoader(): Loader {
	return {
		name: 'qms-history',
		load: async ({ store, config, logger, renderMarkdown, generateDigest, watcher }) => {
			const root = contentRoot(config.root);
			const [corpus, history] = await Promise.all([corpusFor(root, watcher !== undefined), readHistory(root, systemGit)]);
			const notice = historyNotice(history);
			if (notice !== undefined) logger.warn(notice);
			store.clear();
			for (const folder of corpus.agencies) {
				for (const doc of controlledDocuments(folder)) {
					const { kind } = classifyPath(doc.file);
					const versions = documentVersions(kind, doc, history.documents.get(doc.file));
					const shown = rendersDocument(doc.file, process.env['QMS_AGENCY'], process.env['QMS_SHARDED'] === '1');
					const rendered = await Promise.all(versions.map(async (version) => ({ ...version, html: version.current || !shown ? '' : (await renderMarkdown(version.body)).html })));
					const data = { kind, file: doc.file, available: history.available, versions: rendered };
					// Ids are unique within a collection only: a procedure and an internal process may share a file name.
					store.set({ id: historyId(kind, documentId(doc.file, [])), data, digest: generateDigest(JSON.stringify(data)) });
				}
			}
		},
	};
}
