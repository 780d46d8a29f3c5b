// The classifier's rules: each says why an email is (or is not) a request to issue an invoice, with examples that are its tests.
import { PRICED_APART } from "./priced-apart";
import { noInvoicePhrase } from "./no-invoice-phrases";
import { payerDoubt } from "./payer-doubt";
import { findRequests, withoutDeclines } from "./requests";

export interface RuleInput {
	subject: string;
	/** What the sender wrote now (quoted history removed). */
	text: string;
	fromName: string;
	fromEmail: string;
	replyToEmail: string | null;
	/** True when the message carries List-Unsubscribe, or Precedence: bulk/list. */
	bulk: boolean;
}

export interface Rule {
	id: string;
	/** What the rule finds, in the owner's words (shown in the email note when it decides). */
	says: string;
	/** The matched words, or null. */
	match(input: RuleInput, extraPhrases: string[]): string | null;
	/** Subject + text samples the rule must match, and must not match. They run as tests. */
	examples: { matches: string[]; ignores: string[] };
}

function firstMatch(res: RegExp[], text: string): string | null {
	for (const r of res) {
		const m = r.exec(text);
		if (m) return m[0];
	}
	return null;
}

const whole = (i: RuleInput) => `${i.subject}\n${i.text}`;

// The words may stand on two lines of a hard-wrapped plain-text mail ("Please don't send the\ninvoice yet"). A verb of
// having, getting or knowing between them reports an invoice not received ("we still don't have an invoice for the
// logo", "I don't think we got the invoice"), which asks for it rather than waits.
const DONT_INVOICE = /\b(don'?t|do not|no need to|please don'?t|hold off on|wait (before|with)|before you)\b(?:(?!\b(?:have|has|had|got|get|gotten|receive|received|see|seen|find|found|think|know|remember|recall)\b)(?:[^.?!\n]|\n(?![ \t]*\n))){0,20}\b(invoice|invoicing|bill|billing)\b/i;
/** "Don't bill us this time", with no word of time after it: whom the invoice is not to. */
const NOT_US = /^(?:please )?(?:don'?t|do not) (?:invoice|bill|charge) (?:us|me)\b(?![^.?!\n]{0,25}\b(?:yet|until|till|before|for now|right now|now)\b)/i;

/** "Please don't invoice us yet" waits; "don't bill us this time, bill the client directly" names another payer (or
 * leaves it open): not a wait but a question of who the invoice is to, which the draft's payer check asks. */
function dontInvoice(text: string): string | null {
	const m = DONT_INVOICE.exec(text);
	if (!m) return null;
	return NOT_US.test(text.slice(m.index)) && payerDoubt(text) !== null ? null : m[0];
}

/** Thanks for a quote already sent ("Merci beaucoup pour votre devis de 8 000 DH", "thanks for the estimate", "danke
 * für Ihr Angebot", "grazie per il preventivo"): the sender has the quote and asks for none. In seven languages. */
export const THANKS_FOR_QUOTE = new RegExp(
	String.raw`(?<![\p{L}])(?:thanks?(?: you)?(?: (?:so|very) much)?|many thanks|merci(?: beaucoup| bien)?|danke(?: schön| sehr)?|vielen dank|herzlichen dank|besten dank|gracias|muchas gracias|obrigad[oa]|muito obrigad[oa]|grazie(?: mille)?|bedankt|dank je|dank u|hartelijk dank)\s+(?:for|pour|für|por|pelo|pela|per|voor)\s+(?:(?:your|the|votre|ton|le|ihr|dein|das|den|el|tu|su|la|il|o|a|de|je|uw|vostro|tuo)\s+)?(?:quote|quotation|estimate|proposal|devis|soumission|angebot|kostenvoranschlag|presupuesto|cotización|orçamento|cotação|preventivo|offerte|prijsofferte)(?![\p{L}])`,
	"giu",
);

/** The words a quote request is looked for in: the sender's text without thanks for a quote already sent, and the
 * subject unless it is a reply's ("Re: Devis identité visuelle" names the thread, not what the sender asks now). */
const askedQuote = (i: RuleInput) => `${/^\s*(?:re|aw|sv|rv|r)\s*:/i.test(i.subject) ? "" : i.subject}\n${apartQuotes(i.text.replace(THANKS_FOR_QUOTE, ""))}`;

/** "plus the packaging, which we'll quote separately", "que cotizamos aparte": a price said to come apart for one thing
 * beside an invoice asked for, not a quote asked for (the reader asks about that thing instead). */
function apartQuotes(text: string): string {
	return PRICED_APART.reduce((t, r) => t.replace(new RegExp(r.apart.source, `g${r.apart.flags}`), " "), text);
}

/** Brands phishing mail pretends to be; a display name with one of them must come from that brand's domain. */
const BRANDS = ["paypal", "microsoft", "apple", "amazon", "docusign", "quickbooks", "intuit", "stripe", "xero", "google", "dropbox", "netflix"];

/** A display name as it reads to the eye: a capital I inside a lower-case word is an l ("PayPaI"), a 0 or 1 between
 * letters an o or l ("Micros0ft", "Paypa1"), "rn" an m ("Arnazon"), "vv" a w. Phishing spells a brand so that it looks
 * right and matches no filter. */
export function asSeen(name: string): string {
	return name
		.replace(/(?<=\p{Ll})I/gu, "l")
		.replace(/(?<=\p{L})0|0(?=\p{L})/gu, "o")
		.replace(/(?<=\p{L})1|1(?=\p{L})/gu, "l")
		.toLowerCase()
		.replace(/rn/g, "m")
		.replace(/vv/g, "w");
}

function domainOf(email: string): string {
	return email.slice(email.lastIndexOf("@") + 1);
}

export const RULES: Rule[] = [
	{
		id: "newsletter",
		says: "a newsletter or bulk mailing",
		match: (i) => (i.bulk ? "a bulk-mail header (List-Unsubscribe or Precedence)" : firstMatch([/\bunsubscribe\b/i, /\bview (this (email|message) )?in (your )?browser\b/i, /\bmanage (your )?(email |subscription )?preferences\b/i, /\bse désinscrire\b|\babmelden\b|\bdarse de baja\b/i, /(?<![\p{L}])(?:(?:se )?désabonner|désabonnez-vous|dar(?:se|te|me) de baja|date de baja|cancelar (?:la |tu |su )?suscripción|disiscriviti|annulla(?:re)? l['’]iscrizione|descadastr(?:ar|e-se)|cancelar (?:a )?(?:inscrição|assinatura)|abbestellen|afmelden|uitschrijven)(?![\p{L}])/iu], i.text)),
		examples: {
			matches: ["Our November newsletter\nTen tips for invoicing. Click to unsubscribe.", "Deals\nView this email in your browser", "Novedades\nSi no quieres recibir más correos, haz clic aquí para darte de baja.", "Nieuwsbrief\nAfmelden voor deze nieuwsbrief kan hier.", "Nouveautés\nPour vous désabonner, cliquez ici.", "Novità\nDisiscriviti qui."],
			ignores: ["Invoice request\nPlease invoice us for 2 days of work at $800 per day."],
		},
	},
	{
		id: "phishing",
		says: "looks like phishing (asks to log in, verify, pay urgently, or pretends to be a brand)",
		match: (i) => {
			const words = firstMatch(
				[
					/\bverify your (account|identity|payment|email)\b/i,
					/\bconfirm your (password|account|login|identity)\b/i,
					/\baccount (has been |was |will be )?(suspended|locked|disabled|limited)\b/i,
					/\bunusual sign-?in\b/i,
					// Gift cards asked to be bought or their codes sent ("buy gift cards for the team", "send me the gift card
					// codes"); a shop's footer offering them ("Gift cards from $25") asks for nothing.
					/\b(?:buy|purchase|pick up|grab)\b[^.\n]{0,40}\bgift ?cards?\b|\bgift ?cards?\b[^.\n]{0,30}\b(?:codes?|pins?|scratch)\b/i,
					/\bwire\b.{0,40}\b(today|urgently|immediately|asap)\b/i,
					/\bclick (here|the link( below)?|below) to (view|download|open|pay|access)\b/i,
					/\bupdate (your |our )?(bank|banking|payment) (details|information)\b/i,
					/\b(enter|re-?enter) your (password|credentials)\b/i,
				],
				whole(i),
			);
			if (words) return words;
			const phrase = noInvoicePhrase("phishing", whole(i));
			if (phrase) return phrase;
			const name = i.fromName.toLowerCase();
			const seen = asSeen(i.fromName);
			const brand = BRANDS.find((b) => name.includes(b) || seen.includes(b));
			if (brand && !domainOf(i.fromEmail).includes(brand)) return `the sender calls itself ${i.fromName} but writes from ${domainOf(i.fromEmail)}`;
			return null;
		},
		examples: {
			matches: [
				"Invoice overdue\nYour account has been suspended. Click here to view the invoice.",
				"Urgent\nPlease wire $4,800 today to the new account and send me the gift card codes.",
				"Payment details\nWe changed banks: update your payment details before paying our invoice.",
				"Quick favour\nAre you free? I need you to buy 5 Apple gift cards for a client and send me the codes.",
			],
			ignores: ["Invoice request\nCould you send us an invoice for the workshop? 1 x workshop at €1,200.", "Gift card design\nPlease send an invoice for the 200 gift cards we printed, $0.80 each.", "Window display\nCould you send us an invoice for the window display, $1,200?\n\nThanks!\nDana\nAcme Home & Garden\nGift cards from $25 — ask in store"],
		},
	},
	{
		id: "wait",
		says: "asks not to invoice yet",
		// "You don't have to send an invoice" says none is needed at all, not "not yet": its words are no wait.
		match: (i) => {
			const text = withoutDeclines(i.text);
			return (
				dontInvoice(text) ??
				firstMatch(
					[
						/\bnot (ready|yet) (to be )?invoiced\b/i,
						// A request taken back in a later sentence: "Actually, hold off until next week."
						/(?:^|[.?!]\s+)(?:(?:actually|oh|sorry|wait|eigentlich|en fait|en realidad|anzi|eigenlijk|na verdade),?\s+)?(?:hold off|hold on|hold it|wait(?: until| till| for now)?|on second thought|never ?mind|warte|attends|attendez|espera|espere|aspetta|aspettate|wacht)(?![\p{L}])/imu,
						/(?<![\p{L}])hold off(?![\p{L}])/iu,
					],
					text,
				) ?? noInvoicePhrase("wait", text)
			);
		},
		examples: {
			matches: ["Not yet\nPlease don't bill us yet, the client hasn't paid us.", "Hold on\nPlease hold off on invoicing until the board signs off.", "Logo\nCan you invoice us for the logo, $500? Actually, hold off until next week.", "Logo\nKannst du mir die Rechnung für das Logo schicken? 500 €. Warte noch bis Montag.", "Logo\nTu peux me faire la facture du logo ? Attends, pas encore.", "Logo\nPlease invoice the logo, $500. Wait, not until the board signs off.", "Photos\nThank you! Please don't send the\ninvoice yet, our budget opens in January.", "Banners\nLove them. Do not send us an\ninvoice before the PO is raised."],
			ignores: ["Go ahead\nGo ahead and invoice us for the 3 hours at $90.", "Logo\nPlease invoice us for the logo, $500. Hold the date for the next shoot too.", "Logo\nPlease invoice us for the logo, $500; the flyer is not yet finished.", "Sala\nPor favor, factúrame el cartel de la sala de espera, 200 €.", "Poster\nPlease invoice $900 for the poster, but don't bill us this time: invoice the client directly.", "Logo\nWe don't mind the wait.\n\nInvoice us for the logo, $500.", "Logo\nThanks for the logo! You don't have to send us an invoice, it was a gift.", "Logo\nWe still don't have an invoice for the logo ($500). Could you send it?", "Logo\nI don't think we got the invoice for the logo yet - can you send it? It was $500."],
		},
	},
	{
		id: "bill-to-owner",
		says: "a bill or payment reminder addressed to you (someone invoicing you)",
		match: (i) =>
			firstMatch(
				[
					/\bplease (pay|remit|settle)\b/i,
					// "…please show it on the invoice with the balance due": the sum owed as a thing the asked-for invoice
					// shows, not one owed to someone billing you.
					/\b(?<!\b(?:with|show|shows|showing|and|plus|state|stating|list|listing) the )(amount|balance|total) due\b/i,
					/\b(past|over) ?due\b/i,
					/\bplease find (attached )?(our|my|the|your) (invoice|bill)\b/i,
					/\b(attached|enclosed) (is|please find|you will find) (our|my|the|your) (invoice|bill)\b/i,
					/\b(here is|here's) (our|my|your) (invoice|bill)\b/i,
					/\b(your|new) invoice (is ready|is available|from)\b/i,
					/\brechnung im anhang\b|\bci-joint(e)? (notre|votre|la) facture\b|\badjuntamos (la|nuestra) factura\b/i,
					/(?<![\p{L}])(?:anbei(?:\s+erhalten\s+sie)?\s+(?:unsere|die)\s+rechnung|bitte überweisen sie|veuillez (?:régler|payer)|le rogamos (?:abone|pague)|gelieve\s.{0,30}(?:betalen|over te maken)|si prega di (?:pagare|saldare)|segue (?:em anexo )?(?:a nossa|a) fatura)(?![\p{L}])/iu,
				],
				whole(i),
			) ?? noInvoicePhrase("bill-to-owner", whole(i)),
		examples: {
			matches: ["Invoice INV-88213\nPlease find attached our invoice for November. Amount due: $49.00.", "Reminder\nYour invoice is ready. Please pay by Friday.", "Ihre Rechnung 4471\nAnbei erhalten Sie unsere Rechnung Nr. 4471. Bitte überweisen Sie den Betrag bis Freitag."],
			ignores: [
				"Invoice request\nPlease invoice us for 10 hours of consulting at $150/hour, net 30.",
				"Final invoice\nPlease issue the final invoice for the website, $4,000. We paid a $1,000 deposit in October, so show it on the invoice with the balance due.",
				"Balance\nCould you send the invoice for the mural ($2,500) showing the amount due after our deposit of $500?",
			],
		},
	},
	{
		id: "receipt",
		says: "a receipt or payment confirmation",
		match: (i) =>
			firstMatch(
				[
					/\breceipt\b/i,
					/\bpayment (received|confirmation|confirmed|successful|complete)\b/i,
					/\bthank(s| you) for your (payment|order|purchase)\b/i,
					/\border confirmation\b/i,
					/\b(has|have) been paid\b|\bpaid in full\b/i,
					/\bwe('ve| have) (received|processed) your payment\b/i,
					/\b(we|i)('ve| have)? (just )?(sent|made|transferred|wired|paid)\b.{0,24}\b(payment|invoice|transfer)\b/i,
					/\b(payment|transfer) (has been|was) (sent|made|initiated)\b/i,
					/\bzahlungsbestätigung\b|\bquittung\b|\brecibo\b|\bricevuta\b|\bkwitantie\b|\bcomprovante\b|\bzahlungseingang\b/i,
					// "Reçu" is also "received" ("on a enfin reçu la réponse"): the receipt is the noun, after an article
					// or opening the subject ("Reçu n° 2231").
					/(?<![\p{L}])(?:(?:un|le|du|au|votre|ton|mon|notre|ce) reçu|reçu (?:de paiement|fiscal|n[°º]|no\.?\s?\d|#))(?![\p{L}])|^reçu(?![\p{L}])/imu,
					/(?<![\p{L}])(?:abbiamo ricevuto il (?:tuo|vostro|suo) pagamento|hemos recibido (?:tu|su) pago|nous avons (?:bien )?reçu votre paiement|wir haben (?:ihre|deine) zahlung erhalten|recebemos o (?:seu|teu) pagamento|we hebben (?:uw|je) betaling ontvangen)(?![\p{L}])/iu,
					/(?<![\p{L}])(?:(?:haben|hatten)(?![\p{L}]).{0,60}(?<![\p{L}])(?:überwiesen|bezahlt|beglichen)|(?:hemos|ya) (?:pagado|transferido|abonado)|avons (?:payé|réglé|viré)|pagamos|pagámos|transferimos|abbiamo (?:pagato|saldato|bonificato)|hebben(?![\p{L}]).{0,40}(?<![\p{L}])(?:betaald|overgemaakt|voldaan))(?![\p{L}])/iu,
				],
				whole(i),
			) ?? noInvoicePhrase("receipt", whole(i)),
		examples: {
			matches: ["Reçu n° 2231\nMerci pour votre paiement de 49,00 €.", "Paiement\nVous trouverez ci-joint le reçu de paiement.", "Your receipt from CloudNest\nThanks for your payment of $49.00.", "Payment received\nInvoice 1042 has been paid in full.", "Paid\nWe have sent the payment of $2,300 for invoice 1088 today.", "Done\nWe've paid invoice 2041 this morning.", "Zahlung\nWir haben die Rechnung 114 heute überwiesen.", "Pago\nYa hemos pagado la factura 31.", "Ricevuta\nAbbiamo ricevuto il tuo pagamento di 19,90 €."],
			ignores: ["Invoice please\nCan you send me an invoice for the logo, $650?", "Nouvelles\nOn a enfin reçu la réponse de la Région, la subvention de 3 000 € est accordée !"],
		},
	},
	{
		id: "quote",
		says: "asks for a quote or estimate, not an invoice",
		match: (i) => firstMatch([/\b(quote|quotation|estimate|price list|proposal|ballpark)\b/i, /\bhow much (would|does|will|do you)\b/i, /\b(devis|soumission|angebot|kostenvoranschlag|presupuesto|cotización|orçamento|cotação|preventivo|offerte|prijsofferte)\b/i, /\b(?:demande|offre) de prix\b/i], askedQuote(i)) ?? noInvoicePhrase("quote", askedQuote(i)),
		examples: {
			matches: ["Fwd: Demande de soumission\nSam, une demande de soumission pour toi. Pourriez-vous nous envoyer une soumission pour un logo?", "Re: Devis\nMerci pour votre devis. Pourriez-vous aussi nous faire un devis pour les étiquettes ?", "Quote request\nCould you send us a quote for a new website?", "Pricing\nHow much would a 2-day workshop cost?", "Web\n¿Nos podéis pasar un presupuesto para la web?", "Sito\nCi manda un preventivo per il sito?", "Website\nKunt u ons een offerte sturen?"],
			ignores: ["Workshop\nPlease invoice us for the 2-day workshop at €1,800 per day.", "Re: Devis identité visuelle\nMerci beaucoup pour votre devis de 8 000 DH, il est très clair. Nous revenons vers vous début janvier.", "Re: Quote\nThanks so much for the estimate, we'll discuss it with the board.", "AW: Angebot\nVielen Dank für Ihr Angebot, wir melden uns im Januar.", "Re: Preventivo\nGrazie mille per il preventivo, ci sentiamo a gennaio.", "Re: Presupuesto\nMuchas gracias por el presupuesto, lo vemos y te decimos.", "Re: Offerte\nBedankt voor de offerte, we laten nog van ons horen.", "Re: Orçamento\nMuito obrigado pelo orçamento, vamos analisar."],
		},
	},
	{
		id: "invoice-request",
		says: "asks you to issue an invoice",
		match: (i, extra) => {
			const found = findRequests(i.text)[0] ?? findRequests(i.subject)[0];
			if (found) return found.sentence.length > 160 ? `${found.sentence.slice(0, 157)}…` : found.sentence;
			const lower = whole(i).toLowerCase();
			return extra.find((p) => p.trim() !== "" && lower.includes(p.trim().toLowerCase())) ?? null;
		},
		examples: {
			matches: [
				"Invoice for October\nPlease invoice us for 12 hours of support at $95/hour.",
				"Rechnung\nBitte stellen Sie uns die Beratung in Rechnung: 2 Tage zu 900 €.",
				"Facture\nMerci de nous facturer 3 x formation à 450 €.",
				"Factura\nPor favor envíenos una factura por 2 x diseño a 300 EUR.",
				"Thanks!\nCan you send me an invoice for the photos?",
			],
			ignores: ["Question\nDid you receive our payment last week?", "Quote\nCould you send us a quote for 3 logos?"],
		},
	},
];

export function ruleById(id: string): Rule {
	const r = RULES.find((x) => x.id === id);
	if (!r) throw new Error(`no rule ${id}`);
	return r;
}
