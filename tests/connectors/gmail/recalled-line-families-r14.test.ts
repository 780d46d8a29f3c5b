// Lines the reader could not place before round 14 (the blind batch ad): a dollar sign written after its number in an
// aligned table (Québec), a thing added with a clause recalling its quote ("que cotizamos en", "which we quoted at"),
// and Dutch prose that puts the verb first ("Zoals afgesproken was de website …") or adds a thing with a separable verb
// ("daar komt de hosting nog bij, dat was …").
import { describe, it } from "vitest";
import { expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a dollar sign after its number in an aligned table", () => {
	const table = (a: string, b: string, total: string, note: string) =>
		`Bonjour Sam,\n\nPouvez-vous nous envoyer la facture selon le détail suivant?\n\n  Description                     Qté   Prix unitaire      Montant\n  Conception de l'affiche           1        ${a}\n  Impression grand format           6         ${b}\n                                                 Total    ${total}\n\n${note}\n\nMerci,\nJulie`;
	it("fr-CA: amounts in Canadian dollars, the sign after each number", () =>
		expectDraft(table("2 300,00 $    2 300,00 $", "  85,00 $      510,00 $", "2 810,00 $", "Les montants sont en dollars canadiens."), "CAD", [
			["Conception de l'affiche", 1, "2300.00"],
			["Impression grand format", 6, "85.00"],
		]));
	it("no dollar named: which dollar is asked", () =>
		expectClarify(table("2 300,00 $    2 300,00 $", "  85,00 $      510,00 $", "2 810,00 $", "Bonne journée."), "could be CAD or USD"));
	it("near miss: a row whose amount is not its count times its price is not drafted", () =>
		expectNoDraft(table("2 300,00 $    2 300,00 $", "  85,00 $      570,00 $", "2 870,00 $", "Les montants sont en dollars canadiens.")));
});

describe("a thing added with a clause recalling its quote", () => {
	it("es: más la adaptación …, que cotizamos en $…", () =>
		expectDraft("Hola Sam:\n\nTe pido la factura: 8 horas de ilustración a $30.000 la hora (pesos chilenos), más el diseño del empaque de la caja de regalo, que cotizamos en $150.000.\n\nSaludos,\nPía", "CLP", [
			["Ilustración (horas)", 8, "30000"],
			["Diseño del empaque de la caja de regalo", 1, "150000"],
		]));
	it("en: plus the …, which we quoted at …", () =>
		expectDraft("Hi Sam,\n\nPlease send the invoice: 2 days of filming at €800 per day, plus the colour grade of the launch video, which we quoted at €350.\n\nThanks,\nOwen", "EUR", [
			["Filming (days)", 2, "800.00"],
			["Colour grade of the launch video", 1, "350.00"],
		]));
	it("es: y el …, que presupuestamos en …", () =>
		expectDraft("Hola Sam:\n\n¿Me envías la factura? El logo fue $350.000 y el diseño del afiche de la feria de marzo, que presupuestamos en $250.000 (pesos chilenos).\n\nGracias,\nTomás", "CLP", [
			["Logo", 1, "350000"],
			["Diseño del afiche de la feria de marzo", 1, "250000"],
		]));
	it("near miss: a quote per unit has no count, so it is asked", () =>
		expectNoDraft("Hola Sam:\n\nTe pido la factura: 8 horas de ilustración a $30.000 la hora (pesos chilenos), más la impresión de las láminas del catálogo, que cotizamos en $4.500 por lámina.\n\nSaludos,\nPía"));
	it("near miss (en): a quote each is not a flat line", () =>
		expectNoDraft("Hi Sam,\n\nPlease send the invoice: 2 days of filming at €800 per day, plus the prints for the gallery wall, which we quoted at €40 each.\n\nThanks,\nOwen"));
});

describe("Dutch: the verb before its subject, and a thing added with 'daar komt … bij'", () => {
	it("nl: zoals afgesproken was de … €, en daar komt de … nog bij, dat was €", () =>
		expectDraft("Hoi Sam,\n\nKun je de factuur sturen? Zoals afgesproken was het logo € 950,00 en daar komt het drukwerk voor de beurs nog bij, dat was € 240,00.\n\nGroet,\nLotte", "EUR", [
			["Logo", 1, "950.00"],
			["Drukwerk voor de beurs", 1, "240.00"],
		]));
	it("nl: daar komen de … ook nog bij, die kostten …", () =>
		expectDraft("Hoi Sam,\n\nStuur je de factuur? De fotoshoot was € 600,00. Daar komen de afdrukken ook nog bij, die kostten € 90,00.\n\nGroet,\nBram", "EUR", [
			["Fotoshoot", 1, "600.00"],
			["Afdrukken", 1, "90.00"],
		]));
	it("near miss: the added thing has no price, so it is asked", () =>
		expectClarify("Hoi Sam,\n\nKun je de factuur sturen? Zoals afgesproken was het logo € 950,00 en daar komt het drukwerk nog bij.\n\nGroet,\nLotte", "drukwerk"));
});
