// A body that points at its subject for what to invoice ("as per subject mate, $585 all up", "siehe Betreff", "ver
// asunto", "voir objet", "vedi oggetto", "zie onderwerp", "conforme o assunto"): the subject's rows are the request, so
// the facts are read from the subject followed by the body, and the pointing words never name a line. The ways of
// pointing are rows here; a new way is a new row with its examples (they run as tests).
export interface SubjectPointer {
	lang: string;
	re: RegExp;
	examples: { points: string[]; ignores: string[] };
}

export const SUBJECT_POINTERS: SubjectPointer[] = [
	{
		lang: "en",
		re: /(?<![\p{L}])(?:as\s+(?:per|in|stated\s+in|in\s+the)\s+(?:the\s+)?subject(?:\s+line)?|(?:see|per|details\s+in)\s+(?:the\s+)?subject(?:\s+line)?|(?:it['’]?s|all)\s+in\s+the\s+subject(?:\s+line)?)(?![\p{L}])/iu,
		examples: {
			points: ["as per subject mate, $585 all up", "See subject. Thanks!", "Details in the subject line.", "It's all in the subject"],
			ignores: ["The subject of the photos was the team.", "Subject to availability."],
		},
	},
	{
		lang: "de",
		re: /(?<![\p{L}])(?:(?:siehe|s\.)\s+Betreff|wie\s+im\s+Betreff(?:\s+(?:angegeben|genannt|beschrieben))?|(?:steht\s+(?:alles\s+)?|alles\s+)im\s+Betreff)(?![\p{L}])/iu,
		examples: { points: ["wie im Betreff, insgesamt 300 €", "Siehe Betreff.", "Steht alles im Betreff."], ignores: ["Betreffend das Logo: alles gut.", "Im Betreff fehlt die Nummer."] },
	},
	{
		lang: "es",
		re: /(?<![\p{L}])(?:(?:ver|véase|vea|mira)\s+(?:el\s+)?asunto|(?:como|según)\s+(?:dice\s+|indica\s+)?(?:en\s+)?el\s+asunto|(?:todo\s+(?:está\s+)?|está\s+)en\s+el\s+asunto)(?![\p{L}])/iu,
		examples: { points: ["Ver asunto, 300 € en total.", "Como dice el asunto.", "Según el asunto, gracias."], ignores: ["Sobre el asunto del logo, todo bien.", "Hablamos en el asunto del logo."] },
	},
	{
		lang: "fr",
		re: /(?<![\p{L}])(?:voir\s+(?:l['’])?objet|(?:comme|cf\.?)\s+(?:indiqué\s+|précisé\s+)?(?:en|dans\s+l['’])\s*objet|tout\s+(?:est\s+)?dans\s+l['’]objet)(?![\p{L}])/iu,
		examples: { points: ["Voir objet, 300 € au total.", "Comme indiqué en objet.", "Tout est dans l'objet."], ignores: ["L'objet du shooting était l'équipe."] },
	},
	{
		lang: "it",
		re: /(?<![\p{L}])(?:vedi\s+oggetto|(?:come\s+(?:da|in|nell['’])|come\s+indicato\s+(?:in|nell['’]))\s*oggetto|tutto\s+(?:è\s+)?nell['’]oggetto)(?![\p{L}])/iu,
		examples: { points: ["Vedi oggetto, 300 € in tutto.", "Come da oggetto, grazie."], ignores: ["L'oggetto della foto era il team."] },
	},
	{
		lang: "nl",
		re: /(?<![\p{L}])(?:zie\s+(?:het\s+)?onderwerp(?:regel)?|zoals\s+(?:vermeld\s+)?in\s+(?:het\s+)?onderwerp(?:regel)?)(?![\p{L}])/iu,
		examples: { points: ["Zie onderwerp, € 300 totaal.", "Zoals in het onderwerp."], ignores: ["Het onderwerp van de foto's was het team."] },
	},
	{
		lang: "pt",
		re: /(?<![\p{L}])(?:(?:ver|vide|veja)\s+(?:o\s+)?assunto|(?:conforme|como\s+(?:diz\s+)?(?:n)?o)\s+(?:o\s+)?assunto|(?:está\s+)?tudo\s+no\s+assunto)(?![\p{L}])/iu,
		examples: { points: ["Conforme assunto, 300 € no total.", "Ver assunto.", "Está tudo no assunto."], ignores: ["Sobre esse assunto do logo, tudo certo."] },
	},
];

/** The first words of the text that point at its subject, or null. */
export function pointsAtSubject(text: string): string | null {
	for (const p of SUBJECT_POINTERS) {
		const m = p.re.exec(text);
		if (m) return m[0];
	}
	return null;
}

/** The word for the subject in the seven languages. */
const SUBJECT_WORD = /(?<![\p{L}])(?:subject|Betreff|asunto|objet|oggetto|onderwerp(?:regel)?|assunto)(?![\p{L}])/iu;

/** Whether a line was named from words that point at the subject ("as per subject mate, $585" read as "Subject mate"):
 * such words say where the request is written, never what is billed. */
export function namedBySubjectPointer(description: string, source: string): boolean {
	return SUBJECT_WORD.test(description) && pointsAtSubject(source) !== null;
}
