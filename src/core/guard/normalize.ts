// Unicode tricks that hide a secret or reorder what the owner reads: the guard scans a normalised copy of every text
// (NFKC, invisible characters removed) and maps what it finds back to the original, and the card shows the controls.

/**
 * A stretch of the normalised text and where it came from: plain ASCII runs map one to one (`identity`), every other
 * cluster maps as a whole (a ligature "ﬁ" becomes "fi", both letters pointing at the one original character).
 */
interface Segment {
	n: number;
	o: number;
	oLen: number;
	identity: boolean;
}

/** A text as the rules see it, with where its parts came from in the original (null: identical). */
export interface Normalized {
	text: string;
	segments: Segment[] | null;
}

/** Zero-width characters, joiners, bidi controls, variation selectors, soft hyphens: nothing a reader sees. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const MARK = /^\p{M}$/u;
/** Anything but printable ASCII and ordinary whitespace: such text takes the slow, careful path. */
const NON_ASCII = /[^\t\n\r -~]/;
const ASCII_RUN = /[\t\n\r -~]+/y;

function isMarkAt(s: string, j: number): boolean {
	return j < s.length && s.charCodeAt(j) >= 0x300 && MARK.test(String.fromCodePoint(s.codePointAt(j) ?? 0));
}

/**
 * NFKC per cluster (a character and its combining marks, which is where NFKC composes), with invisible characters
 * dropped: full-width letters, ligatures and "ＡＫＩＡ" become plain ASCII, and a zero-width space inside a key no
 * longer splits it. Plain ASCII text is returned as is (the common, fast case); ASCII runs inside other text are
 * copied whole.
 */
export function normalizeForScan(s: string): Normalized {
	if (!NON_ASCII.test(s)) return { text: s, segments: null };
	const parts: string[] = [];
	const segments: Segment[] = [];
	let n = 0;
	let i = 0;
	while (i < s.length) {
		ASCII_RUN.lastIndex = i;
		const run = ASCII_RUN.exec(s);
		if (run) {
			let len = run[0].length;
			// A letter followed by a combining accent belongs with the accent.
			if (isMarkAt(s, i + len)) len--;
			if (len > 0) {
				parts.push(s.slice(i, i + len));
				segments.push({ n, o: i, oLen: len, identity: true });
				n += len;
				i += len;
				continue;
			}
		}
		let j = i + ((s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
		while (isMarkAt(s, j)) j += (s.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
		const out = s.slice(i, j).replace(IGNORABLE, "").normalize("NFKC");
		if (out !== "") {
			parts.push(out);
			segments.push({ n, o: i, oLen: j - i, identity: false });
			n += out.length;
		}
		i = j;
	}
	return { text: parts.join(""), segments };
}

function segmentAt(segments: Segment[], pos: number): Segment {
	let lo = 0;
	let hi = segments.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (segments[mid]!.n <= pos) lo = mid;
		else hi = mid - 1;
	}
	return segments[lo]!;
}

/** The stretch of the original text a match in the normalised text came from. */
export function originalRange(n: Normalized, start: number, end: number): { start: number; end: number } {
	if (!n.segments || n.segments.length === 0) return { start, end };
	const a = segmentAt(n.segments, start);
	const b = segmentAt(n.segments, Math.max(start, end - 1));
	return { start: a.identity ? a.o + (start - a.n) : a.o, end: b.identity ? b.o + (end - b.n) : b.o + b.oLen };
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
