// Aligned plain-text rows whose labels hold digits that are part of the name: a part of a series ("Phase 2 landing
// page", "Sprint 14", "fase 3", "Staffel 2") or the count of a set priced as one ("(set of 6 sizes)", "(Satz mit 4
// Motiven)", "(lot de 3)"). A count standing in the label on its own ("Flyers 200", "Web banners 6 sizes") is still no
// flat price: the card asks.
import { describe, it } from "vitest";
import { expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a row label holding a part's number or a set's count", () => {
	it("reads the row as one priced thing: English", () => {
		expectDraft("Could you invoice us for the following:\n\n  Phase 2 landing page            £1,200.00\n  Email templates (set of 3)        £450.00\n", "GBP", [["Phase 2 landing page", 1, "1200.00"], ["Email templates (set of 3)", 1, "450.00"]]);
	});
	it("reads the row as one priced thing: German", () => {
		expectDraft("Bitte stellen Sie uns Folgendes in Rechnung:\n\nStaffel 2 Podcast-Schnitt      1.800,00 €\nPlakate (Satz mit 4 Motiven)     480,00 €\n", "EUR", [["Staffel 2 Podcast-Schnitt", 1, "1800.00"], ["Plakate (Satz mit 4 Motiven)", 1, "480.00"]]);
	});
	it("reads the row as one priced thing: Spanish", () => {
		expectDraft("Por favor, facturadnos:\n\nRediseño web fase 3        2.400,00 €\nIconos (juego de 12)         360,00 €\n", "EUR", [["Rediseño web fase 3", 1, "2400.00"], ["Iconos (juego de 12)", 1, "360.00"]]);
	});
	it("reads the row as one priced thing: French", () => {
		expectDraft("Merci de nous facturer :\n\nÉtape 2 maquettes        CHF 1'500.00\nAffiches (lot de 3)      CHF 270.00\n", "CHF", [["Étape 2 maquettes", 1, "1500.00"], ["Affiches (lot de 3)", 1, "270.00"]]);
	});
	it("reads the row as one priced thing: dot leaders", () => {
		expectDraft("Please invoice:\n\nSprint 14 QA ........ $900\nSprint 15 QA ........ $950\n", "USD", [["Sprint 14 QA", 1, "900.00"], ["Sprint 15 QA", 1, "950.00"]]);
	});

	it("a count standing alone in the label still asks", () => {
		expectNoDraft("Please invoice:\n\n  Web banners 6 sizes        £650.00\n  Landing page            £1,200.00\n");
		expectNoDraft("Please invoice:\n\n  Flyers 200        £80.00\n  Poster             £120.00\n");
		expectClarify("Please invoice:\n\n  Photos 40 edited        £600.00\n", "£600.00");
	});
});

describe("a dot-leader row with its count times a price", () => {
	it("reads the count and the price per unit, in several languages and currencies", () => {
		expectDraft("Please send invoice in CZK:\n\nProduct photos ........ 40 x 150 Kč\nBanner for e-shop ..... 2 500 Kč\n", "CZK", [["Product photos", 40, "150.00"], ["Banner for e-shop", 1, "2500.00"]]);
		expectDraft("Bitte schicken Sie uns die Rechnung:\n\nPortraits ...... 12 × 45,00 €\nGruppenfoto .... 180,00 €\n", "EUR", [["Portraits", 12, "45.00"], ["Gruppenfoto", 1, "180.00"]]);
		expectDraft("Could you invoice us, please?\n\nIlustracje … 6 x 250 zł\n", "PLN", [["Ilustracje", 6, "250.00"]]);
	});
	it("a row whose total does not match its count times its price asks", () => {
		expectClarify("Please invoice:\n\nProduct photos ........ 40 x 150 Kč\nTotal ........ 5 000 Kč\n", "does not match");
	});
});

describe("a dot-leader row with its count in brackets and a price each", () => {
	it("reads the count and the price per unit", () => {
		expectDraft("Le escribo para solicitarle la factura.\n\nDiseño de etiqueta ............ S/ 1,500.00\nFotografías (6 unid.) ...... S/ 120.00 c/u\n", "PEN", [["Diseño de etiqueta", 1, "1500.00"], ["Fotografías (unidades)", 6, "120.00"]]);
		expectDraft("Please invoice us:\n\nBanners (3 pcs) ........ $120 each\n", "USD", [["Banners (pieces)", 3, "120.00"]]);
	});
	it("without a word for each, the bracketed count and a dot-leader price stay a flat price or a question, never multiplied", () => {
		expectDraft("Please invoice us:\n\nBanners (3 pcs) ........ $360\n", "USD", [["Banners (3 pcs)", 1, "360.00"]]);
	});
});
