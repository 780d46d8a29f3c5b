// Every email of the labelled corpus gets its expected outcome: the right draft, a clarification, or no invoice at all.
// The held-back part (written blind, never tuned on) is scored as a whole: no invented
// invoice ever (every draft has the right customer, currency, quantities, prices and total), and most of its invoice
// requests drafted exactly right. `npm run bench` prints the figures (invoice_*_heldback); the goal for recall is
// 0.90 and the floor here catches a regression.
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { draftMatches, HELDBACK_DIR, loadCorpus, money, OWNER, scoreCorpus, TODAY, totalOf, type CorpusEmail } from "./corpus";

const corpus = loadCorpus();
const heldback = loadCorpus(HELDBACK_DIR);
/** Tuning invoice requests not yet drafted, with what the card asks instead. Each must fail safe — a question, never a
 * draft — and the figures count them as misses; when one starts drafting right, this test says so and it leaves the list. */
const NOT_YET: Record<string, string> = {
	// "… the printed schedule flyers are going over great with the retirees … Put those on the same invoice too please,
	// that was $350": "those" points back past a sentence of praise whose subject is someone else (Miss Dottie); which
	// thing it means is not traced, so the $350 is asked about.
	"g01-magnolia-yoga-website.eml": "also mentions $350",
	// "$3,500 pesos" from a mail that names no country: which peso is asked.
	"h07-tacos-la-guera.eml": "could be MXN",
	// "600 bucks for the wrap design" from "Taco Loco ATX" with a -0600 time zone, and "300 bucks" for a flyer with a -0500 one:
	// "bucks" is a dollar, and nothing in either mail says whose (a time zone is shared with Canada and Mexico).
	"i36-invoice-for-the-wrap.eml": "could be USD, CAD",
	"j17-iron-house-flyer.eml": "could be USD, CAD",
	// The sixth round's blind mail, moved into tuning in the seventh; it still asks rather than guess:
	// An amount with no currency beside it in a base64 mail from Mexico: the currency is asked.
	"a11-cdmx-sitio-corporativo.eml": "no currency given",
	// "Sam covered both days … SAR 3,200 per day for event photography": the count ("both days") stands a sentence
	// before the price per day; it is not tied to it, so the SAR 3,200 is asked about.
	"ad30-najd-event-photo-fwd.eml": "also mentions SAR 3,200",
	// "2 lakh for the brand identity as per the quote, and the pitch deck design was ₹45,000 on top of that": the amount in
	// lakh stands before its thing with no currency and no price verb; it is not read as a line, so it is asked about.
	"af28-tiffinly-brand-identity.eml": "also mentions 2 lakh",
	// "Banner for web site 3 piece, each ¥18,000 .": the count and its thing stand before "each" in a word order the reader
	// does not follow, and the line read was named "Each"; a line named by a word of counting is asked about.
	"af26-kiln-hanare-banners.eml": "\"Each\" says how it is counted",
	// "Pour les flyers, nous avons finalement retenu deux versions. Chacune était à 150 €": the thing, its count ("deux
	// versions") and the price each ("Chacune") stand in three clauses over two sentences; the 150 € is asked about.
	"af10-motsbleus-affiche-flyers.eml": "also mentions 150 €",
	// "From memory the logo was 800 … another 150 - all NZ$ obviously": the logo's price stands in a clause the reader
	// does not tie to a line, so the 800 is asked about. Without "From memory" the same sentence is read (both lines, the
	// NZ$ carried back); "from memory" recalls the price as "if I remember right" does, which the hedges ask about.
	"af30-tide-line-surf-logo.eml": "also mentions 800",
	// Clarify labels asking another question than labelled: "1.800" against "1.600" (af15) and "950" against the 850
	// quoted earlier in the thread (af34). Both still ask, about the wording of a line.
	"af15-romero-catalogo.eml": "what the line at 1600 EUR is for",
	"af34-strandhuis-eagle-beach-fotoshoot.eml": "the request names \"Fotoshoot\"",
	// "Mia (your second shooter) stayed on for the extra 3 hours at $90 an hour for the reception": the "$" is the mail's
	// NZ$ now, but the hours' thing stands before the count ("the extra 3 hours") and the words after the rate name the
	// occasion; the line's name is asked about.
	"ag26-whitcombe-wedding-final.eml": "the email counts \"the extra 3 hours\"",
	// The eighteenth round's blind mail, moved into tuning in the nineteenth; these still ask rather than guess (ai03,
	// ai04 and ai33 draft now that their labels follow the conventions in tests/fixtures/emails/LABELS.md):
	"ai02-cafe-edelweiss-martini.eml": "the amount 85 Euro is not tied to a clear",
	"ai08-lagos-lookbook.eml": "the email also mentions ₦60k, which does not",
	"ai10-vale-serrano-rotulos.eml": "what the invoice is for: the request names",
	// "- beach shoot $900 flat" is read now, but "- flyers 500 @ 45c each" is not: a price in cents is never read, so the
	// stated $1485 does not match the lines and is asked about.
	"ai27-boardriders-banners-fwd.eml": "the email also mentions $1485, which does",
	// The nineteenth round's blind mail (aj), moved into tuning in the twentieth; these still ask rather than guess:
	// "So it's the 12 of us at €95 a head …, which makes €1,140": the people are counted by a pronoun ("of us"), the
	// thing (headshots) stands only in the subject, and "which makes" is a total the reader does not know; each line's
	// name is asked.
	"aj04-dublin-headshots.eml": "\"Of us\" holds a pronoun",
	// "Es lo de siempre más los reels …:" above the rows: the list spells the usual things out (the label now leaves the
	// month in the row's bracket out, as LABELS.md says), but the reader does not tie "lo de siempre" to the rows below
	// it, so it is asked about.
	"aj07-madrid-redes.eml": "what \"lo de siempre\" adds",
	// The rows stand in the subject ("Nordvik launch 14 Nov: 5 hrs @ kr 1 200,- + express delivery kr 950,-") and the
	// body writes only "Total kr 6 950,-" (the "kr" is now read as NOK from "Nordvik Outdoor AS, org.nr 923 456 789").
	// Read with the subject, the first row is named "(hours)" where the label keeps the mail's "(hrs)": the total is asked.
	"aj11-oslo-launch.eml": "the amount kr 6 950,- is not tied",
	// A table of three rows whose second counts images in yen written "3,500円", under a request naming "this project":
	// the rows are not all read, so the other amounts are asked about.
	// "Se der pra colocar vencimento pro dia 10/12 seria ótimo": a due date asked for as a favour ("if it can be …, that
	// would be great") with a slashed day and month and no year; the date is asked.
	"aj23-rotulos-cerveja.eml": "the due date: the email says",
	"aj24-kyoto-brochure.eml": "the email also mentions JPY 180,000",
	// "Please go ahead and raise the invoice as per your breakdown below": the amounts stand only in Sam's own quoted
	// breakdown; the reader does not read lines from the owner's quoted mail, so it asks.
	"aj25-winter-weaves-catalogue.eml": "no amount is given",
	// The twentieth round's blind mail (ak), moved into tuning in the twenty-first; these still ask rather than guess:
	// "Unit Price (N)   Amount (N)" over a table of plain numbers from a Lagos firm (+234, Victoria Island): "N" is how
	// Nigerian offices type the naira sign, but a single letter in a column's bracket is no currency mark the reader
	// knows, and no amount is written with ₦, "NGN" or "naira"; the currency is asked, as a careful assistant would.
	"ak20-lagos-annual-report.eml": "no currency given",
	// round 21, lines (t21b): the twentieth round's blind mail (ak), moved into tuning in the twenty-first; these still
	// ask rather than guess.
	// "it was the redesign of the main menu board at £340, the two little A-board designs at £85 each, and then the food
	// photography morning which we'd agreed at £420": the first thing of a prose run after "it was" is not read as a line
	// and the third is named by its relative clause; the £340 and the stated £930 are asked about.
	"ak02-brighton-cafe-menu.eml": "the stated total 930 GBP does not match",
	// "1. Design de rótulos (3 referências: Tinto, Branco e Rosé) — 3 x 380,00 €": a bracket holding a colon and a list
	// of which ones, then a bare count times the price, is not read; the 380,00 € and the stated total are asked about.
	"ak09-porto-rotulos.eml": "the stated total 2130.00 EUR does not match",
	// "then the insta posts 8 of them at R95": the count points back with "of them" at the thing named right before it;
	// the reader asks what "Of them" is rather than tie it to "the insta posts" in an unpunctuated run.
	"ak12-joburg-bakes.eml": "\"Of them\" holds a word pointing back",
	// round 22 (t22b): the twenty-first round's blind mail (al), moved into tuning in the twenty-second; these still ask
	// rather than guess.
	// "- Porträtfotos Lehrerinnen: 4 Personen à CHF 150.–": a labelled row counting people with "à" before the price is
	// not read as 4 × 150; the CHF 150.– is asked about.
	"al03-yogaraum-flyer.eml": "the email also mentions CHF 150.–",
	// "• Adaptação do rótulo a 3 formatos de garrafa – 3 x 120,00 €": the count written in the label and again as "3 x"
	// before the price is not read; the 120,00 € is asked about.
	"al06-quinta-rotulos.eml": "the email also mentions 120,00 €",
	// "- Ritratti professionali degli avvocati: n. 6 a Euro 90,00 cad.": the count after "n." is not read.
	"al07-studio-legale-sito.eml": "the email also mentions Euro 90,00",
	// A request with no amount at all: asked, but as "no amount is given" rather than naming the brochures its label asks about.
	"al14-savannah-safaris-brochures.eml": "no amount is given",
	// "en septiembre le giramos un anticipo de $ 3.000.000; … pendiente sea de $ 5.900.000": a deposit paid and the
	// balance left, in Colombian pesos, beside a stated total; the row "Redacción de textos (8 páginas a $ 150.000 c/u):
	// $ 1.200.000" is read as 1 × 150.000. Asked.
	"al24-clinica-sitio-web.eml": "the email also mentions $ 3.000.000",
	// "* Diseño de empaque para café (2 presentaciones: 250 g y 500 g) - S/\n1,200.00 c/u": a row wrapped between its
	// currency and its amount is not read, nor "1,000 unidades a S/ 0.85" as 1,000 × 0.85; the stated total is asked.
	"al31-cafe-empaques.eml": "the stated total 3900.00 PEN does not match",
	// NZD and USD both written: which currency the invoice is in is asked.
	"al32-harbour-vets-website.eml": "the email names more than one currency (NZD, USD)",
	// "Pls reflect din the PHP 20,000 downpayment … PHP 62,500 na lang yung balance": a deposit and balance in Taglish.
	"al33-island-blooms-wedding.eml": "the email also mentions PHP 20,000",
	// A request with no amount the reader can read: asked as "no amount is given", not yet the currency its label names.
	"al34-parrilla-logo-carta.eml": "no amount is given",
};
/** Tuning invoice requests written in a language the reader does not read yet: no draft and no question, so the email
 * is noted like any other and its request is left to the owner. Each must make no draft; the figures count them as
 * misses. */
