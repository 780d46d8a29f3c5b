// A due date written as a day and month with a dot ("due 10.12", "fällig am 15.12", "vencimento 15.12") is a date, not
// an amount without a currency; and a word of ease between the due-date label and the date ("setz als Fälligkeit
// einfach den 15. Dezember", "comme date d'échéance, mets tout simplement le 15 décembre") still names it.
import { describe, expect, it } from "vitest";
import { decide, draftField, expectClarify, expectNoDraft } from "./invoice-mail";

describe("a day and month with a dot after the due words is the due date", () => {
	for (const [text, due] of [
		["As per subject :) Thanks Sam!\n\nIngrid", "2026-12-10"],
		["Hi Sam, please invoice me for the logo, $500, due by 20.12. Thanks, Paul", "2026-12-20"],
		["Hallo Sam, bitte schick mir die Rechnung für das Shooting, 800 €, fällig am 15.12. Danke, Jonas", "2026-12-15"],
		["Olá Sam, manda-me a fatura das fotos, 300 €, vencimento 15.12. Obrigado, Pedro", "2026-12-15"],
		["Ciao Sam, mandami la fattura delle foto, 300 €, scadenza 15.12. Grazie, Elena", "2026-12-15"],
		["Bonjour Sam, merci de m'envoyer la facture du logo, 500 €, échéance le 18.12.\nSophie", "2026-12-18"],
	] as const) {
		it(text.split("\n")[0]!, () => {
			// The first says it all in the subject, as a phone's one-liner does.
			const d = decide(text, text.startsWith("As per") ? "Invoice please – opening night photos, kr 12 500,- to Nordlys Kaffebar AS, due 10.12" : "Invoice");
			expect(d.kind, JSON.stringify(d)).toBe("draft");
			if (d.kind === "draft") expect(d.params["due_date"]).toBe(due);
		});
	}
	it("a price with cents is still a price", () => {
		expectClarify("Hi Sam, please invoice me for the shoot, £450, and also the drinks for 12.50. Thanks, Tom", "£450");
	});
	it("a day and month beside a sum that is due stays asked", () => {
		expectNoDraft("Please invoice the logo, £800, and the prints, the balance due 10.12.");
	});
	it("a number with a dot beside no due word stays asked", () => {
		expectClarify("Invoice for the opening photos please, NOK 12 500 and the extra 10.12 for prints.\nIngrid", "10.12");
	});
});

describe("a word of ease between the due-date label and the date", () => {
	for (const [text, due] of [
		["Hoi Sam, bitte schick mir die Rechnung für die Website, CHF 1'200.–. Setz als Fälligkeit\neinfach den 15. Dezember, das passt.\nGruess Reto", "2026-12-15"],
		["Hallo Sam, schick mir die Rechnung für das Logo, 500 €. Schreib als Fälligkeitsdatum einfach den 15.12. drauf.", "2026-12-15"],
		["Hallo Sam, bitte die Rechnung für die Fotos, 300 €. Trag als Fälligkeit doch den 15.12. ein.", "2026-12-15"],
		["Bonjour Sam, envoie-moi la facture du logo, 500 €. Comme date d'échéance, mets tout simplement le 15 décembre.", "2026-12-15"],
		["Bonjour Sam, envoie-moi la facture du logo, 500 €. Pour l'échéance, mets simplement le 15 décembre.", "2026-12-15"],
		["Hola Sam, ¿me mandas la factura del logo? Son 400 €. Pon como vencimiento simplemente el 15 de diciembre.", "2026-12-15"],
		["Ciao Sam, mi mandi la fattura per le foto? 350 €. Metti come scadenza semplicemente il 15 dicembre.", "2026-12-15"],
		["Hoi Sam, kun je me de factuur voor de flyers sturen? 250 €. Zet als vervaldatum gewoon 15 december.", "2026-12-15"],
	] as const) {
		it(text.split(". ").slice(-1)[0]!, () => expect(draftField(text, "due_date")).toBe(due));
	}
	it("a date for the files is no due date", () => {
		expect(draftField("Hoi Sam, bitte schick mir die Rechnung für die Website, CHF 1'200.–. Liefer die Dateien einfach den 15. Dezember.", "due_date")).toBeUndefined();
		expect(draftField("Bonjour Sam, merci de m'envoyer la facture pour les affiches, 600 €. Mets comme date de livraison simplement le 18 décembre.", "due_date")).toBeUndefined();
	});
	it("no amount still asks", () => {
		expectNoDraft("Hallo Sam, bitte stell uns die Rechnung für das Flyer-Design. Als Fälligkeit einfach den 18. Dezember 2026.");
	});
});
