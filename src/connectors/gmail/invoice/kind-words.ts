// Words that count kinds of a thing rather than the thing ("3 Sorten" of labels, "12 diseños" of gift cards, "4 versions"
// of a poster): a count of them after a label names the label's thing, the kind word kept in brackets
// ("Etiketten (Sorten)", "Tarjetas regalo (diseños)"). Each language's words, as written.
export const KIND_WORDS: Record<string, string[]> = {
	en: ["designs", "versions", "variants", "variations", "kinds", "types", "styles", "flavours", "flavors"],
	de: ["Sorten", "Varianten", "Versionen", "Motive", "Designs", "Ausführungen", "Typen"],
	es: ["diseños", "modelos", "versiones", "variantes", "tipos", "motivos", "sabores"],
	fr: ["modèles", "versions", "variantes", "motifs", "déclinaisons", "types", "parfums"],
	it: ["modelli", "versioni", "varianti", "tipi", "soggetti", "gusti"],
	nl: ["soorten", "varianten", "versies", "modellen", "ontwerpen", "smaken"],
	pt: ["modelos", "versões", "variações", "variantes", "tipos", "sabores"],
};

const ALL = [...new Set(Object.values(KIND_WORDS).flat().map((w) => w.toLowerCase()))];

/** Whether a counted noun counts kinds of a thing ("Sorten", "diseños"), whatever its case. */
export function countsKinds(noun: string): boolean {
	return ALL.includes(noun.trim().toLowerCase());
}