const NOT_READ: Record<string, string> = {
	// "つきましては、下記の内容で請求書を発行していただけますでしょうか。" over rows like "・メニュー撮影（半日） 1式 45,000円":
	// a request in Japanese; the reader's request and line tables hold seven European languages.
	"ak26-kissa-menu-satsuei.eml": "Japanese",
	// round 22 (t22a): "つきましては、下記の内容にてご請求書の発行をお願いできますでしょうか。" over rows like
	// "・商品撮影（1日） 180,000円": the same shape as ak26, a request in Japanese.
	"al27-hanamizuki-gift-catalogue.eml": "Japanese",
	// "이제 인보이스 발행 부탁드리려고 연락드렸어요" over rows like "- 매장 메뉴판 디자인: ₩800,000": a request in Korean (its label asks,
	// for a stated total the rows do not make).
	"al36-hanbit-menu-posters.eml": "Korean",
};
const decide = (c: CorpusEmail) => decideInvoice(c.message, { ownerEmails: [OWNER], today: TODAY, extraPhrases: [] });

describe("the labelled email corpus", () => {
	it("holds at least 150 emails with varied MIME, languages and currencies, 50 of them held back", () => {
		expect(corpus.length + heldback.length).toBeGreaterThanOrEqual(150);
		expect(heldback.length).toBeGreaterThanOrEqual(50);
		const text = [...corpus, ...heldback].map((c) => new TextDecoder("latin1").decode(c.bytes)).join("\n");
		for (const kind of ["multipart/alternative", "multipart/mixed", "quoted-printable", "base64", "text/html", "iso-2022-jp", "windows-1252", "Forwarded message", "format=flowed"]) expect(text).toContain(kind);
		const currencies = new Set([...corpus, ...heldback].flatMap((c) => (c.expected.outcome === "invoice" ? [c.expected.currency] : [])));
		expect(currencies.size).toBeGreaterThanOrEqual(15);
	});

	for (const [file, language] of Object.entries(NOT_READ)) {
		it(`${file}: written in ${language}, which the reader does not read yet — no draft`, () => {
			const c = corpus.find((x) => x.file === file)!;
			expect(decide(c).kind).toBe("none");
		});
	}

	for (const c of corpus.filter((x) => !(x.file in NOT_YET) && !(x.file in NOT_READ))) {
		it(`${c.file}: ${c.expected.outcome === "invoice" ? "becomes the right draft invoice" : c.expected.outcome === "clarify" ? "asks for clarification instead of a draft" : `makes no invoice (${c.expected.rule})`}`, () => {
			const d = decide(c);
			const e = c.expected;
			if (e.outcome === "invoice") {
				expect(d.kind, JSON.stringify(d)).toBe("draft");
				if (d.kind !== "draft") return;
				expect(draftMatches(d.params, e, d.evidence)).toEqual([]);
				expect(totalOf(d.total)).toBe(`${money(e.total)} ${e.currency}`);
			} else if (e.outcome === "clarify") {
				expect(d.kind, JSON.stringify(d)).toBe("clarify");
				if (d.kind !== "clarify") return;
				for (const w of e.mentions) expect(d.missing.join(" ")).toContain(w);
			} else {
				expect(d.kind, JSON.stringify(d)).toBe("none");
				if (d.kind === "none") expect(d.rule).toBe(e.rule);
			}
		});
	}

	for (const [file, asks] of Object.entries(NOT_YET)) {
		it(`${file}: not yet drafted — the card asks ("${asks}") instead of guessing`, () => {
			const c = corpus.find((x) => x.file === file)!;
			// A clarify label may sit here too: it asks, but not yet the question its label names.
			if (c.expected.outcome === "none") throw new Error(`${file} is labelled ${c.expected.outcome}`);
			const d = decide(c);
			expect(d.kind, JSON.stringify(d)).toBe("clarify");
			if (d.kind === "clarify") expect(d.missing.join(" ")).toContain(asks);
		});
	}

	// The held-back part is a measurement, not a target to tune on: 89 emails, 40 of them (am*) written blind during the
	// twenty-second tuning round and scored once at its end. Neither goal is met there. Precision is 0.864 (goal 1.00):
	// of the 24 drafts of am, eight are wrong. Three differ in a line's name ("Pratos" for "Fotografia de pratos para o
	// menu"; a month bracket the label keeps, "Gestione social (novembre)"; a size bracket it drops), two leave out a
	// company the label takes from the subject or the signature's role line, and one writes "Vogelsang, Katrin Dr." the
	// other way round. Two should have asked: a retouching item with no price beside priced ones, and a P.S. that changes
	// a count ("maybe only 18"). One reads "2 x holiday photo workshops, NZ$900 total" as a single line of 900. Recall is
	// 0.810 (goal 0.90): 4 of am's 26 requests ask instead and one, in Japanese, is read as no request (README, "Invoice
	// drafts"). These floors are what is measured now, so that a change can only keep or improve them.
	it("the held-back emails: no worse than measured (precision 0.86, amount precision 0.94, field accuracy 0.98, recall 0.80)", () => {
		const s = scoreCorpus(heldback, decide);
		expect(s.precision).toBeGreaterThanOrEqual(0.86);
		expect(s.amountPrecision).toBeGreaterThanOrEqual(0.94);
		expect(s.fieldAccuracy).toBeGreaterThanOrEqual(0.98);
		expect(s.recall).toBeGreaterThanOrEqual(0.8);
		// 89 emails read in one test: up to half a minute on a busy two-core machine.
	}, 120_000);
});
