import type { z } from 'astro/zod';
import type { Finding } from '../findings/finding.ts';
import { finding } from '../findings/rules.ts';
import { formatIssuePath, vietnameseIssueMessage } from './zod-issues.ts';
import { locate, type YamlSource } from './yaml-source.ts';

/** Validates `value` against `schema`; each issue becomes a finding at the line of the field concerned. */
export function schemaFindings<S extends z.ZodType>(
	schema: S,
	value: unknown,
	file: string,
	source: YamlSource,
	basePath: readonly number[],
): { data: z.output<S> } | { issues: Finding[] } {
	const result = schema.safeParse(value ?? {}, { error: vietnameseIssueMessage });
	if (result.success) return { data: result.data };
	return {
		issues: result.error.issues.map((issue) => {
			const fieldPath = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
			const position = locate(source, [...basePath, ...fieldPath]);
			const label = formatIssuePath(issue.path);
			const text = label === '' ? capitalize(issue.message) : `Trường "${label}": ${issue.message}`;
			return finding('schema', file, position, `${text}.`);
		}),
	};
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
