// Text length as each network counts it: X's weighted count (twitter-text v3 rules), plain characters elsewhere.

/** Every link counts as this many characters on X, whatever its length (X wraps it in t.co). */
export const X_URL_LENGTH = 23;

/** twitter-text v3: code points in these ranges weigh 1, everything else (CJK, most emoji…) weighs 2. */
const LIGHT_RANGES: readonly [number, number][] = [
	[0, 4351],
	[8192, 8205],
	[8208, 8223],
	[8242, 8247],
];

/**
 * Links as X finds them: with a scheme, or a bare domain under a common top-level domain. X knows every TLD; the
 * common ones cover what a business writes, and a miss only makes the count stricter or looser by a few characters.
 */
const URL_RE =
	/\bhttps?:\/\/[^\s<>"]+|\b(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|io|co|ai|dev|app|info|biz|me|tv|us|uk|de|fr|es|it|nl|eu|ca|au|in|jp|cn|br|ch|at|be|se|no|dk|pl|pt|ie|nz|za|shop|store|blog|news|xyz)\b(?:\/[^\s<>"]*)?/giu;
/** X leaves trailing punctuation out of a link. */
const TRAILING = /[.,:;!?'")\]]+$/u;

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

function weightOf(codePoint: number): number {
	for (const [lo, hi] of LIGHT_RANGES) if (codePoint >= lo && codePoint <= hi) return 1;
	return 2;
}

/** The links X would shorten, in order. */
export function findUrls(text: string): string[] {
	return [...text.normalize("NFC").matchAll(URL_RE)].map((m) => m[0].replace(TRAILING, ""));
}

/** X's weighted length: links 23, an emoji 2, CJK and other heavy scripts 2 per character, the rest 1. */
export function xWeightedLength(text: string): number {
	const nfc = text.normalize("NFC");
	let total = 0;
	let rest = "";
	let last = 0;
	for (const m of nfc.matchAll(URL_RE)) {
		const url = m[0].replace(TRAILING, "");
		rest += nfc.slice(last, m.index);
		total += X_URL_LENGTH;
		last = m.index + url.length;
	}
	rest += nfc.slice(last);
	for (const { segment } of segmenter.segment(rest)) {
		// A whole emoji sequence (family, flag, skin tone) counts as one emoji of weight 2.
		if (EMOJI.test(segment)) {
			total += 2;
			continue;
		}
		for (const ch of segment) total += weightOf(ch.codePointAt(0) ?? 0);
	}
	return total;
}

/** Characters as Facebook, Instagram and LinkedIn count them: Unicode code points. */
export function characterLength(text: string): number {
	return Array.from(text).length;
}
