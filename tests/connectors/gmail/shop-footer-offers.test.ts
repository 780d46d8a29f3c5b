// A shop's own offers in its signature or footer ("Gift cards from $25", "Gutscheine ab 25 €", "10% off your first
// order with code WELCOME10") are the sender's prices to its customers: never a line, a rival amount, a discount on this
// invoice or a sign of phishing. A price changed "from … to …" and a discount on this work are still asked about.
import { describe, it } from "vitest";
import { expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a shop's offers in its footer", () => {
	it("drafts the request beside a footer offering gift cards, packages or free delivery", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us for the shop window decals, $640.\n\nThanks,\nDana\nAcme Candles\nGift cards from $20 · Free shipping over $50", "USD", [["Shop window decals", 1, "640.00"]]);
		expectDraft("Hi Sam,\n\nCould you send the invoice for the event photos, $900?\n\nBest,\nDana\nAcme Studios | Portrait packages from $199 | Book online", "USD", [["Event photos", 1, "900.00"]]);
		expectDraft("Hallo Sam,\n\nbitte schick uns die Rechnung für die Speisekarte, 380 €.\n\nViele Grüße\nDana\nCafé Acme · Gutscheine ab 15 € · Mo–Fr 8–18 Uhr", "EUR", [["Speisekarte", 1, "380.00"]]);
		expectDraft("Bonjour Sam,\n\nPouvez-vous nous envoyer la facture pour l'affiche, 420 € ?\n\nCordialement,\nDana\nLibrairie Acme · Carte cadeau dès 10 € · Livraison offerte dès 35 €", "EUR", [["Affiche", 1, "420.00"]]);
		expectDraft("Hola Sam:\n\n¿Me envías la factura del cartel, 300 €?\n\nGracias,\nDana\nFloristería Acme · Ramos desde 25 € · Envío gratis", "EUR", [["Cartel", 1, "300.00"]]);
	});

	it("leaves a footer's promotion code out of the discount question", () => {
		expectDraft("Hi Sam,\n\nPlease send an invoice for the 6 product photos at £40 each.\n\nCheers,\nDana\n--\nAcme Tea · 15% off your first order with code HELLO15", "GBP", [["Product photos", 6, "40.00"]]);
		expectDraft("Hallo Sam,\n\nbitte stell uns die 2 Banner zu je 90 € in Rechnung.\n\nGruß\nDana\nAcme Shop – 10 % Rabatt mit dem Rabattcode WINTER10", "EUR", [["Banner", 2, "90.00"]]);
	});

	it("reads a gift card footer as no phishing, but asking to buy gift cards still is", () => {
		expectDraft("Hi Sam,\n\nCould you invoice us for the window display, $1,200?\n\nThanks!\nDana\nAcme Home & Garden\nGift cards available in store", "USD", [["Window display", 1, "1200.00"]]);
		expectNoDraft("Sam, I need a favour today. Please buy six gift cards for a client and send me the codes. Invoice us later.");
	});

	it("still asks about a price changed from one amount to another, and a discount on this work", () => {
		expectClarify("Hi Sam, please invoice us for the logo, $800. We agreed to move the hosting from $40 to $35 a month too.\n\nThanks, Dana", "$");
		expectClarify("Hi Sam,\n\nPlease invoice the 4 workshops at $500 each, less the 5% discount we agreed.\n\nDana\nAcme Shop · Gift cards from $25", "discount");
	});
});
