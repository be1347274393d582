import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { countBySeverity } from '../../lib/findings/finding.ts';
import { formatFindingsText } from '../../lib/findings/format.ts';
import { systemGit } from '../../lib/history/git.ts';
import { readHistory } from '../../lib/history/read-history.ts';
import { formatHeldBackText, publishCorpus } from '../../lib/publish/index.ts';
import { formatTimings, startPhaseClock, type BuildTimings, type PhaseClock } from '../../lib/timings.ts';
import { validateCorpus } from '../../lib/validate/index.ts';
import { UsageError, type CliDeps } from '../io.ts';
import { resolveAsOf, resolveContentDir } from '../options.ts';
import { checkBuildPaths } from '../out-dir.ts';
import { listShards } from '../shards.ts';

export const BUILD_HELP = `qms build [--content thư-mục] [--out thư-mục] [--agency mã-cơ-quan] [--base /đường-dẫn/] [--as-of YYYY-MM-DD] [--strict] [--shards thư-mục] [--timings] [--timings-json tệp] [--no-cache] [--cache-dir thư-mục]
  Kiểm tra tài liệu rồi dựng trang tĩnh và chỉ mục tìm kiếm vào thư mục --out (mặc định: dist).
  Tài liệu có lỗi được giữ lại: trang vẫn đăng lần ban hành gần nhất không có lỗi (theo lịch sử git),
  hoặc chưa đăng nếu không có lần nào như vậy; mọi tài liệu khác vẫn được cập nhật. Điểm chưa tuân thủ
  (thiếu mục tiêu năm, quá hạn đánh giá…) không chặn việc dựng trang. Lỗi trong province.yaml thì dừng.
  --strict: có bất kỳ lỗi nào thì dừng trước khi ghi bất cứ gì. --agency dựng trang riêng của một cơ quan;
  --base khi trang đặt dưới một đường dẫn con, ví dụ --base /so-tu-phap/.
  --shards dựng cổng chung từ các bản dựng riêng của từng cơ quan (mỗi thư mục con là kết quả của
  qms build --agency X): chỉ dựng các trang chung, chép trang và gộp chỉ mục tìm kiếm của từng cơ quan.
  Nội dung Markdown đã hiển thị được giữ trong .astro/cache/markdown (hoặc --cache-dir) để lần dựng
  sau chỉ hiển thị lại phần đã đổi; mục không dùng đến trong 30 ngày bị xóa; --no-cache bỏ qua.
  --timings in thời gian và bộ nhớ đỉnh của từng giai đoạn; --timings-json ghi các số đó vào một tệp JSON.
  --out bị xóa và thay thế, nên chỉ nhận thư mục chưa có, thư mục trống hoặc kết quả của lần dựng trước
  (có tệp .qms-build); không bao giờ là thư mục dự án, thư mục nội dung, thư mục chứa chúng hay một kho git.`;

/**
 * `qms build`: validate, then build the site and its search index from what is publishable
 * (`selectPublication`); with `--strict`, nothing is written when any document error exists.
 */
export async function runBuild(args: string[], deps: CliDeps): Promise<number> {
	const { values } = parseArgs({
		args,
		options: {
			content: { type: 'string' },
			out: { type: 'string' },
			agency: { type: 'string' },
			base: { type: 'string' },
			'as-of': { type: 'string' },
			strict: { type: 'boolean' },
			shards: { type: 'string' },
			timings: { type: 'boolean' },
			'timings-json': { type: 'string' },
			'no-cache': { type: 'boolean' },
			'cache-dir': { type: 'string' },
		},
	});
	const timingsFile = values['timings-json'] === undefined ? undefined : resolve(deps.cwd, values['timings-json']);
	// Checked before the build, which may take minutes, rather than after it.
	await checkBuildPaths({
		cwd: deps.cwd,
		content: await resolveContentDir(deps.cwd, values.content ?? 'content'),
		out: resolve(deps.cwd, values.out ?? 'dist'),
		...(values.shards === undefined ? {} : { shards: resolve(deps.cwd, values.shards) }),
		...(timingsFile === undefined ? {} : { timingsJson: timingsFile }),
	});
	const clock = values.timings === true || timingsFile !== undefined ? startPhaseClock() : undefined;
	let code: number;
	let timings: BuildTimings | undefined;
	try {
		code = await build(values, deps, clock);
	} finally {
		timings = clock?.stop();
	}
	if (timings !== undefined && code === 0) {
		if (values.timings === true) deps.stdout(formatTimings(timings));
		if (timingsFile !== undefined) await writeFile(timingsFile, `${JSON.stringify(timings, null, '\t')}\n`);
	}
	return code;
}

type BuildValues = {
	content?: string;
	out?: string;
	agency?: string;
	base?: string;
	'as-of'?: string;
	strict?: boolean;
	shards?: string;
	'no-cache'?: boolean;
	'cache-dir'?: string;
};

