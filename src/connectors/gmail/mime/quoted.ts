// Separates what the sender wrote now from the history they quoted (replies), so notes and the classifier see the new part.

export interface SplitText {
	/** What the sender wrote in this message (forwarded content included: it is what they send us now). */
	fresh: string;
	/** Earlier messages quoted below it, or "" when none. */
	quoted: string;
}

/** A line that starts a quoted earlier message, as a mail client writes it in its user's language; `example` is a
 * line it must match (the table's examples run as tests). The newer languages' rules want a digit (the date) on the
 * line, so a sentence of the sender's own ("Il prezzo è quello che ha scritto:") stays content. */
export interface AttributionRule {
	language: string;
	pattern: RegExp;
	example: string;
}

export const ATTRIBUTION: readonly AttributionRule[] = [
	{ language: "en", pattern: /^On .{4,200}(wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu):\s*$/i, example: "On Tue, 17 Nov 2026 at 10:12, Sam <owner@lumenpine.example> wrote:" },
	{ language: "de", pattern: /^Am .{4,200}schrieb .*:\s*$/i, example: "Am Di., 17. Nov. 2026 um 10:12 Uhr schrieb Sam <owner@lumenpine.example>:" },
	{ language: "fr", pattern: /^Le .{4,200}a écrit\s*:\s*$/i, example: "Le mar. 17 nov. 2026 à 10:12, Sam <owner@lumenpine.example> a écrit :" },
	{ language: "es", pattern: /^El .{4,200}escribió:\s*$/i, example: "El mar, 17 nov 2026 a las 10:12, Sam (<owner@lumenpine.example>) escribió:" },
	{ language: "pt", pattern: /^Em (?=.*\d).{4,200}escreveu:\s*$/i, example: "Em ter., 17 de nov. de 2026 às 10:12, Sam <owner@lumenpine.example> escreveu:" },
	{ language: "it", pattern: /^Il (?=.*\d).{4,200}ha scritto:\s*$/i, example: "Il giorno mar 17 nov 2026 alle ore 10:12 Sam <owner@lumenpine.example> ha scritto:" },
	{ language: "nl", pattern: /^Op (?=.*\d).{4,200}schreef .*:\s*$/i, example: "Op di 17 nov 2026 om 10:12 schreef Sam <owner@lumenpine.example>:" },
	{ language: "any", pattern: /^-{2,}\s*Original Message\s*-{2,}\s*$/i, example: "-----Original Message-----" },
	{ language: "any", pattern: /^-{2,}\s*(Ursprüngliche Nachricht|Message d'origine|Mensaje original|Mensagem original|Messaggio originale|Oorspronkelijk bericht)\s*-{2,}\s*$/i, example: "----- Oorspronkelijk bericht -----" },
	{ language: "any", pattern: /^_{10,}\s*$/, example: "________________________________" },
];

/** Outlook's reply header: "From: …" followed within a few lines by "Sent:" and "Subject:". */
function isOutlookHeader(lines: string[], i: number): boolean {
	if (!/^\*?(?:From|Von|De|Da|Van)\s?:\*?\s/.test(lines[i] ?? "")) return false;
	// The header block of a forward is the forwarded mail itself, not quoted history.
	if (lines.slice(Math.max(0, i - 2), i).some((l) => /forwarded message|begin forwarded/i.test(l))) return false;
	const next = lines.slice(i + 1, i + 5).join("\n");
	// Outlook writes the labels in the reader's language ("De : … Envoyé : … Objet :", "Von: … Gesendet: … Betreff:").
	return /^\*?(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Fecha|Inviato|Data|Verzonden)\s?:\*?\s/m.test(next) && /^\*?(?:Subject|Betreff|Objet|Asunto|Oggetto|Onderwerp|Assunto)\s?:\*?\s/m.test(next);
}

export function splitQuoted(text: string): SplitText {
	const lines = text.split("\n");
	let cut = -1;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!.trim();
		// An attribution can wrap onto two lines ("On Tue, … <a@b>\nwrote:").
		const joined = i + 1 < lines.length ? `${line} ${lines[i + 1]!.trim()}` : line;
		if (ATTRIBUTION.some((r) => r.pattern.test(line)) || isOutlookHeader(lines, i)) {
			cut = i;
			break;
		}
		if (/^On .{4,200}$/.test(line) && /wrote:\s*$/i.test(joined) && lines[i + 2]?.trim().startsWith(">")) {
			cut = i;
			break;
		}
		// A block of ">" lines that runs to the end (or to a signature) is quoted history.
		if (line.startsWith(">")) {
			const rest = lines.slice(i).filter((l) => l.trim() !== "");
			const quotedShare = rest.filter((l) => l.trim().startsWith(">")).length / rest.length;
			if (quotedShare > 0.6) {
				cut = i;
				break;
			}
		}
	}
	if (cut < 0) return { fresh: text.trim(), quoted: "" };
	const sig = signatureAfterQuote(lines, cut);
	if (sig > 0) return { fresh: `${lines.slice(0, cut).join("\n").trim()}\n\n${lines.slice(sig).join("\n").trim()}`, quoted: lines.slice(cut, sig).join("\n").trim() };
	return { fresh: lines.slice(0, cut).join("\n").trim(), quoted: lines.slice(cut).join("\n").trim() };
}

/** The sender's own signature written below the history they quoted ("-- " after the last "> " line, as some clients
 * place it): the line where it starts, or -1. Only after a history quoted line by line, whose every line is marked:
 * below an unmarked history ("-----Original Message-----") a signature is the earlier writer's. */
function signatureAfterQuote(lines: string[], cut: number): number {
	const dash = lines.findIndex((l, i) => i > cut && /^--[ \t]*$/.test(l));
	if (dash < 0) return -1;
	const between = lines.slice(cut + 1, dash).filter((l) => l.trim() !== "");
	if (between.length === 0 || !between.every((l) => l.trim().startsWith(">"))) return -1;
	if (lines.slice(dash + 1).some((l) => l.trim().startsWith(">"))) return -1;
	return dash;
}
