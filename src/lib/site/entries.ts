/** The agency part of a document id: `xa-minh-hoa/dang-ky-khai-sinh` → `xa-minh-hoa`. */
export function agencyOf(id: string): string {
	const slash = id.indexOf('/');
	return slash < 0 ? id : id.slice(0, slash);
}

/** The file-name part of a document id: `xa-minh-hoa/dang-ky-khai-sinh` → `dang-ky-khai-sinh`. */
export function nameOf(id: string): string {
	const slash = id.indexOf('/');
	return slash < 0 ? id : id.slice(slash + 1);
}
