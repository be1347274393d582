import type { Finding } from '../findings/finding.ts';
import type { HistoryResult } from '../history/read-history.ts';
import type { Corpus } from '../load/corpus.ts';
import { needsHistory, selectPublication, type Publication } from './select.ts';

export { formatHeldBackText, heldBackOutcome } from './format.ts';
export { needsHistory, selectPublication, type HeldBack, type HeldBackKind, type Publication } from './select.ts';

/** A publication and the git history read to choose it, if any was needed. */
export interface Published extends Publication {
	history: Promise<HistoryResult> | undefined;
}

/**
 * What `qms build` and the site's content layer publish of `corpus`, whose `findings` at `asOf` are
 * given: the one path by which both choose. Git history is read (by `readHistory`) only when a
 * document has errors; a build that reads it anyway can reuse the promise.
 */
export async function publishCorpus(
	corpus: Corpus,
	findings: readonly Finding[],
	asOf: string,
	readHistory: () => Promise<HistoryResult>,
): Promise<Published> {
	const history = needsHistory(findings) ? readHistory() : undefined;
	return { ...selectPublication(corpus, findings, asOf, await history), history };
}
