#!/usr/bin/env node
// Astro 7 and the TypeScript sources need Node ≥ 22.12; the project pins it as a devDependency.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	process.stderr.write(
		`qms cần Node.js 22.12 trở lên (đang chạy ${process.versions.node}). Chạy qua npm để dùng Node đi kèm dự án: npx qms …, hoặc npm run qms -- …\n`,
	);
	process.exit(2);
}
await import('../src/cli/main.ts');
