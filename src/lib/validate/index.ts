import type { Finding } from '../findings/finding.ts';
import { sortFindings } from '../findings/finding.ts';
import type { Corpus } from '../load/corpus.ts';
import { createRuleContext } from './context.ts';
import { checkBodySections } from './rules/body-sections.ts';
import { checkCodes } from './rules/codes.ts';
import { checkGrades } from './rules/grades.ts';
import { checkDeclaration } from './rules/declaration.ts';
import { checkLegalStatus } from './rules/legal-status.ts';
import { checkPresence } from './rules/presence.ts';
import { checkLegalBasesStated, checkRecordsStated } from './rules/records.ts';
import { checkReferences } from './rules/references.ts';
import { checkReviewerStated } from './rules/reviewer.ts';
import { checkReviews } from './rules/reviews.ts';
import { checkRevisions } from './rules/revisions.ts';
import { checkStatistics } from './rules/statistics.ts';
import { checkStepTimes } from './rules/step-times.ts';

export interface ValidateOptions {
	/** The date time-dependent rules are judged at, `YYYY-MM-DD`. */
	asOf: string;
}

const RULE_SETS = [
	checkPresence,
	checkReferences,
	checkCodes,
	checkStepTimes,
	checkLegalStatus,
	checkReviews,
	checkDeclaration,
	checkRevisions,
	checkBodySections,
	checkRecordsStated,
	checkLegalBasesStated,
	checkReviewerStated,
	checkStatistics,
	checkGrades,
];

/** Every finding of the corpus: those met while loading, then the rules across documents; sorted by file and line. */
export function validateCorpus(corpus: Corpus, options: ValidateOptions): Finding[] {
	const ctx = createRuleContext(corpus, options.asOf);
	return sortFindings([...corpus.findings, ...RULE_SETS.flatMap((check) => check(ctx))]);
}
