import type { z } from 'astro/zod';
import type { Finding } from '../findings/finding.ts';
import { finding } from '../findings/rules.ts';
import { findFlowSplit, type FlowSplit } from './flow-split.ts';
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
		issues: result.error.issues.flatMap(unwrapUnion).map((issue) => {
			const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
			const split = unknown === undefined ? undefined : findFlowSplit(source, [...basePath, ...issue.path], unknown);
			const fieldPath = unknown === undefined ? issue.path : [...issue.path, unknown];
			const position = split?.position ?? locate(source, [...basePath, ...fieldPath]);
			const label = formatIssuePath(issue.path);
			const message = split === undefined ? issue.message : splitMessage(unknown ?? '', split);
			const text = label === '' ? capitalize(message) : `Trường "${label}": ${message}`;
			return finding('schema', file, position, `${text}.`);
		}),
	};
}

/** Why a comma made an unknown field, and the value written whole. */
function splitMessage(key: string, split: FlowSplit): string {
	return `"${key}" không phải tên trường mà là phần sau dấu phẩy của giá trị "${split.field}": trong dấu { } dấu phẩy ngăn cách các trường. Đặt giá trị có dấu phẩy trong dấu ngoặc kép: ${split.quoted}, hoặc viết mỗi trường một dòng`;
}

type Issue = z.core.$ZodIssue;

/**
 * The issues of the one alternative of a union the value has the shape of, when only one does
 * (`fees` is `khong` or a list: a list with a wrong amount gets the amount's own message, not
 * "no alternative fits"). Kept whole when no alternative or several match, or when the matching
 * one fails on the value itself (its message is the union's own).
 */
function unwrapUnion(issue: Issue): Issue[] {
	if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
	const shaped = issue.errors.filter(
		(branch) =>
			!branch.some(
				(inner) =>
					inner.path.length === 0 && (inner.code === 'invalid_type' || inner.code === 'invalid_value' || inner.code === 'invalid_union'),
			),
	);
	const [only] = shaped;
	if (shaped.length !== 1 || only === undefined || only.some((inner) => inner.path.length === 0)) return [issue];
	return only.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })).flatMap(unwrapUnion);
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
