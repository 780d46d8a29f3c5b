// How a clarification names what is missing: a bare number is a missing currency, a vague stand-in is quoted. Each
// row's examples run as tests, and whole emails get the right wording.
import { describe, expect, it } from "vitest";
import { BARE_PRICES, VAGUE_AMOUNTS, barePrice, bareRate, vagueAmount, vagueMeans } from "../../../src/connectors/gmail/invoice/clarify-words";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";

describe("an amount written without a currency", () => {
	for (const row of BARE_PRICES) {
		for (const [text, amount] of row.examples) it(`${row.lang}: ${text} → ${amount}`, () => expect(barePrice(text)).toBe(amount));
		for (const text of row.ignores) it(`${row.lang}: ${text} holds no price`, () => expect(barePrice(text)).toBeNull());
	}
});

describe("words that stand in for an amount", () => {
	for (const row of VAGUE_AMOUNTS) for (const [text, quoted] of row.examples) it(`${row.lang}: ${text} → "${quoted}"`, () => expect(vagueAmount(text)).toBe(quoted));
	it("a phrase that points back to an earlier invoice is named 'the same as last time', in every language", () => {
		for (const p of ["same as last time", "the usual", "wie immer", "wie letztes Mal", "lo mismo que el mes pasado", "como siempre", "comme la dernière fois", "comme d'habitude", "o valor de sempre", "come l'altra volta", "come il mese scorso", "zoals vorige keer", "zoals altijd"]) expect(vagueMeans(p)).toBe("the same as last time");
	});
	it("an agreement is no earlier invoice", () => {
		for (const p of ["as agreed", "wie vereinbart", "como acordamos", "comme convenu", "come concordato", "zoals afgesproken"]) expect(vagueMeans(p)).toBeNull();
	});
});

const mail = (text: string) => ({ id: "m1", threadId: "t1", subject: "factura", text, fromName: "Lucía Paredes", fromEmail: "lucia@estudio.example", replyToEmail: null, bulk: false, labelIds: ["INBOX"], date: "2026-11-20T10:00:00Z", attachments: [] });
const decide = (text: string) => decideInvoice(mail(text) as never, { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] });

describe("the clarification's words", () => {
	it("an agreed number named after it ('the 850 we agreed on') asks only for the currency", () => {
		for (const text of ["Loved the cover art! Could you send the invoice for the 1,200 we agreed upon? Happy to pay right away.", "¿Me pasas la factura por los 650 que habíamos acordado? Gracias."]) {
			const d = decide(text);
			expect(d.kind, text).toBe("clarify");
			if (d.kind === "clarify") expect(d.missing.join(" "), text).toContain("no currency given");
		}
	});

	it("names the missing currency when only the currency is missing", () => {
		const d = decide("Hola Sam!\n\nFactúranos 400 por la pancarta del estudio, porfa.\n\nLucía");
		expect(d.kind).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).toContain("no currency given (the amount 400 is written without one)");
	});

	it("quotes the vague words in full", () => {
		const d = decide("hey sam could you bill us for this months social posts, same as last time? ta");
		expect(d.kind).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).toContain('"same as last time" is not an amount');
	});
});

describe("a rate without its currency after a count of hours or days", () => {
	it("is 'no currency given', never 'no amount'", () => {
		for (const text of ["Hi Sam, please invoice me for 10 hrs @ 95. Thanks, Lucía", "Hola Sam!\n\nFactúranos los 3 días a 400, porfa.\n\nLucía"]) {
			const d = decide(text);
			expect(d.kind, text).toBe("clarify");
			if (d.kind === "clarify") expect(d.missing.join(" "), text).toContain("no currency given");
		}
	});
});

describe("a price per unit without its currency", () => {
	it("is read whatever words stand before it", () => {
		expect(bareRate("Please invoice the 12 portraits, 50 each.")).toBe("50");
		expect(bareRate("Kannst du mir die Beratung in Rechnung stellen? 90 pro Stunde, 6 Stunden.")).toBe("90");
		expect(bareRate("Factúrame la edición, 35 la hora.")).toBe("35");
		expect(bareRate("Tu peux facturer les 3 jours, 400 par jour ?")).toBe("400");
	});
	it("is no count of hours or days", () => expect(bareRate("Please invoice the 12 hours of editing.")).toBeNull());
	it("makes the clarification say 'no currency given'", () => {
		const d = decide("Hi Sam, please invoice the 12 portraits, 50 each. Thanks, Lucía");
		expect(d.kind).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).toContain("no currency given (the amount 50 is written without one)");
	});
});

describe("an earlier invoice as the amount", () => {
	it("asks for the amount, quoting the words and saying they mean the same as last time", () => {
		const d = decide("Qué onda Sam,\n\n¿me mandas la factura de este mes porfa? Lo mismo que el mes pasado, el paquete de redes sociales.\n\nRodrigo");
		expect(d.kind).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).toContain('"lo mismo que el mes pasado" is not an amount: the same as last time');
	});
});
