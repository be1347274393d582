import type { Loader } from 'astro/loaders';
import { documentId, historyId } from '../lib/load/export.ts';
import { classifyPath } from '../lib/load/classify.ts';
import { controlledDocuments } from '../lib/validate/context.ts';
import { systemGit } from '../lib/history/git.ts';
import { historyNotice } from '../lib/history/notice.ts';
import { readHistory } from '../lib/history/read-history.ts';
import { documentVersions } from '../lib/history/versions.ts';
import { pastKey, pastTexts, type StoredVersion } from '../lib/versions-view/types.ts';
import { contentRoot, corpusFor, handoffFor, keepsFolder, rendersFile, replaceEntries } from './loader.ts';

/**
 * Every issue of every controlled document, from one pass over the git log. Each entry's id is
 * `<kind>:<id in its own collection>`; past issues carry their body rendered by the same pipeline.
 */
export function historyLoader(): Loader {
	return {
		name: 'qms-history',
		load: async (context) => {
			const { store, config, logger, watcher } = context;
			const root = contentRoot(config.root);
			const handoff = watcher === undefined ? handoffFor(root) : undefined;
			const render = handoff?.render ?? ((body: string) => context.renderMarkdown(body));
			const [corpus, history] = await Promise.all([corpusFor(root, watcher !== undefined), handoff?.history ?? readHistory(root, systemGit)]);
			const notice = historyNotice(history);
			if (notice !== undefined) logger.warn(notice);
			const past = pastTexts();
			past.clear();
			const entries = corpus.agencies.filter((folder) => keepsFolder(folder.id)).flatMap((folder) =>
				controlledDocuments(folder).map(async (doc) => {
					const { kind } = classifyPath(doc.file);
					const versions = documentVersions(kind, doc, history.documents.get(doc.file));
					const shown = rendersFile(doc.file);
					const rendered = await Promise.all(
						versions.map(async ({ data, body, ...version }): Promise<StoredVersion> => {
							if (version.current) return version;
							past.set(pastKey(doc.file, version.issue), { body, html: shown ? (await render(body)).html : '' });
							return { ...version, data };
						}),
					);
					const data = { kind, file: doc.file, available: history.available, versions: rendered };
					// Ids are unique within a collection only: a procedure and an internal process may share a file name.
					return { id: historyId(kind, documentId(doc.file, [])), data };
				}),
			);
			replaceEntries(store);
			for (const { id, data } of await Promise.all(entries)) store.set({ id, data, digest: context.generateDigest(JSON.stringify(data)) });
		},
	};
}
