import type { Finding } from '../../findings/finding.ts';
import { controlledDocuments, type RuleContext } from '../context.ts';
import { findingAt } from '../finding-at.ts';

/**
 * A controlled document that does not name its reviewer (người xem xét) is published, with a warning:
 * TCVN ISO 9001:2015 (7.5.2) asks that documents be reviewed and approved, but a document migrated
 * from Word, or a procedure approved by a decision that names only its signer, may not record who
 * reviewed it, and a made-up name would be worse than saying so.
 */
export function checkReviewerStated(ctx: RuleContext): Finding[] {
	return ctx.corpus.agencies.flatMap((folder) =>
		controlledDocuments(folder).flatMap((doc) =>
			doc.data.reviewed === undefined
				? [
						findingAt(
							'reviewed-missing',
							doc,
							['reviewed'],
							'Tài liệu chưa ghi người xem xét ("reviewed"); trang ghi "Chưa có thông tin". TCVN ISO 9001:2015 (điều 7.5.2) yêu cầu tài liệu được xem xét và phê duyệt trước khi ban hành: khi hồ sơ gốc có, ghi họ tên và chức vụ người xem xét.',
						),
					]
				: [],
		),
	);
}
