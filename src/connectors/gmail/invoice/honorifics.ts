// Titles a person's name may carry in a From header or a signature ("Mr. Thabo Nkosi", "Dr. Beat Imhof", "Frau Anna
// Keller", "Sra. Lucía Gómez"). The draft names the customer as the From header writes them, title too (the labels'
// convention, tests/fixtures/emails/LABELS.md); without the title the name is found in the signature ("Thabo Nkosi").
// They are a table by language; their examples run as tests (tests/connectors/gmail/honorifics.test.ts).

export interface HonorificRow {
	lang: string;
	/** The titles as written; a dot may be left out ("Mr Thabo Nkosi", "Dr Beat Imhof"). */
	titles: string[];
	/** A name with its titles and the name read from it. */
	examples: [written: string, name: string][];
}

export const HONORIFICS: HonorificRow[] = [
	{
		lang: "en",
		titles: ["Mr.", "Mrs.", "Ms.", "Mx.", "Miss", "Dr.", "Prof.", "Sir", "Dame", "Rev.", "Hon."],
		examples: [
			["Mr. Thabo Nkosi", "Thabo Nkosi"],
			["Mrs Amelia Hart", "Amelia Hart"],
			["Ms. Priya Nair", "Priya Nair"],
			["Prof. Dr. Jane Holt", "Jane Holt"],
		],
	},
	{
		lang: "de",
		titles: ["Herr", "Hr.", "Frau", "Fr.", "Dr.", "Prof.", "Dipl.-Ing.", "Mag.", "Ing.", "DI"],
		examples: [
			["Dr. Beat Imhof", "Beat Imhof"],
			["Frau Anna Keller", "Anna Keller"],
			["Herr Dr. Jonas Roth", "Jonas Roth"],
			["Mag. Eva Gruber", "Eva Gruber"],
		],
	},
	{
		lang: "fr",
		titles: ["M.", "Mme", "Mme.", "Mlle", "Mlle.", "Me", "Dr", "Pr"],
		examples: [
			["M. Jean Dupont", "Jean Dupont"],
			["Mme Claire Lefèvre", "Claire Lefèvre"],
			["Me Sophie Martin", "Sophie Martin"],
		],
	},
	{
		lang: "es, pt",
		titles: ["Sr.", "Sra.", "Srta.", "D.", "Dña.", "Dª", "Don", "Doña", "Lic.", "Ing.", "Arq.", "Dra.", "Dr.", "Exmo.", "Exma."],
		examples: [
			["Sra. Lucía Gómez", "Lucía Gómez"],
			["Lic. Mariana Ruiz", "Mariana Ruiz"],
			["Dra. Ana Souza", "Ana Souza"],
			["Sr. Lucas Carvalho", "Lucas Carvalho"],
		],
	},
	{
		lang: "it",
		titles: ["Sig.", "Sig.ra", "Sig.na", "Dott.", "Dott.ssa", "Ing.", "Avv.", "Arch.", "Geom.", "Prof.ssa", "Rag."],
		examples: [
			["Dott.ssa Giulia Ferri", "Giulia Ferri"],
			["Ing. Marco Conti", "Marco Conti"],
			["Sig. Paolo Bianchi", "Paolo Bianchi"],
		],
	},
	{
		lang: "nl",
		titles: ["Dhr.", "Mevr.", "Mw.", "Drs.", "Ir.", "Mr."],
		examples: [
			["Dhr. Pieter de Vries", "Pieter de Vries"],
			["Mevr. Sanne Bakker", "Sanne Bakker"],
		],
	},
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A title as a pattern: its dots may be left out ("Mr", "Dott"), the case is as written ("Me" is Maître, "ME" no). */
const TITLE = `(?:${[...new Set(HONORIFICS.flatMap((r) => r.titles))]
	.sort((a, b) => b.length - a.length)
	.map((t) => escape(t).replace(/\\\./g, "\\.?"))
	.join("|")})`;
const LEADING_TITLES = new RegExp(String.raw`^(?:${TITLE}(?=[ \t])[ \t]+)+`, "u");

/** The name without the titles before it. Two words must stay ("M. Dupont" may be an initial and a family name, "Don
 * Draper" a first name): a title that would leave one word is kept as written. */
export function withoutTitles(name: string): string {
	const m = LEADING_TITLES.exec(name.trim());
	if (!m) return name;
	const rest = name.trim().slice(m[0].length);
	return rest.split(/\s+/u).filter(Boolean).length >= 2 ? rest : name;
}
