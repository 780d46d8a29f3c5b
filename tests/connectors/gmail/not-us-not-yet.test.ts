// "Don't bill us, bill the client" is a question of who the invoice is to; "don't bill us yet" / "schick mir die
// Rechnung noch nicht" is a wait. Neither becomes a draft, and each is told apart from the other.
import { describe, expect, it } from "vitest";
import { decide, expectClarify } from "./invoice-mail";

const wait = (text: string) => {
	const d = decide(text);
	expect(d.kind === "none" ? d.rule : d.kind, JSON.stringify(d)).toBe("wait");
};

describe("not us: another payer named or left open", () => {
	it("asks who the invoice is to", () => {
		expectClarify("Hi Sam,\n\nThe flyer is approved. Please invoice $600 for the flyer design, but don't bill us this time - invoice the client directly.\n\nCheers,\nDana", "who the invoice is to");
		expectClarify("Hi Sam,\n\nThanks for the banner. Please do not invoice us for it ($450 for the banner design); bill the organisers directly, they pay you.\n\nDana", "who the invoice is to");
	});
});

describe("not yet, in the request's own words", () => {
	it("waits", () => {
		wait("Hi Sam,\n\nPlease don't bill us yet for the banner ($450), the budget opens in January.\n\nDana");
		wait("Hallo Sam,\n\ndie Flyer sind super! Schick mir die Rechnung dafür aber noch nicht, das soll erst ins neue Geschäftsjahr. Dann kannst du die 800 € abrechnen.\n\nJonas");
		wait("Hallo Sam,\n\nbitte stellt uns die Rechnung für die Fotos noch nicht, also bitte erst nach dem 10. Januar.\n\nGrüße\nJonas");
	});
});
