import { foldVietnamese, slugify } from '../../src/lib/text/slug.ts';
import { createRandom } from './random.ts';
import { FIELDS, PLACES } from './vocabulary.ts';

export interface PlannedAgency {
	id: string;
	name: string;
	/** Upper-case letters used in document codes, unique in the corpus. */
	short: string;
	place: string;
}

export interface PlannedProcedure {
	/** Position in the corpus, 0-based; seeds the text. */
	index: number;
	agency: PlannedAgency;
	/** Position within the agency, 1-based; gives the code and the file name. */
	number: number;
	slug: string;
	name: string;
	field: string;
	tthc: string;
	days: number;
	legalBases: string[];
}

export interface LegalEntry {
	number: string;
	title: string;
	issuer: string;
	issued: string;
	effective: string;
}

export interface CorpusPlan {
	agencies: PlannedAgency[];
	procedures: PlannedProcedure[];
	legal: LegalEntry[];
}

const DAYS = [3, 5, 7, 10, 12, 15, 20];

/** Who gets which procedure: `n` procedures dealt round-robin over `agencies` agencies. */
export function planCorpus(n: number, agencyCount: number, seed = 1): CorpusPlan {
	const random = createRandom(seed);
	const agencies = Array.from({ length: agencyCount }, (_, index) => planAgency(index));
	const legal = planLegal();
	const procedures: PlannedProcedure[] = [];
	const perAgency = new Map<string, number>();
	for (let index = 0; index < n; index++) {
		const agency = agencies[index % agencies.length] as PlannedAgency;
		const number = (perAgency.get(agency.id) ?? 0) + 1;
		perAgency.set(agency.id, number);
		const group = random.pick(FIELDS);
		const name = random.pick(group.names);
		procedures.push({
			index,
			agency,
			number,
			slug: `${slugify(name)}-${String(number).padStart(4, '0')}`,
			name,
			field: group.field,
			tthc: `1.${String(100_000 + index).padStart(6, '0')}`,
			days: random.pick(DAYS),
			legalBases: random.sample(legal, random.int(2, 4)).map((entry) => entry.number),
		});
	}
	return { agencies, procedures, legal };
}

function planAgency(index: number): PlannedAgency {
	const place = `${PLACES[index % PLACES.length] ?? 'An Hòa'}${index >= PLACES.length ? ` ${Math.floor(index / PLACES.length) + 1}` : ''}`;
	const letters = String.fromCharCode(65 + (Math.floor(index / 26) % 26), 65 + (index % 26));
	return { id: `phuong-${slugify(foldVietnamese(place))}`, name: `Ủy ban nhân dân phường ${place}`, short: `P${letters}`, place };
}

const ISSUERS = [
	{ symbol: 'QH15', issuer: 'Quốc hội', kind: 'Luật' },
	{ symbol: 'NĐ-CP', issuer: 'Chính phủ', kind: 'Nghị định' },
	{ symbol: 'TT-BTP', issuer: 'Bộ Tư pháp', kind: 'Thông tư' },
	{ symbol: 'TT-BTC', issuer: 'Bộ Tài chính', kind: 'Thông tư' },
	{ symbol: 'NQ-HĐND', issuer: 'Hội đồng nhân dân tỉnh', kind: 'Nghị quyết' },
];

function planLegal(): LegalEntry[] {
	return Array.from({ length: 60 }, (_, index) => {
		const kind = ISSUERS[index % ISSUERS.length] ?? ISSUERS[0]!;
		const year = 2018 + (index % 7);
		const issued = `${year}-${String((index % 12) + 1).padStart(2, '0')}-15`;
		const group = FIELDS[index % FIELDS.length] ?? FIELDS[0]!;
		const number = kind.symbol === 'QH15' ? `${index + 10}/${year}/QH15` : `${index + 10}/${year}/${kind.symbol}`;
		return {
			number,
			title: `${kind.kind} quy định chi tiết về lĩnh vực ${group.field.toLowerCase()} (số ${index + 1})`,
			issuer: kind.issuer,
			issued,
			effective: `${year}-${String((index % 12) + 1).padStart(2, '0')}-28`,
		};
	});
}
