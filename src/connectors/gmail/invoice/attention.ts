// An address block that names an organisation, then the sender "for the attention of" ("Stiftung Limmatblick\nz.Hd. Reto
// Brändli\nLimmatquai 52"): the invoice is made out to the organisation, and the sender only receives it. The words by
// language; the examples run as tests (tests/connectors/gmail/attention-block.test.ts).

export const ATTENTION_WORDS: { lang: string; words: string[] }[] = [
	{ lang: "en", words: ["attn.", "attn:", "attn", "attention:", "for the attention of", "fao", "f.a.o.", "c/o"] },
	{ lang: "de", words: ["z.Hd.", "z. Hd.", "z.H.", "z. H.", "zu Händen", "zu Handen", "z.Hd"] },
	{ lang: "es", words: ["a la atención de", "atención:", "at.", "a/a", "a/a."] },
	{ lang: "fr", words: ["à l'attention de", "à l’attention de", "a l'attention de", "à l'att. de", "att.", "attn"] },
	{ lang: "pt", words: ["aos cuidados de", "a/c", "a/c.", "att.", "attn"] },
	{ lang: "it", words: ["alla c.a. di", "alla cortese attenzione di", "c.a.", "c.a", "all'attenzione di", "att.ne"] },
	{ lang: "nl", words: ["t.a.v.", "t.a.v", "ter attentie van", "tav"] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
let attentionRe: RegExp | null = null;

/** The organisation on the line right above "z.Hd. <sender>" ("Attn: …", "t.a.v. …"), or null: a name of capitalised
 * words (maybe joined by small ones), no digits, and the attention line names the sender. */
export function attentionCompany(text: string, sender: string): string | null {
	const words = [...new Set(ATTENTION_WORDS.flatMap((r) => r.words))].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, "[ \\t]*"));
	attentionRe ??= new RegExp(String.raw`(?:^|\n)[ \t]*(\p{Lu}[\p{L}&'’.\-]*(?:[ \t]+(?:\p{Lu}[\p{L}&'’.\-]*|&|de|du|des|der|die|das|von|van|del|della|di|da|do|dos|y|e|et|und|en|and|of)){0,5})[ \t]*\n[ \t]*(?:${words.join("|")})[ \t]*:?[ \t]*([^\n]+)`, "giu");
	attentionRe.lastIndex = 0;
	const surname = sender.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
	for (const m of text.matchAll(attentionRe)) {
		const org = m[1]!.trim();
		const to = m[2]!.toLowerCase();
		// The attention line names the sender: the block is theirs, the organisation the one billed.
		if (surname.length >= 2 && to.includes(surname) && !org.toLowerCase().includes(surname)) return org;
	}
	return null;
}
