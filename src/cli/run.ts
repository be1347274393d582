import { ADMIN_CONFIG_HELP, runAdminConfig } from './commands/admin-config.ts';
import { BUILD_HELP, runBuild } from './commands/build.ts';
import { DIFF_HELP, runDiff } from './commands/diff.ts';
import { EXPORT_HELP, runExport } from './commands/export.ts';
import { IMPORT_STATS_HELP, runImportStats } from './commands/import-stats.ts';
import { NEW_ISSUE_HELP, runNewIssue } from './commands/new-issue.ts';
import { REPORT_HELP, runReport } from './commands/report.ts';
import { runValidate, VALIDATE_HELP } from './commands/validate.ts';
import { UsageError, type CliDeps } from './io.ts';

const COMMANDS: Record<string, { run: (args: string[], deps: CliDeps) => Promise<number>; help: string }> = {
	validate: { run: runValidate, help: VALIDATE_HELP },
	build: { run: runBuild, help: BUILD_HELP },
	export: { run: runExport, help: EXPORT_HELP },
	diff: { run: runDiff, help: DIFF_HELP },
	report: { run: runReport, help: REPORT_HELP },
	'import-stats': { run: runImportStats, help: IMPORT_STATS_HELP },
	'new-issue': { run: runNewIssue, help: NEW_ISSUE_HELP },
	'admin-config': { run: runAdminConfig, help: ADMIN_CONFIG_HELP },
};

const HELP = `qms — công cụ kiểm tra và dựng trang hệ thống quản lý chất lượng TCVN ISO 9001:2015

Cách dùng: qms <lệnh> [tùy chọn]

${Object.values(COMMANDS)
	.map((command) => command.help)
	.join('\n\n')}`;

/** Runs one `qms` command; returns the exit code. Bad input is reported in Vietnamese, never as a stack trace. */
export async function runCli(argv: string[], deps: CliDeps): Promise<number> {
	const [name, ...args] = argv;
	if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
		deps.stdout(HELP);
		return name === undefined ? 2 : 0;
	}
	const command = COMMANDS[name];
	if (command === undefined) {
		deps.stderr(`Không có lệnh "${name}". Các lệnh: ${Object.keys(COMMANDS).join(', ')}. Xem "qms help".`);
		return 2;
	}
	if (args.includes('--help') || args.includes('-h')) {
		deps.stdout(command.help);
		return 0;
	}
	try {
		return await command.run(args, deps);
	} catch (error) {
		if (error instanceof UsageError) {
			deps.stderr(error.message);
			return 2;
		}
		if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true) {
			deps.stderr(`Tùy chọn không hợp lệ: ${error.message}. Xem "qms ${name} --help".`);
			return 2;
		}
		throw error;
	}
}
