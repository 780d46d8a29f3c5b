// A list of labelled rows and the total they add up to, where a row's label holds more than a plain name: a part after
// a spaced dash with its number ("Website – Fase 2") and a bracket saying what that part held (kept in the name in up to four words), or a count of people
// times a price each ("4 persone × 150,00 € cad."). Every row is read, so the stated total agrees with the lines; a
// total that does not agree, a bracket about payment and a count of people with no price each are still asked about.
import { describe, it } from "vitest";
import { expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a row's label in two parts with a bracket after it", () => {
	it("is named by the label, with its bracket where up to four words say which part, in every language", () => {
		expectDraft("Caro Sam,\n\nVenho solicitar que nos envie a fatura referente aos trabalhos abaixo, aprovados pela administração:\n\n• Website – Fase 2 (loja online e área de clientes): 2.400,00 €\n• Alojamento anual do site: 120,00 €\n\nTotal: 2.520,00 €\n\nCumprimentos,\nRicardo", "EUR", [["Website – Fase 2", 1, "2400.00"], ["Alojamento anual do site", 1, "120.00"]]);
		expectDraft("Hi Sam,\n\nCould you invoice us for the following:\n\n• Website build – Phase 2 (online shop and customer area): £2,400.00\n• Annual hosting: £120.00\n\nTotal: £2,520.00\n\nBest,\nDana", "GBP", [["Website build – Phase 2", 1, "2400.00"], ["Annual hosting", 1, "120.00"]]);
		expectDraft("Hallo Sam,\n\nbitte stell uns folgendes in Rechnung:\n\n- Webshop – Stufe 2 (Warenkorb und Kundenkonto): 1.800,00 €\n- Domain und Hosting: 90,00 €\n\nGesamt: 1.890,00 €\n\nGruß\nDana", "EUR", [["Webshop – Stufe 2 (Warenkorb und Kundenkonto)", 1, "1800.00"], ["Domain und Hosting", 1, "90.00"]]);
		expectDraft("Bonjour Sam,\n\nMerci de nous facturer :\n\n• Site vitrine – Lot 2 (boutique en ligne) : 2 000,00 €\n• Hébergement annuel : 150,00 €\n\nTotal : 2 150,00 €\n\nCordialement,\nDana", "EUR", [["Site vitrine – Lot 2 (boutique en ligne)", 1, "2000.00"], ["Hébergement annuel", 1, "150.00"]]);
		expectDraft("Hoi Sam,\n\nWil je ons het volgende factureren?\n\n- Website – fase 2 (webshop en klantenportaal): € 2.200,00\n- Hosting per jaar: € 130,00\n\nTotaal: € 2.330,00\n\nGroet,\nDana", "EUR", [["Website – fase 2 (webshop en klantenportaal)", 1, "2200.00"], ["Hosting per jaar", 1, "130.00"]]);
		expectDraft("Hey Sam — invoice us for these pls:\n\n* Podcast edit – Episode 4 (intro music added): $300\n* Show notes: $50\n\nTotal: $350\n\ncheers, Dana", "USD", [["Podcast edit – Episode 4 (intro music added)", 1, "300.00"], ["Show notes", 1, "50.00"]]);
	});
	it("a total the rows do not add up to is asked about", () => {
		expectClarify("Caro Sam,\n\nVenho solicitar que nos envie a fatura referente aos trabalhos abaixo:\n\n• Website – Fase 2 (loja online e área de clientes): 2.400,00 €\n• Alojamento anual do site: 120,00 €\n\nTotal: 2.620,00 €\n\nCumprimentos,\nRicardo", "2620.00");
	});
	it("a bracket about payment or about what is left out is no part's contents: asked", () => {
		expectNoDraft("Hallo Sam,\n\nbitte stell uns in Rechnung:\n- Webshop – Stufe 2 (bereits bezahlt): 1.800,00 €\n- Hosting: 90,00 €\n\nGesamt: 1.890,00 €\n\nGruß\nDana");
		expectNoDraft("Hi Sam,\n\nPlease invoice:\n- Website build – Phase 2 (without the shop): €1,800.00\n- Hosting: €120.00\n\nTotal: €1,920.00\n\nDana");
	});
	it("a quote request with the same rows is no invoice", () => {
		expectNoDraft("Hola Sam,\n\n¿Nos podrías enviar un presupuesto para lo siguiente?\n\n- Rediseño web – Fase 2 (tienda online): 1.500,00 €\n- Mantenimiento anual: 200,00 €\n\nTotal: 1.700,00 €\n\nGracias,\nDana");
	});
});

