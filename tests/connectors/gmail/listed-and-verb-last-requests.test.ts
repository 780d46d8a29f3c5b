// Requests the reader missed or could not tie to their price: a heading that puts the list below it on the invoice
// ("Here's what to invoice:", "Positionen für die Rechnung:", "Dit mag op de factuur:"), the Spanish imperative
// "factura a <client>", Portugal's "passar a fatura", Italian pronouns joined to the verb ("fatturarci"), Dutch and
// German verbs after the thing ("de workshop factureren, € 1.500", "für 650 € in Rechnung stellen"), and a second thing
// added by "e junte também" or "aggiunga anche", priced in its own clause ("poi c'è", "il y a aussi" only mention one,
// and are asked about).
import { describe, it } from "vitest";
import { expectDraft, expectNoDraft } from "./invoice-mail";

describe("a heading over the list to invoice", () => {
	it("drafts the list under a heading in every language", () => {
		expectDraft("Hi Sam,\n\nHere's what to invoice:\n- Poster design: $400\n- Flyer design: $250\n\nThanks,\nDana", "USD", [["Poster design", 1, "400.00"], ["Flyer design", 1, "250.00"]]);
		expectDraft("Hallo Sam,\n\nanbei die Positionen für die Rechnung:\n- Konzept: 700 €\n- Reinzeichnung: 300 €\n\nDanke\nDana", "EUR", [["Konzept", 1, "700.00"], ["Reinzeichnung", 1, "300.00"]]);
		expectDraft("Bonjour Sam,\n\nÀ facturer :\n- Maquette : 600 €\n- Impression : 180 €\n\nMerci,\nDana", "EUR", [["Maquette", 1, "600.00"], ["Impression", 1, "180.00"]]);
		expectDraft("Hola Sam:\n\nConceptos a facturar:\n- Maquetación: 450 €\n- Portada: 120 €\n\nGracias,\nDana", "EUR", [["Maquetación", 1, "450.00"], ["Portada", 1, "120.00"]]);
		expectDraft("Oi Sam,\n\nSegue o que precisa entrar na fatura:\n- Identidade visual: R$ 2.000,00\n- Papelaria: R$ 500,00\n\nValeu,\nDana", "BRL", [["Identidade visual", 1, "2000.00"], ["Papelaria", 1, "500.00"]]);
		expectDraft("Ciao Sam, ecco le voci da fatturare:\n- Impaginazione: 500 €\n- Copertina: 200 €\n\nGrazie, Dana", "EUR", [["Impaginazione", 1, "500.00"], ["Copertina", 1, "200.00"]]);
		expectDraft("Hoi Sam,\n\nDit mag op de factuur:\n- Ontwerp: € 600\n- Drukwerkbegeleiding: € 90\n\nGroet,\nDana", "EUR", [["Ontwerp", 1, "600.00"], ["Drukwerkbegeleiding", 1, "90.00"]]);
	});

	it("never drafts a list of an invoice already sent or received", () => {
		expectNoDraft("Hi Sam,\n\nItems on this invoice:\n- Logo: $900\n\nPlease check them against your records.\n\nDana");
		expectNoDraft("Hallo,\n\nIhre Rechnung enthielt:\n- Logo: 900 €\n\nWir haben sie bezahlt.\n\nDana");
		expectNoDraft("Hi Sam,\n\nHere's what to invoice next month, once the launch is done:\n- Logo: $900\n\nDana");
	});
});

describe("requests read in their own word order", () => {
	it("reads the Spanish imperative before whom it bills, and Portugal's passar a fatura", () => {
		expectDraft("Hola Sam, por favor factura a Acme S.L. la traducción del manual (15 páginas a 35 € cada una).", "EUR", [["Traducción del manual (páginas)", 15, "35.00"]]);
		expectDraft("Olá Sam, podes passar-me a fatura das 4 horas de consultoria a 50 € à hora? Obrigada", "EUR", [["Consultoria (horas)", 4, "50.00"]]);
		expectDraft("Olá Sam, pode passar a fatura do logótipo, 400 €?", "EUR", [["Logótipo", 1, "400.00"]]);
	});

	it("reads the Italian pronoun joined to the verb and the verb after the thing", () => {
		expectDraft("Ciao Sam, puoi fatturarci il workshop, 1.500 €? Grazie, Dana", "EUR", [["Workshop", 1, "1500.00"]]);
		expectDraft("Ciao Sam, fatturami pure il logo, 450 €. Ciao!", "EUR", [["Logo", 1, "450.00"]]);
		expectDraft("Hoi Sam, kun je de workshop factureren, € 1.500? Groetjes, Dana", "EUR", [["Workshop", 1, "1500.00"]]);
		expectDraft("Hoi Sam, factureer ons de fotoshoot, € 650. Groet", "EUR", [["Fotoshoot", 1, "650.00"]]);
		expectDraft("Hallo Sam, kannst du uns bitte die Schaufenstergestaltung für 650 € in Rechnung stellen?", "EUR", [["Schaufenstergestaltung", 1, "650.00"]]);
		expectDraft("Hi Sam, magst du uns die Moderation in Rechnung stellen? 600 € wie abgesprochen. Danke dir!", "EUR", [["Moderation", 1, "600.00"]]);
	});

	it("reads a second thing added by a verb of adding, and asks about one only mentioned", () => {
		expectDraft("Olá Sam, pode enviar-nos a fatura do logo, 400 €? E junte também a gestão de anúncios, que ficou em 150 €.", "EUR", [["Logo", 1, "400.00"], ["Gestão de anúncios", 1, "150.00"]]);
		expectDraft("Buongiorno Sam, le chiedo di fatturare la consulenza: 6 ore a 80 € l'ora. Aggiunga anche il rimborso spese di viaggio, 45 €.", "EUR", [["Consulenza (ore)", 6, "80.00"], ["Rimborso spese di viaggio", 1, "45.00"]]);
		expectNoDraft("Ciao Sam, fatturaci il servizio fotografico, 800 €. Poi c'è la trasferta, che era 60 €.");
		expectNoDraft("Bonjour Sam, merci de nous facturer le shooting, 900 €. Il y a aussi les frais de déplacement : 70 €.");
	});
});
