import type { Finding } from '../findings/finding.ts';
import { finding } from '../findings/rules.ts';
import { CONTENT_KINDS, kindRow } from '../kinds/index.ts';
import { agencyPath, documentSlug, internalPath, objectivesPath, procedurePath } from '../site/routes.ts';
import { classifyPath } from './classify.ts';

/**
 * Every file of the content folder becomes exactly one page or gets a finding saying why not.
 * This module judges file names and places: the files the loader cannot classify, the names that
 * are not page addresses, and the files whose pages would share one address.
 */

const START = { line: 1, column: 1 } as const;
/** The folders whose every file is meant to be read: a page, or the statistics of a year. */
const FOLDERS = CONTENT_KINDS.flatMap((kind) => kindRow(kind).file.folder ?? []);
const DOCUMENT_FOLDER = new RegExp(`^agencies/([^/]+)/(${FOLDERS.join('|')})/(.+)$`);

/**
 * The finding for a file the folder structure does not place: an error when the file sits where
 * documents go (so a page would be silently missing), a warning elsewhere.
 */
export function unplacedFileFinding(path: string): Finding {
	const name = path.slice(path.lastIndexOf('/') + 1);
	const lowerExtension = path.replace(/\.[^./]+$/, (extension) => extension.toLowerCase());
	if (lowerExtension !== path && classifyPath(lowerExtension).kind !== 'unknown') {
		const renamed = lowerExtension.slice(lowerExtension.lastIndexOf('/') + 1);
		return finding(
			'document-misplaced',
			path,
			START,
			`Phần mở rộng của tệp "${name}" phải viết thường thì tệp mới được đọc. Đổi tên tệp thành "${renamed}".`,
		);
	}
	const folder = DOCUMENT_FOLDER.exec(path);
	if (folder !== null) {
		const [, agency = '', kind = '', rest = ''] = folder;
		const base = `agencies/${agency}/${kind}/`;
		if (rest.includes('/')) {
			return finding(
				'document-misplaced',
				path,
				START,
				`Tệp nằm trong thư mục con của ${base} nên không được đọc. Chuyển tệp vào thẳng ${base} (các tài liệu không chia thư mục con).`,
			);
		}
		if (kind === 'statistics') {
			return finding(
				'document-misplaced',
				path,
				START,
				`Tên tệp số liệu phải là năm của số liệu, ví dụ ${base}2026.yaml, nên tệp "${name}" không được đọc. Đổi tên tệp theo năm của nó.`,
			);
		}
		if (kind === 'objectives') {
			return finding(
				'document-misplaced',
				path,
				START,
				`Tên tệp mục tiêu chất lượng phải là năm áp dụng, ví dụ ${base}2026.md, nên tệp "${name}" không thành trang nào. Đổi tên tệp theo năm của nó.`,
			);
		}
		return finding(
			'document-misplaced',
			path,
			START,
			`Trong ${base} chỉ tệp Markdown (.md) thành trang, nên tệp "${name}" không được đọc. Lưu tài liệu dưới dạng .md; tệp đính kèm đặt trong agencies/${agency}/forms/.`,
		);
	}
	return finding(
		'unknown-file',
		path,
		START,
		'Tệp này không nằm ở vị trí nào của cấu trúc thư mục nên không được đọc. Xem mục "Cấu trúc thư mục" trong README để đặt tệp đúng chỗ.',
	);
}

/** What the address check reads of an agency folder: its objectives documents, by year. */
export interface ObjectivesOfFolder {
	id: string;
	objectives: ReadonlyArray<{ file: string; data: { year: number } }>;
}

/** A file and the page address its kind and name give it. */
interface Addressed {
	file: string;
	address: string;
	/** The file name as it should be written for that address, when it is not written so. */
	wanted?: string;
	/** True when the address is made from the file name (procedures, internal processes), not from the data. */
	named: boolean;
}

/** The page address of each procedure, internal-process, agency and province file, and of each objectives document by its year. */
function addressesOf(paths: readonly string[], folders: readonly ObjectivesOfFolder[]): Addressed[] {
	const addressed: Addressed[] = [];
	for (const file of paths) {
		const { kind, agency } = classifyPath(file);
		// agency.yaml beside agency.yml (and province.yaml beside province.yml) would be one page read twice.
		if (kind === 'province' || kind === 'agency')
			addressed.push({ file, address: agency === undefined ? '/' : agencyPath('/', agency), named: false });
		if (agency === undefined || (kind !== 'procedure' && kind !== 'internal-process')) continue;
		const name = file.slice(file.lastIndexOf('/') + 1, -'.md'.length);
		const slug = documentSlug(name);
		const address = (kind === 'procedure' ? procedurePath : internalPath)('/', agency, name);
		addressed.push(slug === name ? { file, address, named: true } : { file, address, named: true, wanted: `${slug}.md` });
	}
	for (const folder of folders) {
		for (const doc of folder.objectives)
			addressed.push({
				file: doc.file,
				address: objectivesPath('/', folder.id, doc.data.year),
				named: false,
				...(doc.file.endsWith(`/${doc.data.year}.md`) ? {} : { wanted: `${doc.data.year}.md` }),
			});
	}
	return addressed;
}

/**
 * Findings for names that are not addresses (`Đăng ký khai tử.md`: the name to use is given) and
 * for files whose pages would share an address: of such a group, the file whose name is the
 * address keeps it and every other one is reported, naming the file it collides with.
 */
export function addressFindings(paths: readonly string[], folders: readonly ObjectivesOfFolder[]): Finding[] {
	const byAddress = new Map<string, Addressed[]>();
	for (const item of addressesOf(paths, folders)) byAddress.set(item.address, [...(byAddress.get(item.address) ?? []), item]);
	const findings: Finding[] = [];
	for (const [address, group] of byAddress) {
		const keeper = group.find((item) => item.wanted === undefined) ?? group[0];
		for (const item of group) {
			if (item === keeper && item.wanted === undefined) continue;
			if (group.length > 1) {
				const other = item === keeper ? group[1] : keeper;
				findings.push(
					finding(
						'address-duplicate',
						item.file,
						START,
						`Tệp này và tệp "${other?.file ?? ''}" cùng ra một địa chỉ trang ${address}, nên một trong hai trang bị mất. Đổi tên hoặc sửa để mỗi tệp có địa chỉ riêng, hoặc xóa tệp thừa.`,
					),
				);
			} else if (!item.named) {
				continue;
			} else if (item.wanted === '.md') {
				findings.push(
					finding(
						'file-name',
						item.file,
						START,
						'Tên tệp không có chữ cái hay chữ số nào để làm địa chỉ trang. Đặt tên tệp bằng chữ thường không dấu, số và dấu gạch ngang, ví dụ "dang-ky-khai-sinh.md".',
					),
				);
			} else if (item.wanted !== undefined) {
				findings.push(
					finding(
						'file-name',
						item.file,
						START,
						`Tên tệp là địa chỉ của trang nên chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang. Đổi tên tệp thành "${item.wanted}".`,
					),
				);
			}
		}
	}
	return findings;
}
