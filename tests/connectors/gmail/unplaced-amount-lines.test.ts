// Amounts the lines did not place ("the email also mentions X, which does not match the lines"): nearly always a line
// read wrong — a price list with dot leaders joined into one line, a label in two parts around a dash, a price per unit
// before its count, a thing added in its own clause with a pointer to its price, a price after a verb of agreeing with
// no pronoun. Each is read now; an amount that is something else (a budget, an estimate, a total that does not add up)
// still makes the reader ask.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft } from "./invoice-mail";

const mail = (body: string, company: string) => `Hi Sam,\n\n${body}\n\n${company}\n\nThanks,\nDana`;

describe("a price list with dot leaders stays a list whatever the amount's sign", () => {
	it("kwanza rows with a total row (Portuguese)", () =>
		expectDraft(mail("Pode emitir a fatura, por favor? Fica assim:\n\nVídeo promocional ............ 450.000,00 Kz\nLocução ...................... 80.000,00 Kz\nTotal ........................ 530.000,00 Kz", "Acme Produções, Lda."), "AOA", [
			["Vídeo promocional", 1, "450000.00"],
			["Locução", 1, "80000.00"],
		]));
	it("a total row that does not add up is asked about", () =>
		expectClarify(mail("Please invoice us for the following:\n\nWebsite copy ............ $1,250.00\nSEO audit ............... $400.00\nTotal ................... $1,900.00", "Acme Studio LLC"), "$1,900.00"));
});

describe("a label in two parts around a spaced dash, then a colon and its price", () => {
	it("Portuguese, with a deposit already paid", () =>
		expectDraft(mail("Pode emitir a fatura? Segue o resumo:\n\nDesenvolvimento da loja – Fase 3: R$ 3.600,00\nIntegração com transportadora: R$ 900,00\n\nJá paguei R$ 1.000,00 de sinal em setembro.", "Acme Comércio Ltda."), "BRL", [
			["Desenvolvimento da loja – Fase 3", 1, "3600.00"],
			["Integração com transportadora", 1, "900.00"],
		]));
	it("German and English", () => {
		expectDraft(mail("Kannst du mir die Rechnung schicken?\n\nWebshop – Stufe 2: 2.100,00 €\nSchnittstelle zur Warenwirtschaft: 700,00 €", "Acme Studio GmbH"), "EUR", [
			["Webshop – Stufe 2", 1, "2100.00"],
			["Schnittstelle zur Warenwirtschaft", 1, "700.00"],
		]);
		expectDraft(mail("Could you send the invoice? Summary:\n\nWebsite build – Phase 2: £2,800.00\nPayment gateway setup: £450.00", "Acme Studio Ltd"), "GBP", [
			["Website build – Phase 2", 1, "2800.00"],
			["Payment gateway setup", 1, "450.00"],
		]);
	});
	it("a part after the dash that speaks of payment is no name: asked", () =>
		expectClarify(mail("Could you send the invoice? Summary:\n\nWebsite build – paid in October: £1,400.00\nPayment gateway setup: £450.00", "Acme Studio Ltd"), "£1,400.00"));
});

describe("a price per unit, then x and the count", () => {
	it("English and Spanish bullets", () => {
		expectDraft(mail("Please send the invoice, prices as agreed:\n\n* Annual report layout – $2,000\n* Infographics – $75/chart x 12 charts", "Acme Studio LLC"), "USD", [
			["Annual report layout", 1, "2000.00"],
			["Infographics", 12, "75.00"],
		]);
		expectDraft(mail("¿Me envías la factura? Precios acordados:\n\n- Diseño de portada – 500 €\n- Ilustraciones interiores – 60 €/ilustración x 10 ilustraciones", "Acme Estudio S.L."), "EUR", [
			["Diseño de portada", 1, "500.00"],
			["Ilustraciones interiores", 10, "60.00"],
		]);
	});
	it("a remark with another price after the count is asked about", () =>
		expectClarify(mail("Please send the invoice, prices as agreed:\n\n* Hero banner – €900\n* Product cut-outs – €30/image x 15 images (we had budgeted €25/image)", "Acme Studio Ltd"), "€30"));
});

