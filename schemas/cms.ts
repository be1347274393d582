import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** The git hosts the hosted editor can write to (see docs/editor.md). */
export const CMS_BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo', 'git-gateway'] as const;

/**
 * `cms.yaml` at the repository root: where the hosted editor (/admin/) stores documents. Its
 * `backend` is Decap CMS's backend block, passed through as written besides the checked keys.
 */
export const CmsSettingsSchema = z
	.object({
		/** Kho lưu — backend: the git host and repository. */
		backend: z
			.looseObject({
				/** Loại máy chủ git — name. */
				name: z
					.enum(CMS_BACKENDS, { error: `backend.name phải là một trong: ${CMS_BACKENDS.join(', ')}` })
					.describe('Loại máy chủ git (name)'),
				/** Kho — repo: owner/name. */
				repo: TextSchema.optional().describe('Kho, dạng tổ-chức/tên-kho (repo)'),
				/** Nhánh — branch the site is built from. */
				branch: TextSchema.optional().describe('Nhánh chính (branch)'),
			})
			.describe('Kho lưu tài liệu (backend)'),
		/** Quy trình soạn thảo — publish_mode: drafts and reviews as pull requests. */
		publish_mode: z.literal('editorial_workflow').optional().describe('Soạn thảo → xem xét → phê duyệt qua pull request (publish_mode)'),
	})
	.strict();

export type CmsSettings = z.output<typeof CmsSettingsSchema>;
