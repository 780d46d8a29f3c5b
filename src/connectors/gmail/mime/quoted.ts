// Separates what the sender wrote now from the history they quoted (replies), so notes and the classifier see the new part.

export interface SplitText {
	/** What the sender wrote in this message (forwarded content included: it is what they send us now). */
	fresh: string;
	/** Earlier messages quoted below it, or "" when none. */
	quoted: string;
}

/** Lines that start a quoted earlier message, as the common mailers write them. */
const ATTRIBUTION = [
	/^On .{4,200}(wrote|schrieb|a écrit|escribió|ha scritto|schreef):\s*$/i,
	/^Am .{4,200}schrieb .*:\s*$/i,
	/^Le .{4,200}a écrit\s*:\s*$/i,
	/^El .{4,200}escribió:\s*$/i,
	/^-{2,}\s*Original Message\s*-{2,}\s*$/i,
	/^-{2,}\s*(Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{2,}\s*$/i,
	/^_{10,}\s*$/,
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
		if (ATTRIBUTION.some((r) => r.test(line)) || isOutlookHeader(lines, i)) {
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
	return { fresh: lines.slice(0, cut).join("\n").trim(), quoted: lines.slice(cut).join("\n").trim() };
}
