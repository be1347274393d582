// Checks the front matter of the Markdown documents against schemas/json/ while typing, in VS Code
// with the remark extension (unifiedjs.vscode-remark): the YAML extension reads only .yaml files.
// The same files and globs as schemas/json-schema.ts (tests/schemas/json.test.ts keeps them equal).
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

export default {
	plugins: [
		remarkFrontmatter,
		[
			remarkLintFrontmatterSchema,
			{
				schemas: {
					'./schemas/json/policy.schema.json': ['content/agencies/*/policy.md'],
					'./schemas/json/objectives.schema.json': ['content/agencies/*/objectives/*.md'],
					'./schemas/json/procedure.schema.json': ['content/agencies/*/procedures/*.md'],
					'./schemas/json/internal-process.schema.json': ['content/agencies/*/internal/*.md'],
				},
			},
		],
	],
};
