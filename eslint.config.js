// @ts-check
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', 'dist-*/', '**/.astro/', 'node_modules/', 'schemas/json/', 'bench/out/'] },
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	...astro.configs.recommended,
	{
		// The type-checked rules need a TypeScript program; .astro templates and plain JavaScript files have none.
		files: ['**/*.astro', '**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'no-console': 'error',
		},
	},
);
