/**
 * An ASCII slug for addresses: diacritics removed, đ/Đ written d, lower case, hyphens between words.
 * "Đăng ký khai sinh" → "dang-ky-khai-sinh"; "QT-STP-01" → "qt-stp-01".
 */
export function slugify(text: string): string {
	return foldVietnamese(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Removes Vietnamese diacritics, keeping case; đ and Đ, which Unicode does not decompose, become d and D. */
export function foldVietnamese(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.normalize('NFC');
}
