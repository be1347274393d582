import type { Finding } from '../../findings/finding.ts';
import type { RuleId } from '../../findings/rules.ts';
import type { RuleContext } from '../context.ts';
import { findingAt } from '../finding-at.ts';

/**
 * A procedure that does not state its records (hồ sơ cần lưu) is published, with a warning:
 * TCVN ISO 9001:2015 (7.5.3) asks the agency to control them, but a document migrated from an
 * older system may not list them, and inventing a list would be worse than saying nothing.
 */
export function checkRecordsStated(ctx: RuleContext): Finding[] {
	return checkStated(
		ctx,
		'records',
		'records-missing',
		'Quy trình chưa ghi hồ sơ cần lưu ("records"); trang ghi "Chưa có thông tin". TCVN ISO 9001:2015 (điều 7.5.3) yêu cầu kiểm soát hồ sơ: khi có thông tin, ghi tên hồ sơ, bộ phận lưu và thời gian lưu.',
	);
}

/**
 * A procedure that does not state its legal bases (căn cứ pháp lý) is published, with a warning:
 * the citizen and the inspector need them, and `legal-outdated` cannot tell when one is replaced.
 */
export function checkLegalBasesStated(ctx: RuleContext): Finding[] {
	return checkStated(
		ctx,
		'legalBases',
		'legal-bases-missing',
		'Quy trình chưa ghi căn cứ pháp lý ("legalBases"); trang ghi "Chưa có thông tin" và không thể báo khi văn bản làm căn cứ bị thay thế. Khi có thông tin, ghi số ký hiệu các văn bản, ví dụ "118/2025/NĐ-CP", và thêm chúng vào danh mục văn bản pháp luật.',
	);
}

/** A finding on each procedure that leaves the optional `field` out, placed where its front matter starts. */
function checkStated(ctx: RuleContext, field: 'records' | 'legalBases', rule: RuleId, message: string): Finding[] {
	return ctx.corpus.agencies.flatMap((folder) =>
		folder.procedures.flatMap((doc) => (doc.data[field] === undefined ? [findingAt(rule, doc, [field], message)] : [])),
	);
}
