import type { Province } from '../../../schemas/province.ts';
import { formatDecimalVi } from '../text/numbers.ts';

type Band = Province['grades'][number];

/**
 * The grade of an inspection score under the province's bands: the band with the highest
 * minimum not above the score (78.5 under Tốt ≥ 90, Khá ≥ 75 → "Khá"); null when no band applies.
 */
export function gradeOf(score: number, bands: readonly Band[]): string | null {
	let best: Band | undefined;
	for (const band of bands) if (score >= band.min && (best === undefined || band.min > best.min)) best = band;
	return best?.name ?? null;
}

/** A problem with a list of bands, at the index of the band concerned. */
export interface BandProblem {
	index: number;
	message: string;
}

/**
 * Bands are written highest first, each from its `min` up to the band above: a band whose `min` is
 * not below the one above overlaps it, and a lowest band above 0 leaves the scores under it ungraded.
 */
export function bandProblems(bands: readonly Band[]): BandProblem[] {
	const problems: BandProblem[] = [];
	bands.forEach((band, index) => {
		const above = bands[index - 1];
		if (above !== undefined && band.min >= above.min) {
			problems.push({
				index,
				message: `Xếp loại "${band.name}" (từ ${formatScore(band.min)} điểm) chồng lên xếp loại "${above.name}" (từ ${formatScore(above.min)} điểm). Ghi các xếp loại từ cao xuống thấp, điểm tối thiểu giảm dần và không trùng nhau.`,
			});
		}
	});
	const lowest = bands.at(-1);
	if (lowest !== undefined && lowest.min > 0) {
		problems.push({
			index: bands.length - 1,
			message: `Điểm dưới ${formatScore(lowest.min)} không thuộc xếp loại nào. Thêm xếp loại thấp nhất có "min: 0", hoặc sửa điểm tối thiểu của "${lowest.name}" thành 0.`,
		});
	}
	return problems;
}

/** A score the Vietnamese way: 78,5. */
export function formatScore(score: number): string {
	return formatDecimalVi(score);
}
