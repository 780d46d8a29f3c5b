// Unicode tricks that hide a secret or reorder what the owner reads: the guard scans a normalised copy of every text
// (NFKC, invisible characters removed) and maps what it finds back to the original, and the card shows the controls.

/** A text as the rules see it, with where each of its UTF-16 units came from in the original (null: identical). */
export interface Normalized {
	text: string;
	starts: number[] | null;
	ends: number[] | null;
}

/** Zero-width characters, joiners, bidi controls, variation selectors, soft hyphens: nothing a reader sees. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const MARK = /^\p{M}$/u;
/** Anything but printable ASCII and ordinary whitespace: such text takes the slow, careful path. */
const NON_ASCII = /[^\t\n\r -~]/;

/**
 * NFKC per grapheme-like cluster (a base character and its combining marks, which is where NFKC composes), with
 * invisible characters dropped: full-width letters, ligatures and "ＡＫＩＡ" become plain ASCII, and a zero-width
 * space inside a key no longer splits it. Plain ASCII text is returned as is (the common, fast case).
 */
export function normalizeForScan(s: string): Normalized {
	if (!NON_ASCII.test(s)) return { text: s, starts: null, ends: null };
	const parts: string[] = [];
	const starts: number[] = [];
	const ends: number[] = [];
	let i = 0;
	while (i < s.length) {
		let j = i + ((s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
		// Combining marks belong to the character before them.
		while (j < s.length && s.charCodeAt(j) >= 0x300) {
			const cp = s.codePointAt(j) ?? 0;
			const ch = String.fromCodePoint(cp);
			if (!MARK.test(ch)) break;
			j += ch.length;
		}
		const cluster = s.slice(i, j);
		const n = s.charCodeAt(i) < 0x80 && j === i + 1 ? cluster : cluster.replace(IGNORABLE, "").normalize("NFKC");
		if (n !== "") {
			parts.push(n);
			for (let k = 0; k < n.length; k++) {
				starts.push(i);
				ends.push(j);
			}
		}
		i = j;
	}
	return { text: parts.join(""), starts, ends };
}

/** The stretch of the original text a match in the normalised text came from. */
export function originalRange(n: Normalized, start: number, end: number): { start: number; end: number } {
	if (!n.starts || !n.ends) return { start, end };
	return { start: n.starts[start] ?? 0, end: n.ends[Math.max(start, end - 1)] ?? 0 };
}

/** Whole-string NFKC without invisible characters, for values compared against normalised text (secrets, terms). */
export function normalizeValue(s: string): string {
	return s.replace(IGNORABLE, "").normalize("NFKC");
}

/** Bidi controls: they make "Acme ‮321‬" show digits in another order than they are stored and sent. */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Characters that take no space: they split words and keys without the reader noticing. */
export const ZERO_WIDTH = /[\u180e\u200b\u2060-\u2064\ufeff]/g;
const REVEALED = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u180e\u200b\u2060-\u2064\ufeff]/g;

export function codePointLabel(ch: string): string {
	return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The text with every bidi control and zero-width character written out as ⟨U+202E⟩, so nothing is reordered or hidden. */
export function revealControls(s: string): string {
	return s.replace(REVEALED, (ch) => `⟨${codePointLabel(ch)}⟩`);
}

/** A revealed control as the card shows it, e.g. ⟨U+202E⟩. */
export const REVEALED_CONTROL = /⟨U\+[0-9A-F]{4,6}⟩/g;
