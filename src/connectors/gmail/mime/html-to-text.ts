// HTML mail to plain text without a DOM: no markup, scripts, styles or remote images survive; links keep their address.

/** HTML's named characters that are no accented letter: punctuation, symbols, spaces and the Latin letters of their own. */
const NAMED: Record<string, string> = {
	amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", euro: "€", pound: "£", yen: "¥", cent: "¢", copy: "©", reg: "®",
	hellip: "…", mdash: "—", ndash: "–", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", sbquo: "‚", bdquo: "„", times: "×",
	middot: "·", bull: "•", laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›", trade: "™", permil: "‰", dagger: "†", Dagger: "‡",
	iexcl: "¡", iquest: "¿", ordf: "ª", ordm: "º", deg: "°", plusmn: "±", sup1: "¹", sup2: "²", sup3: "³", frac14: "¼",
	frac12: "½", frac34: "¾", sect: "§", para: "¶", micro: "µ", divide: "÷", not: "¬", curren: "¤", brvbar: "¦", minus: "−",
	prime: "′", Prime: "″", larr: "←", rarr: "→", ensp: " ", emsp: " ", thinsp: " ", shy: "", zwnj: "", zwj: "", lrm: "",
	rlm: "", szlig: "ß", aelig: "æ", AElig: "Æ", oelig: "œ", OElig: "Œ", oslash: "ø", Oslash: "Ø", eth: "ð", ETH: "Ð",
	thorn: "þ", THORN: "Þ", inodot: "ı",
};

/** An accented letter's name is the letter and its mark ("euml" is e with a diaeresis, "Ccedil" C with a cedilla): the
 * letter with the mark's combining character, composed, covers every such name (é, ë, ñ, å, ç, š, ŷ …), not a list. */
const MARKS: Record<string, string> = { acute: "\u0301", grave: "\u0300", circ: "\u0302", uml: "\u0308", tilde: "\u0303", ring: "\u030A", cedil: "\u0327", caron: "\u030C", macr: "\u0304", breve: "\u0306", ogon: "\u0328", dblac: "\u030B", dot: "\u0307" };
const ACCENTED = /^([a-zA-Z])(acute|grave|circ|uml|tilde|ring|cedil|caron|macr|breve|ogon|dblac|dot)$/;

function named(e: string): string | undefined {
	const found = NAMED[e];
	if (found !== undefined) return found;
	const a = ACCENTED.exec(e);
	if (!a) return undefined;
	const composed = `${a[1]}${MARKS[a[2]!]}`.normalize("NFC");
	// A letter the mark does not compose with ("&qring;") is no character HTML names: the text stays as written.
	return composed.length === 1 ? composed : undefined;
}

export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi, (m, e: string) => {
		if (e[0] === "#") {
			const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : "";
		}
		return named(e) ?? m;
	});
}

const BLOCK = /^(p|div|h[1-6]|table|tr|ul|ol|blockquote|section|article|header|footer|hr|pre|address|center|form)$/;

/** A table cell whose only content is one paragraph, as Outlook writes every cell ("<td><p class=MsoNormal>Total</p>
 * </td>"): the paragraph is the cell's text, not a line of its own, so the row stays one row. A tag's attributes are
 * read up to the next "<" only, so an unclosed tag never makes the scan run on to the end of the mail. */
const ONE_PARAGRAPH_CELL = /(<(td|th)\b[^<>]{0,2000}>)\s*<(p|div)\b[^<>]{0,2000}>((?:(?!<\/?(?:p|div|table|tr|td|th|ul|ol|li|br|h[1-6]|blockquote|pre)\b)[^<]|<(?!\/?(?:p|div|table|tr|td|th|ul|ol|li|br|h[1-6]|blockquote|pre)\b))*)<\/\3\s*>\s*(?=<\/\2\s*>)/gi;

/** Converts HTML to readable text: blocks become lines, list items "- ", table cells are separated by " | ". */
export function htmlToText(html: string): string {
	let s = html
		.replace(/<!--[\s\S]*?-->/g, "")
		// Declarations and processing instructions (<!DOCTYPE html>, <?xml …?>) are not text.
		.replace(/<![^>]*>|<\?[\s\S]*?\?>/g, "")
		.replace(/<(script|style|head|title|noscript|template|svg|object|iframe)\b[\s\S]*?<\/\1\s*>/gi, "")
		.replace(/<(script|style|head)\b[\s\S]*$/gi, "")
		.replace(ONE_PARAGRAPH_CELL, "$1$4");
	const out: string[] = [];
	const linkStack: (string | null)[] = [];
	let linkTextStart = 0;
	let inPre = 0;
	// A tag ends before the next "<" outside quotes, and its quoted values are bounded: unclosed tags by the thousand (a
	// hostile email) are then read as text in one pass, not rescanned to the end of the email from each of them.
	const tag = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b((?:[^<>"']|"[^"]{0,4000}"|'[^']{0,4000}'){0,4000})>|([^<]+)|(<)/g;
	let m: RegExpExecArray | null;
	while ((m = tag.exec(s)) !== null) {
		if (m[3] !== undefined) {
			const text = decodeEntities(m[3]);
			out.push(inPre ? text : text.replace(/\s+/g, " "));
			continue;
		}
		if (m[4] !== undefined) {
			out.push("<");
			continue;
		}
		const name = m[1]!.toLowerCase();
		const closing = m[0].startsWith("</");
		if (name === "br") out.push("\n");
		else if (name === "pre") {
			inPre += closing ? -1 : 1;
			out.push("\n");
		} else if (BLOCK.test(name)) out.push("\n");
		else if (name === "li" && !closing) out.push("\n- ");
		else if ((name === "td" || name === "th") && !closing) out.push(" | ");
		else if (name === "img" && !closing) {
			const alt = /\balt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(m[2] ?? "");
			const altText = alt ? (alt[2] ?? alt[3] ?? "") : "";
			if (altText.trim()) out.push(`[${decodeEntities(altText.trim())}]`);
		} else if (name === "a") {
			if (!closing) {
				const href = /\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[2] ?? "");
				linkStack.push(href ? decodeEntities(href[2] ?? href[3] ?? href[4] ?? "") : null);
				linkTextStart = out.length;
			} else {
				const href = linkStack.pop();
				const text = out.slice(linkTextStart).join("").trim();
				if (href && /^(https?:|mailto:)/i.test(href) && href.replace(/^mailto:/i, "") !== text) out.push(` (${href})`);
			}
		}
	}
	s = out.join("");
	return s
		.split("\n")
		.map((l) => l.replace(/[ \t\u00a0]+/g, " ").replace(/^ \| /, "").trim())
		.join("\n")
		.replace(/\n{3,}/g, "\n\n")
		.trim();
}
