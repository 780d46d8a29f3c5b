// A reply whose figure for a thing differs from the figure the quoted thread below it gives for the same thing: which
// one the invoice carries is asked, both named. A figure the reply calls a revision, or the same figure, drafts.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

const reply = (own: string, quoted: string, wrote = "On Fri, 20 Nov 2026 at 4:15 PM Sam <owner@lumenpine.example> wrote:") => `${own}\n\n${wrote}\n${quoted.split("\n").map((l) => `> ${l}`).join("\n")}\n`;

describe("a reply's amount against the quoted thread's for the same thing", () => {
	it("is asked about when they differ, in several languages", () => {
		expectClarify(reply("Hi Sam,\n\nAll done, please invoice us for the logo design, $900 as agreed.\n\nThanks,\nDana", "Hi Dana,\n\nThe logo design comes to $750. Shall I send the invoice?\n\nSam"), "which amount is right for the logo design: this email writes $900, the earlier message quoted below $750");
		expectClarify(reply("Hallo Sam,\n\nbitte stell uns die Rechnung für das Logo, 900 € wie besprochen.\n\nDanke", "Hallo,\n\ndas Logo kostet 750 €. Soll ich die Rechnung schicken?", "Am Fr., 20. Nov. 2026 um 16:15 schrieb Sam <owner@lumenpine.example>:"), "900 €, the earlier message quoted below 750 €");
		expectClarify(reply("Hola Sam,\n\n¿Me mandas la factura? La sesión de fotos, 1.200 € como quedamos.\n\nGracias", "Hola,\n\nla sesión de fotos queda en 1.050 €. ¿Te mando la factura?", "El vie, 20 nov 2026 a las 16:15, Sam <owner@lumenpine.example> escribió:"), "1.200 €, the earlier message quoted below 1.050 €");
	});

	it("drafts when the figures agree, when the reply calls its figure a revision, or when the quoted sentence gives two", () => {
		expectDraft(reply("Hi Sam,\n\nPlease invoice us for the logo design, $900 as agreed.\n\nThanks", "Hi Dana,\n\nThe logo design comes to $900. Shall I send the invoice?"), "USD", [["Logo design", 1, "900.00"]]);
		expectDraft(reply("Hi Sam,\n\nPlease invoice the updated price, $900 for the logo design.\n\nThanks", "Hi Dana,\n\nThe logo design comes to $750. Shall I send the invoice?"), "USD", [["Logo design", 1, "900.00"]]);
		expectDraft(reply("Hi Sam,\n\nPlease invoice us for the logo design, $900 as agreed.\n\nThanks", "Hi Dana,\n\nThe logo design was $750, with the extra round it is now $900."), "USD", [["Logo design", 1, "900.00"]]);
		// A quoted sentence about another thing says nothing about this one.
		expectDraft(reply("Hi Sam,\n\nPlease invoice us for the logo design, $900 as agreed.\n\nThanks", "Hi Dana,\n\nThe brochure would be $750 if you want it too."), "USD", [["Logo design", 1, "900.00"]]);
	});
});
