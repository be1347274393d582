import { z } from 'astro/zod';
import { DocumentControlShape, effectiveFromIssue } from './document-control.ts';

/** Frontmatter of the quality policy (chính sách chất lượng); the policy's text is the body. */
export const PolicySchema = z
	.object({ ...DocumentControlShape })
	.strict()
	.transform(effectiveFromIssue);

export type Policy = z.output<typeof PolicySchema>;