describe("a thing added in its own clause, its price pointed at", () => {
	it("Dutch, German, English, French, Italian", () => {
		expectDraft(mail("Kun je me de factuur sturen? De flyer was € 300,- zoals afgesproken. De poster komt daar nog bij, die was € 120,-.", "Acme Studio B.V."), "EUR", [
			["Flyer", 1, "300.00"],
			["Poster", 1, "120.00"],
		]);
		expectDraft(mail("Kannst du mir die Rechnung schicken? Das Logo war 800 € wie besprochen. Die Speisekarte kommt noch dazu, die war 150 €.", "Acme Café GmbH"), "EUR", [
			["Logo", 1, "800.00"],
			["Speisekarte", 1, "150.00"],
		]);
		expectDraft(mail("Can you send the invoice? The logo was $800 as agreed. The menu card comes on top of that, that one was $150.", "Acme Cafe LLC"), "USD", [
			["Logo", 1, "800.00"],
			["Menu card", 1, "150.00"],
		]);
		expectDraft(mail("Pourriez-vous m'envoyer la facture ? L'affiche était de 500 €. Le dépliant vient en plus, il était à 180 €.", "Acme Librairie SARL"), "EUR", [
			["Affiche", 1, "500.00"],
			["Dépliant", 1, "180.00"],
		]);
		expectDraft(mail("Mi mandi la fattura? Il sito era 2.000,00 €. Si aggiunge anche la newsletter, che era 300,00 €.", "Acme S.r.l."), "EUR", [
			["Sito", 1, "2000.00"],
			["Newsletter", 1, "300.00"],
		]);
	});
	it("the sum of both is no price of the added thing: asked", () =>
		expectClarify(mail("Can you send the invoice? The logo was $800. The menu card comes on top of that, that was $950 in total.", "Acme Cafe LLC"), "$950"));
});

describe("a price after a verb of agreeing with no pronoun", () => {
	it("Spanish, Italian, Portuguese", () => {
		expectDraft(mail("¿Me pasas la factura? Fueron 3 videos a S/ 300 cada uno, y también la edición del reel. Por la edición quedamos en S/ 250.", "Acme Hostal E.I.R.L."), "PEN", [
			["Videos", 3, "300.00"],
			["Edición", 1, "250.00"],
		]);
		expectDraft(mail("Mi mandi la fattura? Il logo era 700 € come d'accordo. Per il manuale del marchio eravamo rimasti a 300 €.", "Acme Studio S.r.l."), "EUR", [
			["Logo", 1, "700.00"],
			["Manuale del marchio", 1, "300.00"],
		]);
		expectDraft(mail("Pode me mandar a fatura? Foram 5 fotos a R$ 200,00 cada. Pela edição do vídeo combinamos R$ 800,00.", "Acme Comércio Ltda."), "BRL", [
			["Fotos", 5, "200.00"],
			["Edição do vídeo", 1, "800.00"],
		]);
	});
	it("a price budgeted or estimated is no line: asked, in English and Spanish", () => {
		expectClarify(mail("Could you send the invoice? It was 3 videos at $300 each. For the editing we had budgeted $250.", "Acme Hostel LLC"), "$250");
		expectClarify(mail("¿Me pasas la factura? Fueron 3 videos a S/ 300 cada uno. Por la edición habíamos presupuestado S/ 250, pero al final no la hiciste.", "Acme Hostal E.I.R.L."), "S/ 250");
	});
	it("a pointer with its verb names no thing (\"Le logo, c'était 600 €\")", () =>
		expectClarify(mail("Tu peux me faire la facture ? Le logo, c'était 600 € comme convenu. Pour la charte graphique, on avait dit 400 €.", "Acme Studio SARL"), "600 €"));
});

describe("a company on its own line after a word saying whom the invoice is to", () => {
	it("\"An Acme Studio GmbH.\" names Acme Studio GmbH", () => {
		const d = decide(mail("Kannst du mir die Rechnung schicken?\n\nWebshop – Stufe 2: 2.100,00 €\nSchnittstelle zur Warenwirtschaft: 700,00 €\n\nAn Acme Studio GmbH.", "Grüße"));
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") expect((d.params["customer"] as { company?: string }).company).toBe("Acme Studio GmbH");
	});
});
