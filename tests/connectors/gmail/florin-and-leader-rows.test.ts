// The Aruban florin ("Afl. 450,-", "ƒ 450"), a price list's rows set apart by dot leaders with a count in hours or days
// ("Drone footage ........ 3 hours at € 175 per hour"), and a film's length in its name ("Promo video 60 sec"). Near
// misses stay questions: "afl." alone is also Dutch for an episode, "ƒ" is the Antillean guilder's sign too.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("the Aruban florin", () => {
	it("is AWG where the mail names AWG or places its sender in Aruba", () => {
		expectDraft("Kun je me de factuur sturen? \n\nLogo ontwerp: Afl. 450,-\n\nWe betalen in AWG.", "AWG", [["Logo ontwerp", 1, "450.00"]]);
		expectDraft("Hi Sam, please invoice the menu design, Afl. 380.\n\nMaria\nPalm Beach 12, Noord, Aruba", "AWG", [["Menu design", 1, "380.00"]]);
		expectDraft("Hoi Sam, factuur graag: 4 foto's à Afl. 60,- per stuk.\n\nJan\n+297 582 0000", "AWG", [["Foto's", 4, "60.00"]]);
	});
	it("is asked about where nothing says which", () => {
		expectClarify("Kun je me de factuur sturen? Logo ontwerp: Afl. 450,-", 'whether "Afl." is the currency AWG');
		expectClarify("Kun je me de factuur sturen? Logo ontwerp: ƒ 450,-", 'the currency "ƒ" could be AWG or ANG');
	});
});

describe("a price list's rows set apart by dot leaders", () => {
	it("read a count in units as the row label's", () => {
		expectDraft("Hi Sam, can you send the invoice? As agreed:\n\nFlyer design ........ EUR 450\nDrone footage ............. 3 hours at EUR 175 per hour\n\nThanks, Ruben", "EUR", [["Flyer design", 1, "450.00"], ["Drone footage (hours)", 3, "175.00"]]);
		expectDraft("Hallo Sam, bitte die Rechnung:\n\nWorkshop Teamfotos ...... 2 Tage à 600 € pro Tag\nBildbearbeitung ........ 240 €\n\nGruß, Jana", "EUR", [["Workshop Teamfotos (Tage)", 2, "600.00"], ["Bildbearbeitung", 1, "240.00"]]);
	});
	it("keep a film's length in its name", () => {
		expectDraft("Hoi Sam, graag de factuur:\n\nFlyer ontwerp ........ € 450,-\nMontage promovideo 60 sec ........ € 520,-\n\nGroetjes", "EUR", [["Flyer ontwerp", 1, "450.00"], ["Montage promovideo 60 sec", 1, "520.00"]]);
		expectDraft("Hi Sam, invoice please:\n\nRadio spot 30s ........ $300\nJingle ........ $150\n\nCheers", "USD", [["Radio spot 30s", 1, "300.00"], ["Jingle", 1, "150.00"]]);
	});
	it("leave a count in a row's name a question", () => {
		expectClarify("Hi Sam, invoice please:\n\nProduct photos 40 ........ $600\nJingle ........ $150\n\nCheers", "$600");
	});
});