async function build(values: BuildValues, deps: CliDeps, clock: PhaseClock | undefined): Promise<number> {
	const content = await resolveContentDir(deps.cwd, values.content ?? 'content');
	clock?.enter('read');
	const corpus = await deps.loadCorpus(content);
	// The site shows every issue git recorded, and a document with errors falls back on one: read meanwhile.
	const history = readHistory(content, deps.git ?? systemGit);
	history.catch(() => undefined);
	const asOf = resolveAsOf(values['as-of'], corpus, deps.now());
	clock?.enter('validate');
	const findings = validateCorpus(corpus, { asOf });
	const { error, warning } = countBySeverity(findings);
	const prefix = `${values.content ?? 'content'}/`;
	if (findings.length > 0) deps.stderr(formatFindingsText(findings, prefix));
	if (values.strict === true && error > 0) {
		deps.stderr(`Dừng (--strict): có ${error} lỗi trong tài liệu, chưa ghi gì vào thư mục đầu ra. Sửa các lỗi trên rồi chạy lại.`);
		return 1;
	}
	if (values.agency !== undefined && !corpus.agencies.some((folder) => folder.id === values.agency)) {
		throw new UsageError(`Không có cơ quan "${values.agency}". Các mã cơ quan: ${corpus.agencies.map((folder) => folder.id).join(', ')}.`);
	}
	const publication = await publishCorpus(corpus, findings, asOf, () => history);
	if (publication.siteErrors.length > 0) {
		deps.stderr(
			`Dừng: province.yaml có lỗi (tên tỉnh, mẫu mã hiệu, cờ dữ liệu mẫu có trên mọi trang), chưa ghi gì vào thư mục đầu ra. Sửa các lỗi trên rồi chạy lại.`,
		);
		return 1;
	}
	if (values.agency !== undefined && !publication.corpus.agencies.some((folder) => folder.id === values.agency)) {
		deps.stderr(
			`Dừng: agency.yaml của cơ quan "${values.agency}" có lỗi nên không dựng được trang riêng của cơ quan, chưa ghi gì vào thư mục đầu ra. Sửa các lỗi trên rồi chạy lại.`,
		);
		return 1;
	}
	if (values.shards !== undefined && values.agency !== undefined)
		throw new UsageError('Không dùng --shards cùng --agency: --agency dựng một cơ quan, --shards dựng cổng chung từ các bản dựng riêng.');
	const shards =
		values.shards === undefined
			? undefined
			: { dirs: await listShards(resolve(deps.cwd, values.shards)), agencies: new Set(corpus.agencies.map((folder) => folder.id)) };
	const base = normalizeBase(values.base ?? '/');
	if (deps.buildSite === undefined) throw new UsageError('Lệnh build cần trình dựng trang.');
	const outDir = resolve(deps.cwd, values.out ?? 'dist');
	await deps.buildSite({
		root: deps.cwd,
		content,
		outDir,
		base,
		asOf,
		log: deps.stdout,
		corpus: publication.corpus,
		loaded: corpus,
		heldBack: publication.heldBack,
		compliance: publication.compliance,
		history,
		cache: values['no-cache'] !== true,
		...(values['cache-dir'] === undefined ? {} : { cacheDir: resolve(deps.cwd, values['cache-dir']) }),
		...(clock === undefined ? {} : { clock }),
		...(values.agency === undefined ? {} : { agency: values.agency }),
		...(shards === undefined ? {} : { shards }),
	});
	if (publication.heldBack.length > 0) deps.stdout(formatHeldBackText(publication.heldBack, prefix));
	deps.stdout(`Đã dựng trang vào ${outDir}${builtNote(publication.heldBack.length, countBySeverity(findings).compliance, warning)}.`);
	return 0;
}

/** ` (giữ lại 1 tệp có lỗi, 2 điểm chưa tuân thủ, 1 cảnh báo ở trên)`, or nothing when all are zero. */
function builtNote(heldBack: number, compliance: number, warning: number): string {
	const parts = [
		...(heldBack > 0 ? [`giữ lại ${heldBack} tệp có lỗi`] : []),
		...(compliance > 0 ? [`${compliance} điểm chưa tuân thủ`] : []),
		...(warning > 0 ? [`${warning} cảnh báo`] : []),
	];
	return parts.length === 0 ? '' : ` (${parts.join(', ')} ở trên)`;
}

function normalizeBase(base: string): string {
	if (!/^\/[\w\-./]*$/.test(base))
		throw new UsageError(`--base "${base}" không hợp lệ: cần một đường dẫn bắt đầu bằng "/", ví dụ /so-tu-phap/.`);
	return base.endsWith('/') ? base : `${base}/`;
}
