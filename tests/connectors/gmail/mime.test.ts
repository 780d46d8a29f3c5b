// Reading mail as a person would: plain text preferred, HTML made safe text, encodings and charsets decoded, quotes folded.
import { describe, expect, it } from "vitest";
import { parseEmail } from "../../../src/connectors/gmail/mime/parse";
import { htmlToText } from "../../../src/connectors/gmail/mime/html-to-text";
import { ATTRIBUTION, splitQuoted } from "../../../src/connectors/gmail/mime/quoted";
import { readNumber } from "../../../src/connectors/gmail/invoice/money-text";
import { loadCorpus } from "./corpus";

const corpus = loadCorpus();
const byName = (prefix: string) => corpus.find((c) => c.file.startsWith(prefix))!;

describe("MIME reading", () => {
	it("reads a hostile HTML body of unclosed tags by the thousand as text at once (it is parsed in Obsidian's window)", () => {
		for (const html of ['<td class="'.repeat(30_000), '<p title="x'.repeat(30_000), "<a".repeat(60_000)]) {
			const t0 = performance.now();
			const text = htmlToText(html);
			// Before, each unclosed tag was rescanned to the end of the email: about 12 s for each of these.
			expect(performance.now() - t0).toBeLessThan(1_500);
			expect(text.length).toBeGreaterThan(html.length / 2);
		}
	});

	it("prefers the plain part of a multipart/alternative email", () => {
		const e = parseEmail(byName("02").bytes);
		expect(e.textSource).toBe("plain");
		expect(e.text).toContain("- Logo redesign: $1,800.00");
	});

	it("turns an HTML-only email into text without markup, styles or tracking images, tables as rows", () => {
		const e = parseEmail(byName("03").bytes);
		expect(e.textSource).toBe("html");
		expect(e.text).not.toMatch(/<|padding|tracker/);
		expect(e.text).toContain("Hosting (annual) | 1 | $240.00");
		expect(e.text).toContain("Becker & Sons Co.");
	});

	it("decodes base64, quoted-printable, Windows-1252, ISO-2022-JP and encoded-word headers", () => {
		expect(parseEmail(byName("04").bytes).text).toContain("900,00 €");
		expect(parseEmail(byName("04").bytes).from.name).toBe("Jonas Müller");
		expect(parseEmail(byName("05").bytes).text).toContain("à 450 € chacun");
		const jp = parseEmail(byName("36").bytes);
		expect(jp.subject).toBe("打ち合わせの件");
		expect(jp.text).toContain("来週の打ち合わせ");
	});

	it("lists attachments with their names, types and sizes, including RFC 2231 names", () => {
		const e = parseEmail(byName("41").bytes);
		expect(e.attachments.map((a) => [a.name, a.type])).toEqual([
			["logo.png", "image/png"],
			["Übersicht.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
		]);
		expect(e.attachments[0]!.size).toBe(48);
	});

	it("folds quoted history away from what the sender wrote now", () => {
		const s = splitQuoted(byName("09").message.text + "\n\n" + byName("09").message.quoted);
		expect(s.fresh).toContain("4 hours of photo editing");
		expect(s.fresh).not.toContain("3 hours of photo editing at");
		expect(s.quoted).toContain("> Hi Sam, please invoice us for 3 hours");
		expect(byName("40").message.quoted).toContain("Sent: Monday, November 23, 2026");
	});

	for (const rule of ATTRIBUTION) {
		it(`folds a reply's history away after the ${rule.language === "any" ? "separator" : `${rule.language} attribution`} "${rule.example}"`, () => {
			const s = splitQuoted(`Please invoice us for the 8 hours.\n\n${rule.example}\n> Quote was 6 hours at €65.\n> Sam`);
			expect(s.fresh).toBe("Please invoice us for the 8 hours.");
			expect(s.quoted).toContain("Quote was 6 hours");
		});
	}

	it("the sender's signature below a history quoted line by line is theirs; below an unmarked history it is the earlier writer's", () => {
		const s = splitQuoted("Go ahead and send the invoice.\n\nOn Sat, 21 Nov 2026 at 15:40, Sam <owner@lumenpine.example> wrote:\n> Phase 2 is live!\n>\n> Cheers,\n> Sam\n\n--\nHemi Walker\nTidewater Kayaks Ltd");
		expect(s.fresh).toBe("Go ahead and send the invoice.\n\n--\nHemi Walker\nTidewater Kayaks Ltd");
		expect(s.quoted).not.toContain("Tidewater");
		const outlook = splitQuoted("Please invoice us.\n\n-----Original Message-----\nFrom: Sam\nSent: Monday\nSubject: Shoot\n\nThe shoot is $900.\n\n--\nSam Pine\nLumen & Pine");
		expect(outlook.fresh).toBe("Please invoice us.");
	});

	it("a reply attribution in the sender's own words stays content", () => {
		for (const line of ["On Tuesday we agreed the rate was €65 an hour, so:", "Il prezzo è quello che ha scritto:", "Op de factuur graag ons ordernummer:"]) expect(splitQuoted(`${line}\n8 hours of editing`).quoted).toBe("");
	});

	it("writes every accented letter and sign an HTML mail names as the character itself, never its entity", () => {
		// An Outlook catalogue order: "Mise en page du catalogue de No&euml;l" once reached a draft's line as written.
		expect(htmlToText("<p>Mise en page du catalogue de No&euml;l &ndash; 12&nbsp;pages</p>")).toBe("Mise en page du catalogue de Noël – 12 pages");
		expect(htmlToText("<p>&Aring;lesund, &Oslash;stfold, &aelig;ble, Stra&szlig;e, &Ccedil;a va, pi&ntilde;a, &scaron;koda, &Yuml;</p>")).toBe("Ålesund, Østfold, æble, Straße, Ça va, piña, škoda, Ÿ");
		expect(htmlToText("<p>&frac12; day, 20&deg;, &sup2;, &iquest;Qu&eacute;?, &laquo;&nbsp;oui&nbsp;&raquo;</p>")).toBe("½ day, 20°, ², ¿Qué?, « oui »");
		// Words that only look like a name stay as written: a company's "&T", an unknown "&qring;".
		expect(htmlToText("<p>AT&amp;T and AT&T, &qring;, &notaname;</p>")).toBe("AT&T and AT&T, &qring;, &notaname;");
	});

	it("an HTML-only email's text does not start with its doctype or an XML declaration", () => {
		expect(htmlToText('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html><body><p>Bonjour Sam,</p></body></html>')).toBe("Bonjour Sam,");
	});

	it("folds away Outlook's reply header written in the reader's language", () => {
		const fr = splitQuoted("Pouvez-vous envoyer la facture ? 650 € comme convenu.\n\nDe : Sam Pine <owner@lumenpine.example>\nEnvoyé : lundi 23 novembre 2026 10:02\nÀ : Sophie\nObjet : Séance photo\n\nLa séance coûte 650 €, ou 820 € avec le drone.");
		expect(fr.fresh).not.toContain("820 €");
		expect(fr.quoted).toContain("Objet : Séance photo");
		const de = splitQuoted("Bitte die Rechnung: 480 €.\n\nVon: Sam Pine\nGesendet: Freitag, 20. November 2026 09:14\nAn: Jens\nBetreff: Wartung\n\nDie Ersatzteile kosten 95 €.");
		expect(de.fresh).toBe("Bitte die Rechnung: 480 €.");
	});

	it("keeps a forwarded message as content, not as quoted history", () => {
		expect(byName("10").message.text).toContain("From: Ken Watanabe <ken@sakura-tea.example>");
	});

	it("never lets HTML links hide where they go", () => {
		expect(htmlToText('<a href="http://paypa1.example/login">PayPal</a>')).toBe("PayPal (http://paypa1.example/login)");
		expect(htmlToText("<script>alert(1)</script><p>Hi&nbsp;there</p>")).toBe("Hi there");
	});

	it("reads amounts written the American and the European way", () => {
		expect(readNumber("1,250.00", "USD")).toBe("1250.00");
		expect(readNumber("1.250,00", "EUR")).toBe("1250.00");
		expect(readNumber("2.500", "EUR")).toBe("2500");
		expect(readNumber("12.5", "USD")).toBe("12.5");
	});
});