describe("a row counting people times a price each", () => {
	it("is the row's labelled work counted per person", () => {
		expectDraft("Gentile Sam,\n\nLe chiedo cortesemente di emetterci fattura per:\n- Servizio fotografico ritratti: 4 persone × 150,00 € cad.\n- Consegna file ad alta risoluzione: 80,00 €\n\nper un totale di 680,00 €.\n\nCordiali saluti,\nGiulia", "EUR", [["Servizio fotografico ritratti (persone)", 4, "150.00"], ["Consegna file ad alta risoluzione", 1, "80.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice us for:\n- Team portrait session: 4 people × £150.00 each\n- High-res file delivery: £80.00\n\nfor a total of £680.00.\n\nThanks,\nDana", "GBP", [["Team portrait session (people)", 4, "150.00"], ["High-res file delivery", 1, "80.00"]]);
		expectDraft("Hallo Sam,\n\nbitte stell uns in Rechnung:\n- Porträtshooting: 5 Personen × 120,00 € pro Person\n- Bildbearbeitung: 60,00 €\n\ninsgesamt 660,00 €.\n\nDanke!\nDana", "EUR", [["Porträtshooting (Personen)", 5, "120.00"], ["Bildbearbeitung", 1, "60.00"]]);
		expectDraft("Hola Sam,\n\nPor favor, facturanos lo siguiente:\n- Sesión de retratos: 3 personas × 100,00 € cada una\n- Entrega de archivos: 50,00 €\n\nTotal: 350,00 €\n\nGracias,\nDana", "EUR", [["Sesión de retratos (personas)", 3, "100.00"], ["Entrega de archivos", 1, "50.00"]]);
		expectDraft("Salut Sam,\n\ntu peux me facturer ça :\n- Portraits corporate : 3 personnes à 120 € chacune\n- Retouches : 90 €\n\nTotal 450 €\n\nMerci !\nDana", "EUR", [["Portraits corporate (personnes)", 3, "120.00"], ["Retouches", 1, "90.00"]]);
		expectDraft("Oi Sam,\n\nManda a fatura:\n- Ensaio corporativo: 5 pessoas × R$ 200,00 cada\n- Edição extra: R$ 150,00\n\nTotal: R$ 1.150,00\n\nValeu,\nDana", "BRL", [["Ensaio corporativo (pessoas)", 5, "200.00"], ["Edição extra", 1, "150.00"]]);
		expectDraft("Hoi Sam,\n\nKun je ons factureren voor:\n- Portretsessie: 4 personen × € 150,00 per persoon\n- Levering bestanden: € 80,00\n\nTotaal € 680,00.\n\nGroeten,\nDana", "EUR", [["Portretsessie (personen)", 4, "150.00"], ["Levering bestanden", 1, "80.00"]]);
	});
	it("a count written in words, and several kinds of rows in one list", () => {
		expectDraft("Ciao Sam,\n\nfattura per favore:\n- Ritratti aziendali: quattro persone a 150 € l'una\n- Consegna file: 80 €\n\nTotale 680 €\n\nDana", "EUR", [["Ritratti aziendali (persone)", 4, "150.00"], ["Consegna file", 1, "80.00"]]);
		expectDraft("Hi Sam,\n\nInvoice please:\n- Website – Phase 2 (online shop): €2,400\n- Portraits: 4 people × €150 each\n- Hosting: €120\n\nTotal €3,120.\n\nDana", "EUR", [["Website – Phase 2 (online shop)", 1, "2400.00"], ["Portraits (people)", 4, "150.00"], ["Hosting", 1, "120.00"]]);
		expectDraft("Hola Sam:\n\nNecesito la factura de:\n- Diseño web – Fase 2 (blog y tienda): 1.800 €\n- Fotografía de equipo: 6 personas x 50 € c/u\nTotal 2.100 €\n\nDana", "EUR", [["Diseño web – Fase 2 (blog y tienda)", 1, "1800.00"], ["Fotografía de equipo (personas)", 6, "50.00"]]);
	});
	it("the Italian \"cad.\" after a euro amount is each, never the Canadian dollar", () => {
		expectDraft("Buongiorno Sam,\n\nmi può fatturare:\n- Stampa locandine: 50 copie × 3,00 € cad.\n- Grafica locandina: 200,00 €\n\ntotale 350,00 €\n\nSaluti,\nDana", "EUR", [["Stampa locandine (copie)", 50, "3.00"], ["Grafica locandina", 1, "200.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice:\n- Poster design: $150 CAD\n- Printing: $60 CAD\n\nTotal $210 CAD.\n\nDana", "CAD", [["Poster design", 1, "150.00"], ["Printing", 1, "60.00"]]);
	});
	it("a count of people with no price each may be the whole thing's price: asked", () => {
		expectNoDraft("Hi Sam,\n\nPlease invoice:\n- Workshop: 15 participants at €600\n- Room hire: €150.00\n\nThanks\nDana");
		expectNoDraft("Hi Sam,\n\nPlease invoice:\n- Workshop: 15 participants, €600\n- Room hire: €150.00\n\nThanks\nDana");
	});
	it("a total the rows do not add up to is asked about", () => {
		expectClarify("Olá Sam,\n\nPode enviar-nos a fatura de:\n- Sessão de retratos: 4 pessoas × 150,00 € cada\n- Entrega dos ficheiros: 80,00 €\n\nTotal: 700,00 €\n\nObrigado,\nDana", "700.00");
		expectClarify("Hi Sam,\n\nPlease invoice:\n- Workshop: 15 participants x €40\n- Room hire: €150.00\n\nTotal: €900.00\n\nDana", "900.00");
	});
	it("in prose, a singular thing priced per person stays a question", () => {
		expectClarify("Please invoice us for the workshop: 15 participants at $40 each.\n\nDana", "Participants");
		expectClarify("Please bill the catering: 20 guests at €35 each.", "Guests");
	});
});
