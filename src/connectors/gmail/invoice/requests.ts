// Whether a sentence asks you to issue an invoice, in English, German, Spanish, French, Portuguese, Italian or Dutch,
// in formal or informal address and in any word order: a request cue (please, könnten Sie, ¿puedes, tu peux…), the
// word for invoice, and a verb of sending or issuing it in one sentence — or the verb "to invoice" itself. Each
// language is a row with its examples, which run as tests (tests/connectors/gmail/requests.test.ts).
import { alt } from "./lexicon";
import { normalizeText } from "./normalize";

export interface RequestLanguage {
	lang: string;
	/** Words that make a sentence a request (politeness, modal questions, "we need"); a cue ending in "!" needs no verb
	 * beside the noun ("graag een factuur", "we need an invoice"). */
	cues: string[];
	/** The noun "invoice". */
	nouns: string[];
	/** Verbs of sending or issuing (stems are fine: "schick" matches "schicken", "schickst"). */
	verbs: string[];
	/** The verb "to invoice" in its forms ("facturer", "factúranos", "in Rechnung stellen"). */
	invoiceVerbs: string[];
	/** The verb "to invoice" split around its words, as German writes its separable verbs ("Bitte rechne wie immer ab",
	 * "Rechnen Sie das bitte mit uns ab"): patterns, the stem and its particle a few words apart in one sentence. */
	splitVerbs?: string[];
	/** The verb "to invoice" addressed to the reader — an imperative or a "you" form ("factúrame", "facturez-nous",
	 * "verrechne mir", "ci fatturi"): it asks by itself, with no cue, unless the sentence asks how much. In English
	 * ("invoice us", "bill me") only at the start of a sentence or clause ("Sounds good, invoice us for it"), as "did
	 * you invoice us?" does not ask. */
	orders: string[];
	/** A sentence with one of these is about invoicing later, not now ("once approved", "si nos cuadra"). */
	later: string[];
	/** "When you can": at the reader's convenience, which is now, not later ("cuando puedas", "quand tu peux"). */
	soon: string[];
	/** Waiting for the invoice ("looking forward to your invoice", "quedo a la espera de su factura"): with the noun
	 * at most two words after them, the sentence asks. */
	awaits: string[];
	/** Where the invoice should go or whose name it bears ("the invoice can go to accounts@…", "la factura a nombre de…",
	 * "factuur op naam van…"): it asks, unless the sentence reports it done ("… is betaald"). */
	addressed: string[];
	/** Who is asked or for whom ("us", "Sie", "nos", "vous", "você", "vi", "u"): with the noun and a verb of sending,
	 * or a question mark, the sentence asks — whatever its word order or politeness formula. */
	pronouns: string[];
	/** A sentence with one of these reports an invoice already sent, received, attached or paid. */
	done: string[];
	/** The reader's promise to pay ("we'll pay by e-transfer when they arrive", "wir zahlen, sobald …"): a clause with
	 * one of these speaks of paying, so its words of time ("we'll", "when", "sobald") do not put the invoice off. */
	pays?: string[];
	/** The invoice as a pronoun in an order ("Emítela a Inversiones Marina S.A.C.", "Envoyez-la à …", "Stell sie auf …
	 * aus"): it asks where the invoice itself is named in that sentence or one of the few before it. */
	itOrders?: string[];
	/** Asking to receive the invoice, in the first person ("Mag ik de factuur van je ontvangen?", "Kann ich die Rechnung
	 * von dir bekommen?", "Puis-je recevoir la facture ?", "May I receive the invoice?"): one of `asks` (a modal and its
	 * "I"/"we"), then in the same clause a verb of receiving and the noun in either order — the verb last in the
	 * sentence or clause when it comes after the noun (or before what the invoice is for: "uw factuur ontvangen voor de
	 * huisstijl"), as Dutch and German write it, so "… de factuur die we ontvangen hebben" reports and does not ask.
	 * `firsts` are the receiving verb itself opening a question ("Krijg ik de factuur nog van je?"). A word of `subs`
	 * between ("if", "ob", "of", "si") makes it a question about the invoice, not for it, and the invoice "from" someone
	 * else ("van de drukker") is not the reader's. */
	receives?: { asks: string[]; verbs: string[]; subs: string[]; firsts?: string[] };
	/** The noun opening a sentence (maybe after a greeting), what it is for, and a word of asking later in it ("Rechnung
	 * fürs Poster bitte", "Factura del póster, por favor"): it asks, as "Invoice for 3 posters at $60 each, please" does
	 * in English. */
	nounFor?: { fors: string[]; pleases: string[] };
	/** Saying no invoice is needed, wanted or to be sent ("We don't need an invoice", "Sie brauchen uns keine Rechnung zu
	 * schicken", "no hace falta factura", "inutile de m'envoyer une facture"): patterns whose words ask for nothing,
	 * whatever words of asking stand around them ("Eine Rechnung brauchen wir nicht, bitte keine schicken"). With a word
	 * of `yet` in the sentence ("noch", "todavía", "until") it is a "not yet", which the wait rule reads instead. The
	 * examples run as tests (tests/connectors/gmail/no-invoice-needed.test.ts). */
	declines?: { phrases: string[]; yet: string[]; examples: { matches: string[]; ignores: string[] } };
	/** A heading that puts the list below it on the invoice ("Here's what to invoice:", "Positionen für die Rechnung:",
	 * "Voici ce qu'il faut facturer :", "Dit mag op de factuur:"): ending on its colon, with an amount on the next line,
	 * it asks as "please invoice" would. */
	heads?: string[];
	examples: { asks: string[]; not: string[] };
}

export const REQUEST_LANGUAGES: RequestLanguage[] = [
	{
		lang: "en",
		cues: ["invoice please!", "invoice pls!", "invoice plz!", "please", "pls", "plz", "kindly", "could you", "can you", "would you", "will you", "can u", "could u", "would u", "will u", "cn u", "can ya", "could ya", "u mind", "could we", "can we", "would you mind", "would you be able to", "are you able to", "need you to", "we need!", "i need!", "we'd like!", "we would like!", "i'd like!", "i would like!", "we require!", "go ahead and", "time to", "ready for!", "requesting!", "we request!", "i request!", "grateful if", "if you could", "appreciate it if", "invoice request!", "can we get!", "could we get!", "can i get!", "could i get!", "can i have!", "could we have!", "may we have!", "may i have!", "you can", "you may", "happy for you to", "feel free to", "ok to", "okay to", "fine to", "good to", "would it be possible to get!", "is it possible to get!", "would it be possible to have!", "could i ask for!", "may i ask for!", "is asking for!", "are asking for!", "trouble you for!", "over to you for!", "we'd need!", "i'd need!", "we would need!", "i would need!", "request for invoice!", "request for an invoice!", "request for the invoice!", "invoice time!", "love for you to", "we'd love you to", "i am asking for!", "i'm asking for!", "i’m asking for!", "we're asking for!", "we’re asking for!", "could ye", "can ye", "would ye", "will ye", "can y'all", "could y'all", "can youse", "could youse", "can yous", "could yous", "writing to ask for!", "writing to request!", "write to ask for!", "write to request!", "writing to ask you for!", "wanted to ask you for!", "to ask you for!", "they'd like!", "they would like!", "she'd like!", "he'd like!", "they're asking for!", "she's asking for!", "he's asking for!", "we'd appreciate!", "we would appreciate!", "i'd appreciate!", "i would appreciate!", "let us have!", "let me have!", "could we please have!", "can we please have!", "could i please have!", "can i please have!", "could we please get!", "can we please get!", "can i please get!", "could i please get!", "u can", "u could", "u may"],
		// The word as fast typing misspells it ("can u send me an invoce"): letters swapped, dropped or doubled.
		nouns: ["invoice", "invoices", "bill", "invoce", "invocie", "invioce", "inovice", "invoise", "invoive", "invoicce", "innvoice"],
		verbs: ["send", "issue", "raise", "prepare", "draw up", "make out", "create", "email", "forward", "put together", "write up", "generate", "submit", "make", "drop", "shoot", "pop", "fire", "share", "proceed", "chuck", "flick", "sling", "whip up"],
		invoiceVerbs: ["invoice us", "invoice me", "bill us", "bill me", "billing us", "billing me", "invoicing us", "invoicing me", "invoice our", "invoice:", "please invoice", "pls invoice", "kindly invoice", "you invoice", "and invoice", "please bill", "you bill", "pls bill", "kindly bill", "time to invoice", "time to bill", "to invoice", "do the invoice", "do an invoice", "do up an invoice", "do us an invoice", "do me an invoice", "get an invoice", "get the invoice", "get us an invoice", "get me an invoice", "put an invoice through", "put the invoice through", "put through an invoice", "put through the invoice", "proceed with invoicing", "proceed with the invoicing", "go ahead with invoicing", "go ahead with the invoicing", "go ahead with the invoice", "proceed with the invoice", "go ahead with your invoice", "proceed with your invoice", "do invoice", "do me invoice", "do us invoice", "do me an invoice", "do a invoice"],
		orders: ["invoice us", "invoice me", "bill us", "bill me", "go ahead with the invoice", "proceed with the invoice", "go ahead with your invoice", "proceed with your invoice"],
		later: ["once", "if it", "if the", "if we", "if that", "if all", "if everything", "later", "we'll", "we will", "next month", "next year", "after approval", "after we", "when we", "at the end of the job", "at the end of the project", "when the job is done", "when it's done", "after delivery", "on delivery", "upon delivery", "if approved", "if you're happy", "upon acceptance", "on acceptance", "after acceptance", "once accepted", "in january", "in february", "in march", "in april", "in may", "in june", "in july", "in august", "in september", "in october", "in november", "in december", "in due course", "if all goes well", "if everything goes well", "if it all goes well", "before you invoice", "before invoicing", "before proceeding with the invoice", "before you send the invoice"],
		soon: ["when you can", "when you get a chance", "when you get a sec", "when you have a moment", "when you have a minute", "when you have a sec", "when convenient", "when it suits you", "whenever you can", "whenever you like", "whenever suits", "when you're ready"],
		awaits: ["looking forward to", "look forward to", "awaiting", "we await", "i await", "waiting for", "waiting on", "looking forward to receiving", "look forward to receiving", "looking forward to getting", "look forward to getting"],
		addressed: ["invoice can go to", "invoice should go to", "invoice should be addressed to", "invoice should be made out to", "invoice to be sent to", "invoice to be made out to", "invoice to be addressed to", "address the invoice to", "invoice made out to"],
		pronouns: ["us", "me", "you", "u", "ye", "y'all", "youse"],
		pays: ["we'll pay", "we will pay", "i'll pay", "i will pay", "we'll settle", "we will settle", "we'll transfer", "we'll send payment", "we'll send the payment", "payment will follow", "we pay", "we can pay"],
		itOrders: ["make it out to", "address it to", "issue it to", "issue it in the name of"],
		done: ["received", "have sent", "we sent", "i sent", "attached", "enclosed", "paid", "settled", "here is", "here's", "shared", "sharing", "i'm sending", "we're sending", "i am sending", "we are sending"],
		receives: { asks: ["may i", "may we", "could i", "could we", "can i", "can we", "might i", "might we"], verbs: ["receive", "get", "have"], subs: ["if", "whether", "when", "that", "how", "why", "what"] },
		declines: {
			phrases: [String.raw`(?:don['’]?t|do not|won['’]?t|will not|wouldn['’]?t|would not|doesn['’]?t|does not|needn['’]?t)\s+(?:really\s+|actually\s+|even\s+)?(?:need|want|require|have to|need to|bother(?:\s+with)?|be\s+needing|be\s+requiring)\s+(?:[\p{L}'’]+\s+){0,3}?(?:invoice|bill)(?!\s+(?:to|in|by|on|as|with|sent|addressed|emailed|before|until|copy|number|date))`, String.raw`no need (?:for|of)\s+(?:an?|the|any)\s+(?:invoice|bill)`, String.raw`no need to\s+(?:send|issue|raise|do|make|prepare|create|write|bother|invoice|bill)(?:\s+[\p{L}'’]+){0,3}?\s+(?:invoice|bill)`, String.raw`no need to (?:invoice|bill) (?:us|me)`, String.raw`no (?:invoice|bill)s?,?\s+(?:is\s+|are\s+)?(?:needed|necessary|required|wanted|please|pls|thanks)`, String.raw`(?:invoice|bill)\s+(?:isn['’]t|is not|won['’]t be|will not be|wouldn['’]t be|not)\s+(?:needed|necessary|required)`, String.raw`(?:need|want|require)\s+no\s+(?:invoice|bill)`, String.raw`(?:don['’]?t|do not)\s+(?:send|issue|raise|prepare)\s+(?:us\s+|me\s+)?(?:an?|any)\s+(?:invoice|bill)`],
			yet: ["yet", "until", "till", "before", "for now", "for the moment", "right now", "at the moment", "at this stage", "at this point", "this month", "this year", "next month", "next year", "new year"],
			examples: {
				matches: ["We don't need an invoice for the logo.", "You don't have to send us an invoice, it's a gift.", "No invoice needed, we pay cash.", "No need for an invoice this time.", "No need to send me an invoice.", "An invoice isn't necessary.", "Please don't send us an invoice, the grant covers it.", "We won't be needing an invoice.", "There's no need for an invoice."],
				ignores: ["We need the invoice, nothing else.", "Please don't send the invoice yet.", "We don't need an invoice until January.", "Don't forget to send the invoice.", "We don't want the invoice to go to our old address.", "No rush on the invoice, send it when you can.", "For now, no invoice please."],
			},
		},
		heads: ["what to invoice", "what to bill", "to invoice", "to be invoiced", "to bill", "to be billed", "items for the invoice", "items to invoice", "what goes on the invoice", "to put on the invoice", "to go on the invoice"],
		examples: {
			asks: ["Hi Sam,\n\nHere's what to invoice:\n- Logo: $900\n- Cards: $150", "Chuck us an invoice when you get a sec.", "Flick me the invoice for the flyers.", "Just sling us an invoice for the banners, cheers.", "Sam - invoice me for the 2 hrs call, thx.", "Invoice us for 3 hours of coaching at $120/h.", "Bill me for the 2 banners, $150 each.", "Invoice please: logo refresh, $600", "Could you please send us an invoice for the 14 hours?", "Please go ahead and issue the final invoice for the build.", "Would you be able to send across the invoice for the translation work?", "Kindly raise an invoice to Desert Bloom Trading LLC.", "Please invoice Redwood Analytics Inc. for the dashboard.", "Invoice Blue Harbor Marine Ltd for the hull survey, please.", "We need an invoice for 5 drone flights.", "I'd be grateful if you could issue an invoice for the Q4 retainer.", "Could you shoot me over an invoice for the labels?", "Hi Sam — invoice Berg Design AB for the catalogue, €2,300.", "Requesting an invoice for the October retainer, $900.", "I'd be grateful if you could invoice us for the following items:", "Hi there, can we get an invoice for the 8 hours of tutoring?", "We're ready for the invoice for the 15 portraits.", "Invoice request: translation of the contract, 3,200 words.", "Hi Sam - time to invoice! 3 blog posts at $200 each.", "Sam, pls bill 7 hrs @ 95 USD for the data cleanup.", "Kindly share the invoice copy for the event management charges.", "Could you please share the invoice for the 6 videos?", "can u invoice us for the 120 tote bags, $4.20 each like we said.", "hey could u send me an invoice for the 3 logos?", "would u mind billing us for the 2 banners", "Sounds good, invoice us for it.", "hi sam, invoice us 400 for the banner + the 2 pull-up stands at 95 each.", "Great, bill me for the 3 prints.", "The shoot went well - invoice us whenever you like.", "OK, just invoice me for the 2 hours.", "You can invoice us now for the 3 posters.", "Happy for you to invoice the workshop now.", "Would it be possible to get an invoice for the 4 videos?", "Please proceed with invoicing the 3 banners.", "Looking forward to your invoice for the photos.", "Send the invoice when you get a chance.", "Our accounts team is asking for your invoice for the logo work, $900.", "Could I trouble you for an invoice?", "Over to you for the invoice: 2 hours at $150/hour.", "Hi Sam, invoice for 3 posters at $60 each please.", "Can you do the invoice for the 3 posters?", "Could you get an invoice over to us for the posters?", "Please put an invoice through for the 3 posters.", "Request for invoice", "The invoice can go to accounts@acme.example.", "Please address the invoice to Acme Ltd.", "I'm asking for the invoice for the logo, $650.", "Could ye invoice us for the shopfront signage design, EUR 1,850.00 as quoted?", "Can y'all send the invoice for the 3 posters?", "Please go ahead and invoice us - we'll pay by e-transfer when they arrive.", "Please send the invoice; we will pay once the banners arrive.", "About the invoice: 2 banners at $340 each. Please make it out to Kensington Yoga Ltd.", "I'm writing to ask for the invoice for the spring catalogue.", "Just wanted to ask you for the invoice for the 3 posters.", "I write to request the invoice for the workshop, $900.", "Hi Sam, forwarding this from the Clairefontaine people, they'd like the invoice for the brochures.", "We'd appreciate an invoice for the 3 posters.", "Please let us have your invoice for the posters.", "We look forward to receiving your invoice.", "Could we please have an invoice for the posters?", "Please send us an invoice from your studio for the 3 posters.", "May I receive the invoice for the 3 posters?", "Could we have your invoice for the shoot this week?", "Can u send me an invoce for the 2 posters (R400)?", "Need an invoice for the poster ($120) asap.", "Yo Sam, u can bill me for the poster, $120.", "could u pls do invoice for the poster $120", "Could you send us the invocie for the workshop?", "pls send the inovice for the banners", "invoice plz :)", "You can go ahead with the invoice for the items in your quote.", "The quote looks good, go ahead with the invoice.", "Season's wrapped so let's get the invoice sorted.", "Let's sort out the invoice for the banners."],
			not: ["Let's talk about the invoice next week.", "Hi Sam,\n\nItems on this invoice:\n- Logo: $900", "Hi Sam,\n\nI'm checking last month's bill. Here's what was on the invoice:\n- Logo: $900", "Your invoice arrived, thanks. For the invoice:\n- Logo: $900", "Did you receive our payment last week?", "Please find attached our invoice for November.", "Thanks for sharing the invoice, we will pay it on Friday.", "I have shared the invoice with our finance team.", "If the price works, we'd ask you to invoice us in January once the shoot is done.", "Did you invoice us twice for the same job?", "Our old designer used to invoice us for every call.", "How much would you invoice us for a logo?", "Looking forward to working with you again.", "We are still waiting for the invoice from our printer.", "You may have received our invoice already.", "We still need to decide on the invoice process internally.", "Invoice for October", "Invoice for October attached, thanks.", "The invoice made out to Acme Ltd was paid on Friday.", "We wanted to ask for an invoice from the printer first, so hold on.", "An invoice template would be great to have for our own shop.", "We look forward to receiving the invoice from our printer.", "Thank you for sending the invoice, we'd appreciate a receipt too.", "They'd like the invoice from the printer before Friday.", "Can I ask whether you have received the invoice?", "May I have a copy of the invoice from the printer?", "We paid the invoce last week, thanks.", "We won't need an invoice for the poster, we pay cash.", "We never need an invoice for the poster.", "Please, no invoice needed for the logo."],
		},
	},
	{
		lang: "de",
		cues: ["rechnung bitte!", "bitte", "kannst du", "könntest du", "kannst", "könnt ihr", "können sie", "könnten sie", "würden sie", "würdest du", "wir bitten", "ich bitte", "schick", "schicken sie", "senden sie", "stellen sie", "wir brauchen!", "ich brauche!", "gerne", "bitten um!", "bitte um!", "hätten gern!", "hätte gern!", "hätten gerne!", "hätte gerne!", "kannste", "kannst mir", "schickste", "machste", "bitte rechnung!", "bitte eine rechnung!", "bitte die rechnung!", "stell", "stellt", "stellst du", "verrechne", "verrechnest du", "berechne", "bräuchte!", "bräuchten!", "benötige!", "benötigen!", "brauchen!", "rechnungsanfrage!", "anfrage rechnung!", "bitte um rechnung!", "bitten!", "würde mich über!", "würden uns über!"],
		// "Rechung", "Rechnug": the word as fast typing misspells it.
		nouns: ["rechnung", "rechnungsanfrage", "rechung", "rechnug", "rehnung"],
		verbs: ["schick", "send", "stell", "ausstell", "zukommen", "mach", "schreib", "erstell", "übermittel", "zusend", "fortfahr"],
		splitVerbs: [String.raw`rechne(?:t|n sie|st du)?\s(?:[^.?!\n]{1,40}\s)?ab(?=\s*(?:[.,!;]|$))`],
		invoiceVerbs: ["in rechnung stellen", "in rechnung zu stellen", "in rechnung", "abrechnen", "berechnen sie", "verrechnen", "zu verrechnen", "verrechne", "verrechnest", "rechnungsstellung"],
		orders: ["verrechne mir", "verrechne uns", "verrechnet uns", "verrechnen sie uns", "verrechnen sie mir", "berechne mir", "berechne uns", "berechnet uns", "berechnen sie mir"],
		later: ["wenn ", "sobald", "erst nach", "später", "dann bitte erst", "nach abschluss", "im nächsten monat", "nach lieferung", "nach der lieferung", "nach freigabe", "zu gegebener zeit", "nach annahme", "nach auftragserteilung", "nach zusage", "nach ausführung", "bevor sie die rechnung", "bevor du die rechnung", "vor der rechnung"],
		soon: ["wenn du kannst", "wenn sie können", "wenn ihr könnt", "wenn du zeit hast", "wenn sie zeit haben", "wenn es passt", "wenn's passt", "sobald du kannst", "sobald sie können", "sobald es geht", "sobald es ihnen möglich ist"],
		awaits: ["freue mich auf", "freuen uns auf", "erwarte", "erwarten", "warte auf", "warten auf"],
		addressed: ["rechnung kann an", "rechnung geht an", "rechnung bitte auf", "rechnung auf den namen"],
		pronouns: ["uns", "mir", "sie", "du", "dir", "ihr"],
		done: ["erhalten", "haben", "hatten", "anbei", "beigefügt", "überwiesen", "bezahlt", "beglichen", "ich schicke", "ich sende", "wir schicken", "wir senden", "hiermit"],
		pays: ["wir zahlen", "wir bezahlen", "wir überweisen", "ich zahle", "ich überweise", "zahlen wir", "überweisen wir", "bezahlen wir"],
		itOrders: ["stell sie auf", "stellen Sie sie auf", "schreib sie auf", "schreiben Sie sie auf", "stell sie an", "stellen Sie sie an"],
		receives: { asks: ["kann ich", "können wir", "könnte ich", "könnten wir", "darf ich", "dürfen wir", "dürfte ich", "dürften wir"], verbs: ["bekommen", "erhalten", "kriegen", "haben", "zugeschickt bekommen", "zugesandt bekommen"], subs: ["ob", "dass", "wann", "wie", "warum", "was"], firsts: ["bekomme ich", "bekommen wir", "kriege ich", "krieg ich", "kriegen wir", "erhalte ich", "erhalten wir"] },
		nounFor: { fors: ["für", "fürs", "über"], pleases: ["bitte"] },
		declines: {
			phrases: [String.raw`keinen?\s+(?:[\p{L}-]+\s+)?rechnung\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:nötig|notwendig|erforderlich|benötigt|gebraucht)`, String.raw`rechnung\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:brauch|benötig|woll|will|möcht|müss)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:nicht|keine)`, String.raw`(?:brauch|benötig|woll|will|möcht|müss|muss)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?keinen?\s+(?:[\p{L}-]+\s+)?rechnung`, String.raw`(?:schick|send|stell|schreib)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?keinen?\s+(?:[\p{L}-]+\s+)?rechnung`, String.raw`keine\s+rechnung\s+(?:zu\s+)?(?:schick|send|stell|ausstell|schreib)\p{L}*`, String.raw`rechnung\p{L}*\s+(?:ist\s+)?nicht\s+(?:nötig|notwendig|erforderlich)`, String.raw`ohne\s+rechnung\s+(?:ist\s+(?:ok|okay|in ordnung|kein problem)|geht\s+(?:das\s+|es\s+)?(?:auch|klar|in ordnung))`],
			yet: ["noch", "erst", "vorerst", "vorläufig", "bis", "vor", "momentan", "derzeit", "zurzeit", "im moment", "jetzt"],
			examples: {
				matches: ["Eine Rechnung brauchen wir nicht, bitte keine schicken.", "Sie brauchen uns keine Rechnung zu schicken.", "Keine Rechnung nötig, wir zahlen bar.", "Wir benötigen keine Rechnung für das Logo.", "Schick mir bitte keine Rechnung.", "Eine Rechnung ist nicht nötig.", "Rechnung brauche ich keine.", "Sie müssen keine Rechnung ausstellen."],
				ignores: ["Brauchen Sie noch etwas von uns für die Rechnung?", "Ohne Rechnung geht es nicht – bitte schick sie mir.", "Wir brauchen noch keine Rechnung, erst im Januar.", "Ich habe noch keine Rechnung bekommen, kannst du sie mir schicken?", "Die Rechnung brauchen wir bis Freitag."],
			},
		},
		heads: ["Positionen für die Rechnung", "in die Rechnung", "auf die Rechnung", "zu berechnen", "abzurechnen", "in Rechnung zu stellen", "zu fakturieren"],
		examples: {
			asks: ["Hallo Sam,\n\nanbei die Positionen für die Rechnung:\n- Logo: 900 €\n- Karten: 150 €", "Rechnung bitte – Website-Pflege Oktober 450 €", "Kannst du mir bitte eine Rechnung über die Workshops schicken?", "Bitte stellen Sie uns die Beratung in Rechnung.", "Schick mir doch bitte die Rechnung für die 6 Banner.", "Wir bitten Sie, uns die Übersetzung in Rechnung zu stellen.", "Schreib mir 'ne Rechnung über die Stunden.", "Wir bitten um eine Rechnung für die Wartung im Oktober.", "Ich hätte gern eine Rechnung über die zwei Kurse.", "kannste mir ne rechnung für die 4 poster schicken?", "Kannst du mir bitte die Bildbearbeitung verrechnen?", "Bitte Rechnung: Logo 500 €, Visitenkarten 120 €.", "Verrechne mir bitte die 5 Stunden à CHF 95.", "Stell mir die 3 Stunden Beratung in Rechnung.", "Für unsere Buchhaltung bräuchte ich noch die Rechnung für die 3 Poster.", "Wir benötigen für die 3 Poster noch eine Rechnung.", "Rechnung, bitte", "Rechnungsanfrage", "Bitte um Rechnung", "Die Rechnung kann an buchhaltung@firma.example gehen.", "Berechnen Sie mir bitte die Reparatur.", "Wir bitten um Rechnungsstellung für die 3 Tage.", "Ich freue mich auf Ihre Rechnung für den Workshop.", "Schick mir die Rechnung, wenn du Zeit hast.", "Bitte schick mir die Rechnung, wir zahlen sobald die Banner da sind.", "Bitte rechne wie immer ab, gleiche Adresse wie bisher.", "Rechnen Sie das bitte mit uns ab.", "Zur Rechnung: Logo 500 €. Stell sie auf die Roth GmbH aus, bitte.", "Ich möchte Sie um die Rechnung für den Workshop bitten.", "Darf ich dich um die Rechnung für die 3 Poster bitten?", "Kannst du mir die Rechung für die Fotos schicken?", "Hallo Sam, Rechnung fürs Poster bitte, 120 €.", "Rechnung für die 3 Poster bitte an die übliche Adresse.", "Ich schreibe, um Sie um die Rechnung für das Logo zu bitten.", "Ich würde mich über die Rechnung für die Poster freuen.", "Wir würden uns über Ihre Rechnung bis Freitag freuen.", "Kann ich die Rechnung für das Shooting von dir bekommen?", "Dürfen wir Ihre Rechnung für die Beratung erhalten?", "Kriege ich die Rechnung noch von dir?", "Danke für das Angebot, Sie können mit der Rechnung fortfahren."],
			not: ["Hallo Sam,\n\nIhre Rechnung enthielt:\n- Logo: 900 €", "Die Rechnung haben wir erhalten, danke.", "Wir haben Ihnen die Rechnung gestern überwiesen.", "Die Rechnung stellen Sie dann bitte erst nach Abschluss.", "Wie viel würden Sie uns für das Logo berechnen?", "Sie haben sich um 20 € verrechnet.", "Ich rechne mit Ihrem Angebot ab Montag.", "Sobald alles fertig ist, werden wir Sie um die Rechnung bitten.", "Danke für die Rechnung, bitte schick mir noch die Quittung.", "Kann ich die Rechnung, die wir erhalten haben, weiterleiten?", "Darf ich fragen, ob ihr die Rechnung erhalten habt?", "Nächste Woche erhalten wir die Rechnung.", "Rechnung für Oktober anbei, bitte prüfen.", "Rechnung für Oktober bitte bis Freitag bezahlen.", "Eine Rechnung brauchen wir nicht, bitte keine schicken."],
		},
	},
	{
		lang: "es",
		cues: ["factura por favor!", "por favor la factura!", "por favor, la factura!", "favor de emitir!", "factura porfa!", "por favor", "puedes", "podrías", "podría", "pueden", "podéis", "podrían", "le ruego", "les ruego", "te ruego", "agradeceríamos", "agradecería", "necesitamos!", "necesito!", "envíanos", "envíenos", "envíame", "mándame", "mándanos", "pásame", "pásanos", "me haces", "nos haces", "hazme", "haznos", "porfa", "solicitamos!", "quisiera!", "quisiéramos!", "nos gustaría recibir!", "xfa", "x favor", "porfis", "plis", "solicitarle!", "solicitarles!", "solicitaros!", "solicitarte!", "le solicito!", "les solicito!", "te solicito!", "le solicitamos!", "les solicitamos!", "solicito!", "necesitaría!", "necesitaríamos!", "nos haría falta!", "me haría falta!", "solicitud de factura!", "petición de factura!", "pedido de factura!", "te pido!", "le pido!", "les pido!", "os pido!", "te pedimos!", "le pedimos!", "les pedimos!", "os pedimos!", "mandame", "mandanos", "pasame", "pasanos", "enviame", "envianos", "emitime", "emitinos", "haceme", "hacenos", "podés", "pedirte!", "pedirle!", "pedirles!", "pediros!", "solicitarle!", "escribo para pedir!", "quería pedir!", "quería pedirte!", "queríamos pedir!", "quisiera pedir!", "puede", "nos puede", "me puede", "escribo para solicitar!", "escribimos para solicitar!", "quería solicitar!", "queríamos solicitar!", "quisiera solicitar!", "quisiéramos solicitar!", "queremos solicitar!", "quiero solicitar!"],
		// "La cuenta de cobro": what Colombia's freelancers issue instead of a factura, asked for in the same words.
		nouns: ["factura", "cuenta de cobro"],
		verbs: ["envi", "enví", "emit", "emita", "hac", "hag", "haz", "mand", "mánd", "pas", "pás", "prepar", "gener", "proced"],
		// "Por favor factura a Acme S.L. la traducción": the imperative "factura" opening its clause, before whom it bills
		// (the noun would take its article: "la factura a nombre de …").
		splitVerbs: [String.raw`(?:^|[,;:]\s*|favor\s+|porfa\s+)factura\s+a\s+(?!(?:la|las|los|el|nombre|su|sus|tu|tus|mi|mis|nuestra|nuestro|vuestra|vuestro|partir|cuenta|pagar)\s)`],
		invoiceVerbs: ["facturar", "facturen", "factúrame", "factúranos", "facturame", "facturanos", "facturarnos", "facturarme", "facture", "proceder con la facturación", "proceder a la facturación", "procedan con la facturación", "proceda con la facturación", "proceda a la facturación", "facturad"],
		orders: ["factúrame", "factúranos", "facturame", "facturanos", "factúreme", "factúrenos", "facturadme", "facturadnos", "me facturas", "nos facturas", "me facturáis", "nos facturáis", "me facturás", "nos facturás", "facturad"],
		later: ["si nos", "cuando", "una vez", "más adelante", "después de", "pediremos", "os pediremos", "le pediremos", "en enero", "el mes que viene", "tras la entrega", "a la entrega", "si lo aprobamos", "si se aprueba", "al final del trabajo", "al terminar el trabajo", "al final del proyecto", "si entra en el", "más tarde", "luego", "a su debido tiempo", "en su debido momento", "tras la aprobación", "tras aprobar", "tras la aceptación", "al aceptar", "si todo va bien", "si todo sale bien", "si va todo bien", "si sale todo bien", "después nos", "después me", "después le", "después les", "después os", "posteriormente", "antes de proceder", "antes de facturar", "antes de emitir la factura"],
		soon: ["cuando puedas", "cuando pueda", "cuando puedan", "cuando podáis", "cuando tengas un momento", "cuando tengas tiempo", "cuando te venga bien", "cuando le venga bien", "cuando quieras", "cuando gustes", "cuando quiera", "cuando quieran", "cuando guste", "cuando pueda usted"],
		awaits: ["quedo a la espera de", "quedamos a la espera de", "quedo atento a", "quedo atenta a", "quedamos atentos a", "en espera de", "espero", "esperamos", "aguardo", "aguardamos"],
		addressed: ["factura a nombre de", "factura puede ir a nombre de", "factura debe ir a nombre de", "factura puede ir a"],
		pronouns: ["nos", "me", "le", "les", "usted", "ustedes", "tú", "te"],
		done: ["hemos", "he recibido", "recibido", "recibimos", "adjunto", "adjuntamos", "pagado", "pagamos", "enviamos", "te mando", "te envío", "te paso", "le envío", "les envío", "aquí tienes", "aquí va"],
		pays: ["pagaremos", "te pagamos", "le pagamos", "os pagamos", "pagamos por", "pagamos con", "te transferimos", "le transferimos", "haremos la transferencia", "pago por transferencia"],
		itOrders: ["emítela", "emítemela", "emítenosla", "emitila", "emitímela", "hazla", "házmela", "háznosla", "hacela", "hacémela", "mándala", "mándamela", "mándanosla", "mandala", "mandámela", "envíala", "envíamela", "envíanosla", "enviala", "pásamela", "pasámela", "hágala", "emítala", "envíela", "envíenosla", "mándela", "póngala", "ponla"],
		receives: { asks: ["puedo", "podemos", "podría yo", "podríamos"], verbs: ["recibir", "tener", "obtener", "contar con"], subs: ["si", "cuándo", "cuando", "cómo", "que", "por qué"] },
		nounFor: { fors: ["de", "del", "por", "para"], pleases: ["por favor", "porfa", "xfa"] },
		declines: {
			phrases: [String.raw`no\s+(?:nos\s+|me\s+|te\s+|le\s+|les\s+)?(?:hace|hará|haría)\s+falta\s+(?:[\p{L}]+\s+){0,4}?(?:factura|facturar)`, String.raw`no\s+(?:nos\s+|me\s+)?(?:necesit|quer|requer|precis)\p{L}*\s+(?:[\p{L}]+\s+){0,2}?factura`, String.raw`no\s+(?:es|será|sería)\s+necesari[ao]\s+(?:[\p{L}]+\s+){0,3}?(?:factura|facturar)`, String.raw`no\s+(?:tienes|tiene|tenéis|tienen|hay)\s+que\s+(?:[\p{L}]+\s+){0,2}?(?:factura|facturar)`, String.raw`no\s+(?:nos\s+|me\s+)?(?:mandes|envíes|hagas|emitas|mande|envíe|haga|emita|mandéis|enviéis|hagáis|emitáis)\s+(?:ninguna\s+|una\s+|la\s+)?factura`, String.raw`factura\s+(?:[\p{L}]+\s+){0,2}?no\s+(?:nos\s+|me\s+)?(?:hace\s+falta|es\s+necesaria|la\s+necesit\p{L}*)`, String.raw`sin\s+factura\s+(?:está\s+bien|vale|nos\s+vale|no\s+pasa\s+nada)`, String.raw`no\s+(?:emitir|enviar|hacer|mandar)(?:nos|me)?\s+(?:ninguna\s+)?factura`],
			yet: ["todavía", "todavia", "aún", "aun", "hasta", "por ahora", "de momento", "por el momento", "antes", "enero", "el año que viene"],
			examples: {
				matches: ["No necesitamos factura, no nos la mandes.", "No hace falta factura.", "No me mandes factura, te pago en efectivo.", "No hace falta que nos envíes la factura.", "No es necesario emitir factura.", "La factura no nos hace falta.", "Le pido no emitir factura por este trabajo."],
				ignores: ["No nos mandes todavía la factura.", "Necesitamos la factura, nada más.", "Sin factura no podemos pagar, mándamela por favor."],
			},
		},
		heads: ["a facturar", "para facturar", "conceptos para la factura", "que hay que facturar", "que va en la factura", "que van en la factura", "para poner en la factura"],
		examples: {
			asks: ["Hola, por favor la factura: tazas - 20 piezas, 6 € cada una.", "Favor de emitir la factura por el diseño del logotipo, 500 €.", "Hola Sam, por favor factura a Acme S.L. la traducción del manual, 500 €.", "Hola Sam:\n\nConceptos a facturar:\n- Logo: 900 €\n- Tarjetas: 150 €", "Factura por favor: diseño del catálogo 1.200 €", "¿Me puedes hacer la factura de las 20 horas?", "Le ruego que nos emita la factura correspondiente.", "Por favor, facturen lo siguiente.", "¿Podría enviarnos la factura por el mantenimiento anual?", "¿Me pasas la factura del logo?", "Les solicitamos que nos emitan la factura de 4 licencias.", "Te confirmo lo conversado para la factura:\nSesión de fotos: S/ 2,500.00\nEmítela a Inversiones Marina S.A.C., por favor.", "Mándame la factura, te pagamos cuando llegue la mercancía.", "Hazme la factura de las tazas porfa.", "Por favor facturanos la etiqueta.", "Quisiera la factura de las clases de junio.", "Solicitamos factura por los 3 cursos.", "me mandas la factura de las 6 fotos xfa", "Le escribo para solicitarle la factura del diseño de las etiquetas.", "¿Me facturas 4 horas de diseño a 50 € la hora?", "Factúrenos, por favor, las dos sesiones.", "Hola Sam, nos facturás las 3 fotos a ARS 20.000 cada una?", "Les solicitamos la factura de los 3 cursos.", "Puedes proceder con la facturación de las 4 horas.", "Quedo a la espera de la factura por el diseño.", "Necesitaría la factura de las 3 fotos.", "Factura, por favor", "Solicitud de factura", "La factura a nombre de Casa Olmo, por favor.", "Envíame la factura de las fotos cuando puedas.", "Bueno, a lo que iba: te pido la factura final del proyecto:", "Mandame la factura cuando puedas.", "Pasame la factura del logo, porfa.", "Les pedimos la factura del evento.", "Bueno, a lo que iba: te pido la factura final del proyecto.", "Le pedimos la factura de los 3 cursos.", "Pasame la factura del logo, dale.", "Te escribo para pedirte la factura del catálogo 2027 a nombre de Autos del Norte S.A.S.", "Le escribo para pedirle la factura de las 3 sesiones.", "Quería pedirte la factura del logo, 600 €.", "Os escribo para pediros la factura de las fotos.", "Puede enviarnos la factura cuando quiera.", "Nos puede facturar los carteles.", "Le escribo para solicitar la factura por las fotos del evento, según lo acordado:", "Les escribimos para solicitar la factura de los 3 talleres.", "Quería solicitar la factura del logo, 600 €.", "Queremos solicitar la factura por el diseño de la web.", "¿Me pasas la cuenta de cobro de las fotos?", "Por favor envíame la cuenta de cobro de la asesoría de octubre.", "Te escribo para que me mandes la cuenta de cobro de los afiches.", "¿Podemos recibir la factura del diseño esta semana?", "Hola Sam, factura del póster por favor, 120 €.", "¿Puedo tener tu factura por las 3 sesiones?", "Por favor facturad el logo, 500 €.", "Facturad la auditoría a nombre de la empresa.", "Le confirmo que puede proceder con la factura del trabajo de octubre."],
			not: ["Gracias, la factura a nombre de Acme S.L. ya la recibimos.", "Hola Sam:\n\nTu factura incluía:\n- Logo: 900 €", "Hemos recibido la factura, gracias.", "Si nos cuadra, os pediremos la factura en enero.", "¿Cuánto nos facturas por un logo?", "¿Por qué nos facturas el envío?", "Me facturas siempre tarde.", "Envíala cuando puedas, la foto del menú.", "Esperamos la factura de nuestro proveedor antes de pagarte.", "Si nos cuadra, vamos a pedirle la factura al proveedor en enero.", "La factura puede enviarla más tarde, no hay prisa.", "Le escribo para solicitar la factura al proveedor cuando llegue el material.", "Queremos solicitar la factura a nuestro proveedor en enero.", "Ya recibimos la cuenta de cobro, gracias.", "¿Puedo saber si recibiste la factura?", "¿Podemos pagar la factura por transferencia?", "No necesitamos factura, por favor no nos la mandes."],
		},
	},
	{
		lang: "fr",
		cues: ["facture svp!", "svp la facture!", "svp, la facture!", "s'il vous plaît, la facture!", "s'il vous plaît la facture!", "s’il vous plaît, la facture!", "s'il te plaît, la facture!", "facture stp!", "facture s'il vous plaît!", "facture s'il te plaît!", "facture s’il vous plaît!", "facture s’il te plaît!", "merci de", "pourriez-vous", "pouvez-vous", "peux-tu", "tu peux", "tu pourrais", "pourrais-tu", "veuillez", "je vous prie", "vous pouvez", "nous avons besoin!", "j'ai besoin!", "envoyez-nous", "envoie-moi", "s'il vous plaît", "stp", "svp", "je voudrais!", "nous voudrions!", "je souhaiterais!", "nous souhaiterions!", "tu px", "tu pourras", "stp!", "merci d'avance", "je vous demande!", "nous vous demandons!", "envoie-nous", "envoyez-moi", "adresse-moi", "adressez-nous", "adressez-moi", "fais-moi", "faites-nous", "j'aurais besoin!", "j’aurais besoin!", "nous aurions besoin!", "il me faudrait!", "il nous faudrait!", "il me faut!", "il nous faut!", "demande de facture!", "demande de facturation!", "je te demande!", "nous te demandons!", "on te demande!", "on vous demande!", "vous demander!", "te demander!", "pour demander!"],
		nouns: ["facture"],
		verbs: ["envoy", "envoi", "adress", "fair", "fai", "établi", "émett", "transmett", "prépar", "parvenir", "procéd"],
		invoiceVerbs: ["facturer", "facturez", "facture-moi", "facturez-nous", "facturez-moi", "procéder à la facturation", "passer à la facturation", "lancer la facturation"],
		orders: ["facturez-nous", "facturez-moi", "facture-moi", "facture-nous", "tu me factures", "tu nous factures", "vous nous facturez", "vous me facturez"],
		later: ["facturerez", "ensuite", "une fois", "plus tard", "si le", "si ça", "quand ", "après la", "après livraison", "à la livraison", "à la fin du travail", "à la fin du projet", "en fin de projet", "si ça rentre dans", "en temps voulu", "le moment venu", "après acceptation", "après validation", "après accord", "après réalisation", "si tout va bien", "si tout se passe bien", "par la suite", "avant de procéder", "avant de facturer", "avant d'émettre"],
		soon: ["quand tu peux", "quand tu pourras", "quand vous pouvez", "quand vous pourrez", "quand tu as un moment", "quand vous avez un moment", "dès que tu peux", "dès que vous pouvez", "dès que possible", "quand ça t'arrange", "quand cela vous arrange"],
		awaits: ["j'attends", "j’attends", "nous attendons", "on attend", "dans l'attente de", "dans l’attente de", "en attente de"],
		addressed: ["facture peut être adressée", "facture doit être adressée", "facture au nom de", "facture à l'ordre de"],
		pronouns: ["nous", "me", "m'", "vous", "tu", "moi"],
		done: ["avons", "reçu", "ci-joint", "ci-jointe", "payé", "réglé", "envoyé", "voici", "je t'envoie", "je t’envoie", "je vous envoie", "je vous transmets"],
		pays: ["nous paierons", "nous payerons", "on paiera", "on payera", "je paierai", "je payerai", "nous réglerons", "on réglera", "nous ferons le virement", "on fera le virement"],
		itOrders: ["envoyez-la", "envoie-la", "établissez-la", "établis-la", "adressez-la", "adresse-la", "libellez-la", "libelle-la", "faites-la", "fais-la", "envoyez-la-nous", "envoie-la-moi", "tu peux la faire", "tu peux me la faire", "tu peux nous la faire", "vous pouvez la faire", "vous pouvez nous la faire", "peux-tu la faire", "pouvez-vous la faire", "pourriez-vous la faire", "tu pourrais la faire", "tu peux l'établir", "tu peux l’établir", "vous pouvez l'établir", "vous pouvez l’établir", "pouvez-vous l'établir", "pouvez-vous l’établir", "pourriez-vous l'établir", "pourriez-vous l’établir", "tu peux la libeller", "vous pouvez la libeller", "merci de la faire", "merci de l'établir", "merci de l’établir", "merci de la libeller"],
		receives: { asks: ["puis-je", "pourrais-je", "pouvons-nous", "pourrions-nous", "je peux", "je pourrais", "nous pouvons", "nous pourrions", "on peut", "on pourrait", "peut-on", "pourrait-on"], verbs: ["recevoir", "avoir", "obtenir"], subs: ["si", "quand", "comment", "que", "pourquoi"] },
		nounFor: { fors: ["pour", "de", "du", "des"], pleases: ["svp", "stp", "s'il vous plaît", "s'il te plaît", "s’il vous plaît", "s’il te plaît"] },
		declines: {
			phrases: [String.raw`(?:pas|plus|aucun)\s+besoin\s+(?:de|d['’]|que|qu['’])\s*(?:[\p{L}'’-]+\s+){0,4}?(?:facture|facturer)`, String.raw`(?:inutile|pas la peine|pas nécessaire|ce n['’]est pas la peine|ce n['’]est pas nécessaire)\s+(?:de|d['’])\s*(?:[\p{L}'’-]+\s+){0,3}?(?:facture|facturer)`, String.raw`(?:ne\s+|n['’])(?:[\p{L}]+['’]\s*|[\p{L}]+\s+){0,2}?(?:envoie|envoyez|fais|faites|établis|établissez|émets|émettez|adresse|adressez)\s+(?:pas|aucune)\s+(?:de\s+|d['’]\s*)?facture`, String.raw`facture\s+(?:n['’]est|ne\s+sera|n['’]était)\s+pas\s+(?:nécessaire|utile|indispensable|requise)`, String.raw`(?:aucune|pas\s+de)\s+facture\s+(?:n['’]est\s+)?(?:nécessaire|requise|utile)`, String.raw`(?:ne\s+|n['’])(?:[\p{L}]+\s+)?(?:veux|voulons|voulez|souhaite|souhaitons)\s+pas\s+de\s+facture`, String.raw`pas\s+de\s+facture,?\s+(?:merci|svp|stp|s['’]il\s+(?:te|vous)\s+pla[iî]t)`, String.raw`ne\s+(?:pas|plus)\s+(?:nous\s+|me\s+|m['’]\s*)?(?:envoyer|émettre|établir|faire|adresser)\s+(?:de\s+|d['’]\s*|aucune\s+)facture`],
			yet: ["encore", "avant", "pour l'instant", "pour l’instant", "pour le moment", "tout de suite", "jusqu", "d'ici", "janvier", "l'année prochaine"],
			examples: {
				matches: ["Pas besoin de facture, ne nous l'envoie pas.", "Inutile de m'envoyer une facture.", "Pas besoin que tu nous fasses une facture.", "Nous n'avons pas besoin de facture pour le logo.", "Ne m'envoie pas de facture, je te paie en liquide.", "Une facture n'est pas nécessaire.", "Ce n'est pas la peine de nous faire une facture.", "Merci de ne pas nous envoyer de facture."],
				ignores: ["Merci de ne pas encore nous envoyer la facture.", "Pas de facture pour le moment, merci.", "Sans facture, je ne peux pas payer : envoie-la-moi."],
			},
		},
		heads: ["à facturer", "faut facturer", "à mettre sur la facture", "à inclure dans la facture", "éléments pour la facture"],
		examples: {
			asks: ["Bonjour, s'il vous plaît, la facture : affiches - 5 pièces, 30 € pièce.", "Bonjour Sam,\n\nVoici ce qu'il faut facturer :\n- Logo : 900 €\n- Cartes : 150 €", "Pour la facture : affiches 650 €. Établissez-la au nom de Cave Martin SARL.", "Je te confirme pour la facture du logo. Tu peux la faire au nom de Atelier Noor SARL.", "Pour la facture des affiches : vous pouvez l’établir au nom de Cave Martin.", "C'est bon pour la facture du site. Merci de la libeller à Riad Dar SARL.", "Merci de m'envoyer la facture, nous paierons dès réception des affiches.", "Facture SVP : séance photo 650 €", "Pourriez-vous nous adresser la facture pour la traduction ?", "Tu peux me faire une facture pour les 4 affiches ?", "Merci de nous facturer la refonte du logo.", "Tu peux me facturer le shooting photo ?", "Tu me fais la facture pour les ateliers ?", "Je voudrais une facture pour les 3 séances.", "Nous souhaiterions recevoir la facture du reportage.", "tu px m'envoyer la facture pour les 3 flyers stp", "Facturez-nous 3 journées de formation à 450 € la journée.", "Bonjour Sam, facture-moi les 2 affiches à 80 €.", "Tu me factures les 4 heures de montage ?", "Vous pouvez procéder à la facturation des 3 journées.", "Envoie-moi la facture pour les affiches.", "J'attends ta facture pour le logo.", "J'aurais besoin de la facture pour les 3 affiches.", "Il me faudrait une facture pour les 3 affiches.", "Facture, s'il te plaît", "Demande de facture", "La facture peut être adressée à notre siège.", "Tu peux m'envoyer la facture quand tu peux ?", "Je te demande la facture pour le logo.", "Je vous écris pour vous demander la facture des 3 affiches.", "Je me permets de te demander la facture du logo, 600 €.", "Je reviens vers vous pour demander la facture de la séance photo.", "Puis-je recevoir la facture pour les 4 affiches ?", "Salut Sam, facture pour l'affiche svp, 120 €.", "Est-ce qu'on pourrait avoir votre facture pour le shooting ?", "Je vous confirme que vous pouvez procéder à la facture pour la refonte."],
			not: ["Bonjour Sam,\n\nVotre facture comprenait :\n- Logo : 900 €", "Nous avons bien reçu votre facture.", "Tu peux la faire en bleu, l'affiche ?", "Pour la facture, tu peux la faire plus tard, après livraison.", "Nous vous avons envoyé la facture hier.", "Vous nous facturerez ensuite à la livraison.", "Combien vous nous facturez pour un logo ?", "Pourquoi vous nous facturez la livraison ?", "J'attends encore la facture du traiteur.", "Envoyez-la à l'imprimeur, c'est l'affiche finale.", "Quand ce sera fini, je viendrai vous demander la facture.", "Merci pour la facture, pouvez-vous nous envoyer aussi le reçu ?", "Puis-je savoir si vous avez reçu la facture ?", "Nous pouvons régler la facture par virement.", "Pas besoin de facture, ne nous l'envoie pas s'il te plaît."],
		},
	},
	{
		lang: "pt",
		cues: ["fatura por favor!", "por favor a fatura!", "por favor, a fatura!", "você pode", "voce pode", "pode", "poderia", "podia", "solicitamos", "solicito", "solicitar", "venho por este meio", "agradecemos", "agradeço", "por favor", "favor", "me manda", "manda", "envie", "enviem", "precisamos!", "preciso!", "pedimos!", "gostaria de receber!", "gostaríamos de receber!", "precisaria!", "precisaríamos!", "pedido de fatura!", "solicitação de fatura!", "pedido de emissão de fatura!", "vc pode", "vc consegue", "você consegue", "consegue", "pfv", "pf", "te peço!", "lhe peço!", "peço-lhe!", "peço-te!", "vos peço!", "pedimos-lhe!", "te pedimos!", "lhe pedimos!", "venho pedir!", "venho solicitar!", "escrevo para pedir!", "queria pedir!", "gostaria de pedir!", "pedir-lhe!", "pedir-te!", "pedir-vos!", "peço", "pedimos que", "por gentileza", "gentileza", "peço a gentileza", "solicito a gentileza"],
		// "Factura": Angola, Mozambique and older Portuguese spelling, before the 1990 agreement dropped the c.
		nouns: ["fatura", "nota fiscal", "factura"],
		// "Podes passar-me a fatura?": European Portuguese issues an invoice by "passar" it.
		verbs: ["envi", "emit", "emiti", "emiss", "mand", "faz", "fazer", "prepar", "proced", "prossig", "avanç", "passar", "passa-me", "passa-nos", "passe-me", "passe-nos", "passem"],
		invoiceVerbs: ["faturar", "fature", "faturem", "seguir com o faturamento", "seguir com a faturação", "prosseguir com o faturamento", "prosseguir com a faturação", "avançar com a faturação", "avançar com o faturamento", "proceder ao faturamento", "proceder à faturação"],
		orders: ["fatura-me", "fatura-nos", "fature-me", "fature-nos", "faturem-nos", "me fatura", "nos fatura", "me fature", "nos fature", "me faturas", "nos faturas"],
		later: ["quando", "depois", "mais tarde", "se o preço", "se aprovarmos", "pediremos", "após a entrega", "na entrega", "no final do trabalho", "no fim do trabalho", "ao final do projeto", "se couber no", "no devido tempo", "em tempo oportuno", "após aprovação", "após a aprovação", "após o aceite", "após a aceitação", "após a execução", "se tudo correr bem", "se tudo der certo", "se correr tudo bem", "posteriormente", "antes de avançar", "antes de faturar", "antes de emitir a fatura"],
		soon: ["quando puder", "quando puderes", "quando você puder", "quando vc puder", "quando der", "assim que puder", "quando tiver um tempinho", "quando tiver tempo"],
		awaits: ["aguardo", "aguardamos", "fico no aguardo de", "fico no aguardo da", "fico à espera de", "ficamos no aguardo de", "ficamos no aguardo da", "espero", "esperamos"],
		addressed: ["fatura em nome de", "fatura pode ser emitida", "fatura deve ser emitida"],
		pronouns: ["nos", "me", "você", "vocês", "voce", "lhe"],
		done: ["recebemos", "recebi", "enviamos", "enviei", "segue", "em anexo", "pagamos", "paguei", "pagámos", "te mando", "te envio", "lhe envio", "aqui está", "aqui vai"],
		pays: ["pagaremos", "vamos pagar", "a gente paga", "pagamos via", "pagamos por", "faremos o pagamento", "faremos a transferência"],
		itOrders: ["emita-a", "emite-a", "emiti-la", "emitir ela", "faça-a", "faz-a", "mande-a", "manda-a", "envie-a", "envia-a", "emite ela", "manda ela", "faz ela"],
		receives: { asks: ["posso", "podemos", "poderia eu", "poderíamos", "podia", "podíamos"], verbs: ["receber", "ter", "obter", "contar com"], subs: ["se", "quando", "como", "que", "porque", "por que"] },
		nounFor: { fors: ["de", "do", "da", "dos", "das", "para", "pelo", "pela"], pleases: ["por favor", "pfv"] },
		declines: {
			phrases: [String.raw`não\s+(?:nos\s+|me\s+|lhe\s+|te\s+)?(?:precis|quer|necessit)\p{L}*\s+(?:de\s+|da\s+|do\s+)?(?:[\p{L}]+\s+){0,2}?(?:fatura|factura|nota fiscal|faturar)`, String.raw`não\s+(?:é|será|seria)\s+(?:preciso|necessári[oa])\s+(?:[\p{L}]+\s+){0,3}?(?:fatura|factura|nota fiscal|faturar)`, String.raw`não\s+(?:nos\s+|me\s+)?(?:mande|mandes|envie|envies|emita|emitas|faça|faças|manda|envia)\s+(?:nenhuma\s+|a\s+|uma\s+)?(?:fatura|factura|nota fiscal)`, String.raw`(?:fatura|factura|nota fiscal)\s+(?:[\p{L}]+\s+){0,2}?não\s+(?:é\s+|será\s+)?(?:precis\p{L}*|necessári[oa])`, String.raw`dispens\p{L}*\s+(?:a\s+)?(?:fatura|factura|nota fiscal)`, String.raw`não\s+(?:nos\s+|me\s+)?(?:emitir|enviar|mandar|fazer)\s+(?:nenhuma\s+)?(?:fatura|factura|nota fiscal)`, String.raw`não\s+há\s+(?:necessidade|precisão)\s+de\s+(?:[\p{L}]+\s+){0,3}?(?:fatura|factura|nota fiscal|faturar)`],
			yet: ["ainda", "até", "por enquanto", "por ora", "por agora", "antes", "de momento", "janeiro", "o ano que vem"],
			examples: {
				matches: ["Não precisamos de fatura.", "Não precisa mandar fatura.", "Não é preciso emitir fatura para o logo.", "A fatura não é necessária.", "Dispensamos a fatura, pagamos em dinheiro.", "Não há necessidade de fatura.", "Você não precisa emitir nota fiscal.", "Peço que não emita fatura."],
				ignores: ["Não nos envie ainda a fatura.", "Precisamos da fatura, nada mais.", "Ainda não recebi a fatura, pode mandar?"],
			},
		},
		heads: ["a faturar", "para faturar", "entrar na fatura", "vai na fatura", "vão na fatura", "itens para a fatura"],
		examples: {
			asks: ["Olá Sam, por favor a fatura: logótipo 450 €.", "Olá Sam, podes passar-me a fatura das 4 horas de consultoria?", "Oi Sam,\n\nSegue o que precisa entrar na fatura:\n- Logo: R$ 2.000,00\n- Cartão: R$ 400,00", "Fatura por favor: edição de vídeo R$ 800", "Você pode emitir a fatura dos 2 dias de consultoria?", "Solicitamos que nos envie a fatura referente à manutenção.", "Me manda a fatura do site?", "Pode faturar 12 camisetas a R$ 45 cada?", "Você consegue emitir a nota fiscal dos posts?", "Venho por este meio solicitar a emissão da fatura relativa às fotografias.", "Gostaria de receber a fatura das aulas de outubro.", "Pedimos a fatura das 4 traduções.", "vc consegue mandar a fatura das 10 artes? pfv", "Oi Sam, me fatura as 4 horas de edição a R$ 120 a hora?", "Fature-nos, por favor, os 2 dias de consultoria.", "Pode seguir com o faturamento das 3 diárias.", "Aguardo a sua fatura do ensaio.", "Fatura, por favor", "Pedido de fatura", "Manda a fatura das fotos quando puder.", "Te peço a fatura do logo.", "Peço-lhe a fatura dos 2 dias de consultoria.", "Sobre a fatura: site R$ 2.400,00. Emita-a em nome da Clínica Sorriso Ltda., por favor.", "Venho pedir a fatura referente ao novo site do laboratório.", "Escrevo para pedir a fatura das 4 traduções.", "Queria pedir-lhe a fatura do logótipo, 600 €.", "Gostaria de pedir a fatura das fotos do cardápio.", "Aguardamos a vossa fatura.", "Gostaríamos de receber a factura pela cobertura do congresso.", "Solicito a emissão da factura relativa aos 3 vídeos, por favor.", "Posso receber a fatura do ensaio?", "Oi Sam, fatura do pôster por favor, R$ 120.", "Podemos ter a sua fatura até sexta?", "Peço por gentileza que o senhor emita a fatura referente ao ensaio.", "Peço que a senhora nos envie a fatura das fotos.", "Por gentileza, emita a fatura do site em nome da Clínica Sorriso.", "Solicito a gentileza de emitir a nota fiscal dos 3 vídeos.", "Confirmo que você pode avançar com a fatura do site."],
			not: ["A fatura do mês passado já foi paga.", "Oi Sam,\n\nSua fatura tinha:\n- Logo: R$ 2.000,00", "Recebemos a fatura, obrigado.", "Depois da entrega pediremos a fatura.", "Quanto você nos fatura por um logo?", "Aguardamos a fatura do fornecedor antes de pagar.", "Mande-a para a gráfica, é a arte final.", "Depois da entrega venho pedir a fatura.", "Recebemos a factura, obrigado.", "Posso saber se recebeu a fatura?", "Podemos pagar a fatura por Pix.", "Não precisamos de fatura, por favor.", "Peço desculpa pela demora no pagamento da fatura.", "Por gentileza, confirme se recebeu a fatura."],
		},
	},
	{
		lang: "it",
		cues: ["fattura per favore!", "per favore la fattura!", "per favore, la fattura!", "mi fai", "mi mandi", "puoi", "potresti", "potrebbe", "potreste", "le chiedo", "vi chiedo", "ti chiedo", "vi preghiamo", "la prego", "la preghiamo", "vi prego", "può", "potete", "ti prego", "fammi!", "fatemi!", "fateci!", "per favore", "cortesemente", "abbiamo bisogno!", "ho bisogno!", "mandami", "inviateci", "inviami", "vorrei!", "vorremmo!", "chiediamo!", "x favore", "xfavore", "pls", "mi servirebbe!", "ci servirebbe!", "mi serve!", "ci serve!", "avrei bisogno!", "avremmo bisogno!", "richiesta fattura!", "richiesta di fattura!", "richiesta emissione fattura!", "fai pure", "manda pure", "mandami pure", "emetti pure", "procedi pure", "puoi pure", "ti chiedo!", "le chiedo!", "vi chiedo!", "ti chiediamo!", "le chiediamo!", "vi chiediamo!", "chiederti!", "chiederle!", "chiedervi!", "per chiedere!", "per cortesia"],
		nouns: ["fattura"],
		verbs: ["invi", "emett", "emet", "mand", "fai", "fare", "fate", "farmi", "farci", "prepar", "gir", "proced"],
		invoiceVerbs: ["fatturare", "fatturarci", "fatturateci", "fatturami", "procedere con la fatturazione", "procedere alla fatturazione", "proceda con la fatturazione", "proceda alla fatturazione", "fatturate"],
		orders: ["fatturami", "fatturaci", "fatturatemi", "fatturateci", "mi fatturi", "ci fatturi", "mi fatturate", "ci fatturate", "me lo fatturi", "ce lo fatturi"],
		later: ["quando", "dopo", "più avanti", "poi vi", "se il prezzo", "una volta", "alla consegna", "poi ti", "poi le", "poi ci", "poi mi", "ti chiederò", "le chiederò", "vi chiederemo", "in seguito", "successivamente", "a fine lavoro", "a lavoro finito", "a fine progetto", "a lavori finiti", "se ci sta", "a tempo debito", "a suo tempo", "ad approvazione", "previa approvazione", "a preventivo approvato", "ad accettazione", "se tutto va bene", "se va tutto bene", "prima di procedere", "prima di emettere", "prima della fattura"],
		soon: ["quando puoi", "quando può", "quando potete", "appena puoi", "appena può", "appena potete", "quando hai un attimo", "quando ha un momento", "con calma"],
		awaits: ["attendo", "attendiamo", "resto in attesa di", "resto in attesa della", "restiamo in attesa di", "restiamo in attesa della", "in attesa di", "in attesa della", "aspetto", "aspettiamo"],
		addressed: ["fattura a nome di", "fattura intestata a", "fattura va intestata a"],
		pronouns: ["ci", "mi", "vi", "le", "lei", "tu", "ti"],
		done: ["abbiamo", "ricevuto", "allegat", "pagato", "inviato", "ti mando", "ti invio", "vi invio", "vi mando", "le invio", "ti giro", "ecco"],
		pays: ["pagheremo", "vi paghiamo", "ti paghiamo", "paghiamo con", "paghiamo tramite", "faremo il bonifico", "ti facciamo il bonifico", "vi facciamo il bonifico"],
		itOrders: ["emettila", "emettetela", "intestala", "intestatela", "mandala", "mandamela", "mandacela", "inviala", "inviamela", "inviatecela", "fammela", "fatecela", "la emetta", "la intesti"],
		receives: { asks: ["posso", "possiamo", "potrei", "potremmo"], verbs: ["ricevere", "avere", "ottenere"], subs: ["se", "quando", "come", "che", "perché"] },
		nounFor: { fors: ["per", "del", "della", "dei", "delle"], pleases: ["per favore", "per cortesia", "cortesemente"] },
		declines: {
			phrases: [String.raw`non\s+(?:[\p{L}'’]+\s+){0,2}?bisogno\s+(?:di|della|del|d['’]|che)\s*(?:[\p{L}'’]+\s+){0,3}?fattur\p{L}*`, String.raw`non\s+(?:ci\s+|mi\s+|vi\s+)?(?:serve|servirà|servirebbe|occorre)\s+(?:[\p{L}]+\s+){0,2}?fattura`, String.raw`non\s+(?:è|sarà|sarebbe)\s+necessari[ao]\s+(?:[\p{L}'’]+\s+){0,4}?fattur\p{L}*`, String.raw`non\s+(?:deve|devi|dovete)\s+(?:[\p{L}'’]+\s+){0,2}?(?:emettere|mandare|inviare|fare|farmi|farci|mandarmi|mandarci|inviarmi|inviarci|emetterci|emettermi)\s+(?:[\p{L}'’]+\s+)?fattur\p{L}*`, String.raw`non\s+(?:mi\s+|ci\s+)?(?:mandare|inviare|emettere|fare|mandarmi|mandarci|inviarci|emetterci|mandi|invii|emetta|faccia)\s+(?:nessuna\s+|la\s+|alcuna\s+)?fattura`, String.raw`fattura\s+(?:[\p{L}]+\s+){0,2}?non\s+(?:ci\s+|mi\s+)?(?:serve|occorre|è\s+necessaria)`, String.raw`non\s+(?:vogliamo|voglio|desideriamo|richiediamo)\s+(?:[\p{L}]+\s+)?fattura`],
			yet: ["ancora", "per ora", "per il momento", "fino", "prima", "finché", "gennaio", "l'anno prossimo"],
			examples: {
				matches: ["Non serve la fattura.", "Non c'è bisogno di fattura.", "Non abbiamo bisogno della fattura per il logo.", "Non c'è bisogno di mandarci la fattura.", "Non c'è bisogno che ci mandi la fattura.", "Non mandarmi nessuna fattura, pago in contanti.", "La fattura non ci serve.", "Non è necessario che mi mandi la fattura.", "Non deve emettere fattura."],
				ignores: ["Non mandarmi ancora la fattura.", "Abbiamo bisogno della fattura, nient'altro.", "Senza fattura non possiamo pagare, mandacela."],
			},
		},
		heads: ["da fatturare", "da mettere in fattura", "voci per la fattura"],
		examples: {
			asks: ["Ciao Sam, per favore la fattura: logo 500 €.", "Ciao Sam, ecco le voci da fatturare:\n- Logo: 900 €\n- Biglietti: 150 €", "Fattura per favore: traduzione sito 900 €", "Le chiedo cortesemente di emetterci fattura per le 10 ore di formazione.", "Mi mandi la fattura per i 3 video promozionali?", "Vi preghiamo di inviarci la fattura per il catalogo.", "Mi fai fattura per le 12 ore di consulenza?", "Vi chiediamo di emettere fattura per la consulenza.", "Mi giri la fattura per lo shooting?", "Vorrei la fattura per le lezioni di ottobre.", "Chiediamo la fattura per i 2 corsi.", "La preghiamo di inviarci fattura per 8 ore di consulenza.", "Ciao Sam, fammi la fattura per le 3 lezioni di chitarra.", "mandami la fattura x favore, 5 post a 40 €", "Ciao Sam, mi fatturi le 3 ore di montaggio a 60 €?", "Fatturaci pure i 2 giorni di riprese.", "Può procedere con la fatturazione delle 3 giornate.", "Attendo la fattura per il logo.", "Mi servirebbe la fattura per i 3 poster.", "Avrei bisogno della fattura per i 2 workshop.", "Richiesta fattura", "Fai pure la fattura a nome di Rossi Srl.", "Mandami la fattura quando puoi.", "Ti chiedo la fattura per il logo.", "Per la fattura: logo 900 €. Intestala a Ferri Ottica S.r.l., grazie.", "Mandami la fattura, pagheremo quando arrivano le etichette.", "Ti scrivo per chiederti la fattura del catalogo.", "Le scrivo per chiederle la fattura delle 3 giornate di riprese.", "Vi scrivo per chiedere la fattura del logo, 600 €.", "Posso ricevere la fattura per il servizio fotografico?", "Potremmo avere la vostra fattura entro venerdì?", "Ciao Sam, fattura per il poster per favore, 120 €.", "Per favore fatturate il logo, 500 €.", "Per cortesia fatturate il restauro della porta, 900 €.", "Le confermo che può procedere con la fattura per il lavoro del mese scorso.", "Puoi procedere con la fattura delle 3 giornate."],
			not: ["Ciao Sam, la tua fattura aveva:\n- Logo: 900 €", "Abbiamo ricevuto la fattura.", "Vi abbiamo inviato la fattura ieri.", "Quando il lavoro sarà finito vi chiederemo di emettere fattura.", "Quanto ci fatturi per un logo?", "Mi servirebbe un preventivo per 3 giornate di riprese, poi ti chiedo la fattura.", "Ti mando la fattura per l'affitto, va bene?", "Attendo la fattura del fornitore per chiudere il mese.", "Se ci sta nel budget partiamo a gennaio e poi ci mandi la fattura a fine lavoro, come l'altra volta.", "Mandala alla tipografia, è la versione finale.", "Quando il lavoro sarà finito vi scriveremo per chiedervi la fattura.", "Posso sapere se hai ricevuto la fattura?", "Possiamo pagare la fattura con bonifico.", "Non c'è bisogno che ci mandi la fattura, per favore."],
		},
	},
	{
		lang: "nl",
		cues: ["factuur graag!", "factuur aub!", "factuur alsjeblieft!", "kunt u", "kun je", "kan je", "wilt u", "wil je", "zou u", "zou je", "graag!", "stuur", "stuurt u", "mag ik", "verzoeken om!", "verzoek om!", "ik wil graag!", "wij willen graag!", "we willen graag!", "kun je ff", "kan je ff", "aub", "pls", "plz", "maak maar", "maak even", "maak gerust", "stuur even", "stuur gerust", "u kunt", "je kunt", "je mag", "u mag", "nodig!", "ontvangen graag!", "ontvang graag!", "aanvraag factuur!", "factuuraanvraag!", "verzoek om factuur!", "ik vraag je!", "ik vraag u!", "we vragen u!", "wij vragen u!", "we vragen je!", "wij vragen je!", "gelieve", "gelieven", "wees zo vriendelijk", "zou u zo vriendelijk willen zijn", "te vragen om!", "u vragen om!", "je vragen om!", "vragen om de!", "vragen om een!"],
		// "Faktuur": the older spelling, still typed.
		nouns: ["factuur", "factuurtje", "factuuraanvraag", "faktuur", "faktuurtje"],
		verbs: ["stur", "stuur", "verstuur", "verstur", "maak", "maken", "opmaken", "toestur", "mail"],
		invoiceVerbs: ["factureren", "factureer", "overgaan tot facturatie", "overgaan tot facturering", "overgaan tot de facturatie"],
		orders: ["factureer ons", "factureer me", "factureer mij", "factureer maar", "factureer gerust"],
		later: ["zodra", "later", "daarna", "pas na", "als de prijs", "wanneer", "na levering", "na de levering", "als het akkoord is", "bij akkoord", "na afloop", "na oplevering", "na de oplevering", "te zijner tijd", "na akkoord", "na goedkeuring", "na uitvoering", "na afronding", "als alles goed gaat", "voordat je factureert", "voordat u factureert", "voor de facturatie"],
		soon: ["wanneer je kunt", "wanneer u kunt", "als je tijd hebt", "als u tijd heeft", "zodra je kunt", "zodra u kunt", "wanneer het uitkomt", "wanneer het je uitkomt", "wanneer het u uitkomt"],
		awaits: ["ik wacht op", "we wachten op", "wij wachten op", "zie graag", "zien graag", "kijk uit naar", "kijken uit naar"],
		addressed: ["factuur mag naar", "factuur kan naar", "factuur op naam van", "factuur maar op naam van", "factuur graag op naam van", "te factureren aan"],
		pronouns: ["ons", "me", "mij", "u", "je", "jij"],
		done: ["ontvangen", "hebben", "bijgevoegd", "betaald", "overgemaakt", "gestuurd", "hier is", "hierbij", "ik stuur je", "ik stuur u"],
		pays: ["we betalen", "wij betalen", "ik betaal", "we maken over", "wij maken over", "maken we over", "betalen we"],
		itOrders: ["zet hem op naam van", "zet 'm op naam van", "stuur hem naar", "stuur 'm naar", "maak hem op naam van", "maak 'm op naam van"],
		receives: { asks: ["mag ik", "mogen we", "mogen wij", "kan ik", "kunnen we", "kunnen wij", "zou ik", "zouden we", "zouden wij"], verbs: ["ontvangen", "krijgen", "hebben", "mogen ontvangen", "mogen hebben", "toegestuurd krijgen", "toegezonden krijgen"], subs: ["of", "dat", "wanneer", "hoe", "waarom", "wat"], firsts: ["krijg ik", "krijgen we", "krijgen wij", "ontvang ik", "ontvangen we", "ontvangen wij"] },
		nounFor: { fors: ["voor", "van"], pleases: ["graag", "alsjeblieft", "alstublieft"] },
		declines: {
			phrases: [String.raw`geen\s+(?:[\p{L}]+\s+)?(?:factuur|factuurtje|faktuur)\s+(?:[\p{L}]+\s+){0,2}?(?:nodig|vereist|noodzakelijk)`, String.raw`(?:factuur|factuurtje|faktuur)\s+(?:[\p{L}]+\s+){0,2}?niet\s+(?:nodig|noodzakelijk|vereist)`, String.raw`(?:hoeven|hoef|hoeft|willen|wil|hebben|heb)\s+(?:[\p{L}]+\s+){0,3}?geen\s+(?:[\p{L}]+\s+)?(?:factuur|factuurtje|faktuur)`, String.raw`(?:factuur|factuurtje|faktuur)\s+(?:[\p{L}]+\s+){0,2}?(?:hoeven|hoef|hoeft|willen|wil)\s+(?:[\p{L}]+\s+){0,2}?niet`, String.raw`(?:stuur|verstuur|maak|stuurt|maakt)\s+(?:[\p{L}]+\s+){0,2}?geen\s+(?:[\p{L}]+\s+)?(?:factuur|factuurtje|faktuur)`, String.raw`niet\s+nodig\s+(?:om|dat)\s+(?:[\p{L}]+\s+){0,4}?(?:factuur|factureren)`, String.raw`geen\s+(?:factuur|factuurtje|faktuur),?\s+(?:graag|aub|alsjeblieft|alstublieft|bedankt)`],
			yet: ["nog", "pas", "voorlopig", "tot", "eerst", "januari", "volgend jaar"],
			examples: {
				matches: ["Een factuur hoeven we niet, stuur er geen.", "Geen factuur nodig, we betalen contant.", "Je hoeft ons geen factuur te sturen.", "We hebben geen factuur nodig voor het logo.", "Een factuur is niet nodig.", "Het is niet nodig om een factuur te sturen.", "Geen factuur graag.", "U hoeft geen factuur te sturen."],
				ignores: ["Voorlopig geen factuur graag.", "We hebben de factuur nodig, verder niets.", "Stuur de factuur nog niet."],
			},
		},
		heads: ["te factureren", "mag op de factuur", "mogen op de factuur", "moet op de factuur", "moeten op de factuur", "kan op de factuur"],
		examples: {
			asks: ["Hoi Sam,\n\nDit mag op de factuur:\n- Logo: € 800\n- Visitekaartjes: € 120", "Factuur graag: onderhoud tuin € 300", "Wilt u ons een factuur sturen voor het ontwerp?", "Kun je me een factuur sturen voor 5 uur fotobewerking?", "Graag een factuur voor 2 dagen training.", "Stuur je me even de factuur voor het logo?", "Wij verzoeken u de factuur toe te sturen voor het onderhoud.", "Ik wil graag een factuur voor de workshop.", "Wij verzoeken om een factuur voor de 5 lessen.", "kun je ff een factuurtje sturen voor de 4 posters?", "Factureer ons maar de 2 dagen training.", "Prima, factureer me de 3 uur.", "Maak maar een factuur op voor de 4 uur.", "U kunt de factuur voor de 3 dagen sturen.", "Ik wacht op je factuur voor de workshop.", "Ik heb nog een factuur nodig voor de 3 posters.", "Factuur graag", "Verzoek om factuur", "De factuur mag naar ons hoofdkantoor.", "Maak de factuur maar op naam van Bakker BV.", "Ik vraag je de factuur voor het logo.", "Gelieve een factuur op te maken voor:", "Gelieve ons de factuur te sturen voor de huisstijl.", "Te factureren aan: Bouwbedrijf Peeters BV", "Ik schrijf u om u te vragen om de factuur voor de huisstijl.", "Mag ik je vragen om de factuur voor de 3 posters?", "Ik wil je vragen om een factuur voor de workshop.", "Mag ik de factuur voor de fotografie van je ontvangen?", "Zou ik van u de factuur mogen ontvangen?", "Kunnen we de factuur voor de 3 posters krijgen?", "Kun je me de faktuur sturen voor de flyers?", "Hoi Sam, factuur voor de poster graag, € 120.", "Krijg ik nog een factuurtje van je?"],
			not: ["Hoi Sam,\n\nJe factuur had:\n- Logo: € 800", "We hebben de factuur ontvangen.", "Zodra het klaar is, vragen we u een factuur te sturen.", "Als het akkoord is, stuur je de factuur gewoon na levering.", "Hoeveel factureer je ons voor een logo?", "De factuur op naam van Bakker BV is betaald.", "Hierbij de factuur voor de huur, zoals je vroeg.", "Gelieve het drukwerk na levering te controleren.", "Zodra het klaar is, zullen we u vragen om de factuur.", "De factuur kunt u na oplevering te zijner tijd richten aan ons hoofdkantoor.", "U kunt de factuur te zijner tijd sturen naar onze administratie.", "Mag ik vragen of je de factuur al hebt ontvangen?", "Kunnen we de factuur die we ontvangen hebben doorsturen?", "Kunnen we de factuur van de drukker ontvangen?", "Kan ik bevestigen dat we de factuur hebben ontvangen?", "Een factuur hoeven we niet, stuur er alsjeblieft geen."],
		},
	},
];

const word = (w: string) => String.raw`(?<![\p{L}])${w}`;
/** Alternatives that each start a word, the look-behind written once before them all: V8 compiles a Unicode class
 * anew wherever it is written, and written once per alternative it was most of the cost of the first email read. */
const words = (alts: string[]) => word(`(?:${alts.join("|")})`);
/** What may come before an English imperative at the start of a sentence: a greeting or a word of assent ("hi sam,",
 * "Sounds good,", "OK, just"), then maybe "please". */
const EN_LEAD = String.raw`^[\W\d]*(?:(?:(?:hi|hey|hello|thanks|cheers)(?:\s+\p{L}+)?|ok(?:ay)?|sure|great|perfect|sounds (?:good|great)|looks (?:good|great)|all good|lovely|brilliant|awesome|cool|yes|yep|yeah|right|so|then|now|just)[\s,.!—–:-]+)*(?:(?:please|pls|kindly)\s+)?`;
/** A sentence that asks how much something would be invoiced asks for a price, not an invoice. */
const HOW_MUCH = /(?<![\p{L}])(?:how much|wie ?viel|cu[aá]nto (?:nos|me|cuesta|costar|ser[ií]a|cobr|factur)|combien|quanto (?:custa|custaria|seria|voc[eê]|vc|nos|me|fatur|cobr|costa|coster|verrebbe|ci|mi|fattur)|hoeveel)(?![\p{L}])/iu;
/** "Why do you invoice us …?", "Tu me factures toujours trop cher": a complaint about invoices, not an order to issue one. */
// "al precio de siempre", "à tarifa de sempre", "alla tariffa di sempre" say "the usual", no complaint.
const WHY = /(?<![\p{L}])(?:why|warum|wieso|weshalb|por qu[eé]|pourquoi|waarom|always|never|immer|nie|(?<!(?:de|di)\s)siempre|nunca|toujours|jamais|(?<!(?:de|di)\s)sempre|altijd|nooit)(?![\p{L}])/iu;
/** A sentence about an invoice already in hand ("Thank you for sending the invoice, we'd appreciate a receipt too",
 * "danke für die Rechnung", "merci pour la facture") or someone else's ("they'd like the invoice from the printer"):
 * it asks for none of yours, whatever its words of asking. */
const NOT_YOURS = /(?<![\p{L}])(?:(?:thanks?|thank you)(?: (?:so|very) much)? for (?:sending |issuing )?(?:the|your|this)(?: \p{L}+)? (?:invoice|bill)|(?:invoice|bill) from(?! (?:you|u|yourself|your|yours)(?![\p{L}]))|(?:danke|vielen dank) für (?:die|ihre|deine|eure) rechnung|gracias por (?:la|tu|su|vuestra) factura|merci pour (?:la|votre|ta) facture|obrigad[oa] pela (?:sua |tua )?fatura|grazie per la (?:tua |sua |vostra )?fattura|bedankt voor (?:de|je|uw) factuur)(?![\p{L}])/iu;
/** The reader's own ("your invoice", "Ihre Rechnung", "tu factura", "ta facture", "sua fatura", "la tua fattura", "je factuur"). */
const YOUR = "your|ihre|deine|eure|tu|su|vuestra|ta|votre|sua|tua|vossa|a vossa|la tua|la sua|la vostra|vostra|a sua|a tua|je|jouw|uw";
/** A word that names what the invoice is for, right after it ("la factura por el diseño", "the invoice for the shoot"). */
const FOR_THING = "for|für|über|por|para|pour|per|voor|pelo|pela|pelos|pelas|referente|relativa";
/** Someone else's invoice named by where it comes from ("van de drukker", "von der Druckerei", "from our printer"),
 * never the reader's ("van je", "von Ihnen", "from you"). */
const FROM_OTHER = String.raw`\s+(?:from|van|von|vom)\s+(?!(?:you|u|je|jou|jullie|dir|ihnen|euch|dich)(?![\p{L}]))`;

/** The noun opening a sentence, maybe after a greeting of two words at most and its comma ("Hallo Sam, Rechnung fürs
 * Poster bitte"), then what it is for and a word of asking later in the sentence (see `nounFor`). */
function nounForPattern(l: RequestLanguage): RegExp {
	const f = l.nounFor!;
	const w = (xs: string[]) => alt(xs).replace(/ /g, "\\s+");
	// A supplier's "Rechnung für Oktober bitte bis Freitag bezahlen" asks you to pay it, not to issue one.
	const pay = String.raw`(?!.*(?<![\p{L}])(?:bezahl|zahl|überweis|begleich|pag|abon|pay|régl|paie|sald|voldo|betal|overmak|quit)\p{L}*)`;
	return new RegExp(String.raw`^${pay}[\W\d]*(?:\p{L}+(?:\s+\p{L}+)?\s*,\s*)?(?:${w(l.nouns)})\s+(?:${w(f.fors)})(?![\p{L}])(?=.*(?<![\p{L}])(?:${w(f.pleases)})(?![\p{L}]))`, "iu");
}

/** The request to receive the invoice (see `receives`): the modal, then within its clause the verb and the noun in
 * either order; group `v` is the verb, so its "received"-like word is not taken for a report of one in hand. */
function receivePattern(l: RequestLanguage): RegExp {
	const r = l.receives!;
	const gap = (n: number) => String.raw`(?:(?!(?<![\p{L}])(?:${alt(r.subs)})(?![\p{L}]))[^.?!\n]){0,${n}}?`;
	const w = (xs: string[]) => String.raw`(?<![\p{L}])(?:${alt(xs).replace(/ /g, "\\s+")})(?![\p{L}])`;
	const noun = String.raw`${w(l.nouns)}(?!${FROM_OTHER})`;
	const verbThenNoun = String.raw`(?<v>${w(r.verbs)})${gap(30)}${noun}`;
	const nounThenVerb = String.raw`${noun}${gap(50)}(?<v2>${w(r.verbs)})(?=\s*(?:[.?!,;]|$)|\s+(?:voor|für|über|for)\s)`;
	const firsts = r.firsts ? String.raw`|(?<f>${w(r.firsts)})${gap(30)}${noun}(?=[^.!\n]*\?)` : "";
	return new RegExp(String.raw`${w(r.asks)}${gap(50)}(?:${verbThenNoun}|${nounThenVerb})${firsts}`, "iu");
}

/** The sentence asks to receive the invoice, and is no report of one received ("Kann ich die Rechnung, die wir erhalten
 * haben, …" fails on the verb's place; the matched verb itself, "ontvangen" or "erhalten", is left out of the check
 * for words of a report). */
function asksToReceive(c: ReturnType<typeof compileLanguage>, s: string): boolean {
	const m = c.receive.exec(s);
	if (!m) return false;
	const v = m.groups?.["v"] ?? m.groups?.["v2"] ?? m.groups?.["f"] ?? "";
	return !c.done.test(v ? s.split(v).join(" ") : s);
}

/** "let's get the invoice sorted", "let's sort out the invoice", "let's do the invoice": an order to both. */
const LET_US_INVOICE = String.raw`(?<![\p{L}])(?:let['’]?s|let\s+us)\s+(?:get\s+(?:the|an|that|this|your)\s+invoice\s+(?:sorted|done|out|sent|raised|issued|going)|sort\s+(?:out\s+)?(?:the|an|that|this|your)\s+invoice|do\s+(?:the|an|that|this)\s+invoice|get\s+(?:it\s+)?invoiced)`;

function compileLanguage(l: RequestLanguage) {
	return {
	l,
	// A comma may sit between a cue's words: "Factura, por favor", "Rechnung, bitte".
	cue: new RegExp(`${words(l.cues.map((c) => alt([c.replace(/!$/, "")]).replace(/ /g, ",?\\s+")))}(?![\\p{L}])`, "iu"),
	strongCue: new RegExp(`${words([...l.cues.filter((c) => c.endsWith("!")).map((c) => alt([c.slice(0, -1)]).replace(/ /g, ",?\\s+")), "(?!)"])}(?![\\p{L}])`, "iu"),
	noun: new RegExp(`(?:${word(alt(l.nouns))})(?![\\p{L}])`, "iu"),
	verb: new RegExp(word(`(?:${alt(l.verbs)})`), "iu"),
	invoiceVerb: new RegExp(word(`(?:${[alt(l.invoiceVerbs), ...(l.splitVerbs ?? [])].join("|")})`), "iu"),
	/** "Invoice for 3 posters at $60 each, please": the noun leading a sentence that says please (never a subject line
	 * "Invoice for October" alone, which a supplier's bill has too). */
	// "Need an invoice for the poster asap": the need opening the sentence, with no one to deny it ("we won't need …").
	politeOrder: l.lang === "en" ? new RegExp(String.raw`${EN_LEAD}(?:(?:invoice|bill) for(?![\p{L}])(?=.*(?<![\p{L}])(?:please|pls|plz|thanks|thx|cheers|ta)(?![\p{L}]))|(?:still\s+)?needs?\s+(?:an?|the|your)\s+(?:invoice|bill)(?![\p{L}]))`, "iu") : l.nounFor ? nounForPattern(l) : /(?!)/,
	// "Season's wrapped so let's get the invoice sorted": the sender and the reader doing it together is an order too,
	// wherever it stands in the sentence.
	order: l.lang === "en" ? new RegExp(String.raw`(?:(?:${EN_LEAD}|(?:[,;:—–]|\s-)\s*(?:(?:please|pls|just|then|so)\s+)?)(?:${alt(l.orders)})|${LET_US_INVOICE})(?![\p{L}])`, "iu") : new RegExp(`(?:${word(alt(l.orders))})(?![\\p{L}])`, "iu"),
	later: new RegExp(words(l.later.map((x) => alt([x]))), "iu"),
	soon: new RegExp(`(?:${word(alt(l.soon))})(?![\\p{L}])`, "giu"),
	addressed: new RegExp(`(?:${word(alt(l.addressed)).replace(/ /g, "\\s+")})(?![\\p{L}])`, "iu"),
	// The reader's invoice ("your invoice", "ta facture"), or one for a thing ("la factura por el diseño") — never someone
	// else's ("la facture du traiteur", "the invoice from our printer").
	awaits: new RegExp(String.raw`(?:${word(alt(l.awaits))})\s+(?:(?:${YOUR})\s+(?:[\p{L}'’]+\s+)?(?:${alt(l.nouns)})(?![\p{L}])|(?:[\p{L}'’]+\s+){0,2}?(?:${alt(l.nouns)})\s+(?:${FOR_THING})(?![\p{L}]))`, "iu"),
	pronoun: new RegExp(`${words(l.pronouns.map((x) => alt([x])))}(?![\\p{L}])`, "iu"),
	done: new RegExp(words(l.done.map((x) => alt([x]))), "iu"),
	pays: l.pays ? new RegExp(`${words(l.pays.map((x) => alt([x]).replace(/ /g, "\\s+")))}(?![\\p{L}])`, "iu") : /(?!)/,
	receive: l.receives ? receivePattern(l) : /(?!)/,
	head: l.heads ? new RegExp(String.raw`(?<![\p{L}])(?:${alt(l.heads).replace(/ /g, "\\s+")})\s*:$`, "iu") : /(?!)/,
	itOrder: l.itOrders ? new RegExp(`${words(l.itOrders.map((x) => alt([x]).replace(/ /g, "\\s+")))}(?![\\p{L}])`, "iu") : /(?!)/,
	/** An English sentence that starts with a verb of sending, or with "invoice <Company> for", is an imperative (in
	 * the other languages the imperative forms are cues, as their first-person past looks the same: "mandamos"). */
	imperative: l.lang === "en" ? new RegExp(String.raw`${EN_LEAD}(?:(?:${alt(l.verbs)})\s|(?:invoice|bill)\s+(?:us|me)\s+for\b)`, "iu") : /(?!)/,
	invoiceCompany: l.lang === "en" ? /^[\W\d]*(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)\s+[\p{L}]+\s*[,—–-]+\s*)?(?:(?:[Pp]lease|[Kk]indly)\s+)?[Ii]nvoice\s+(?:[\p{Lu}&][\p{L}\p{N}&'’.-]*\s+){1,6}(?:\S+\s+)?for\b/u : /(?!)/,
	};
}

/** Splits text into sentences (and lines), keeping "Inc." and "1.5" inside. */
export function sentences(text: string): string[] {
	return normalizeText(text)
		.split(/\n+|(?<=[.?!])(?<!(?:^|\s)\d{1,2}\.)\s+(?=[\p{Lu}¿¡"“])/u)
		.map((s) => s.trim())
		.filter((s) => s !== "");
}

export interface RequestHit {
	/** The sentence that asks. */
	sentence: string;
	lang: string;
	/** True when that sentence speaks of invoicing later (after a quote, once approved). */
	later: boolean;
}

/** Every language's patterns, compiled on the first email read rather than when the plugin loads; `anyInvoiceWord`
 * holds the words that must be in a sentence for any language's rule to apply (a quick test before the full ones). */
let compiledOnce: { languages: ReturnType<typeof compileLanguage>[]; anyInvoiceWord: RegExp } | null = null;
function compiled() {
	if (compiledOnce) return compiledOnce;
	const languages = REQUEST_LANGUAGES.map(compileLanguage);
	compiledOnce = { languages, anyInvoiceWord: new RegExp(`(?:${languages.map((c) => `${c.noun.source}|${c.invoiceVerb.source}|${word(alt(c.l.orders))}|${c.itOrder.source}`).join("|")})`, "iu") };
	return compiledOnce;
}

/** Every language's `declines`, each with its words of "not yet" around it (in the sentence, before or after), as one
 * pattern: the lookarounds stand after the phrase, so they are tried only where a phrase matched. */
let declineOnce: RegExp | null = null;
function declinePattern(): RegExp {
	if (declineOnce) return declineOnce;
	const rows = REQUEST_LANGUAGES.filter((l) => l.declines).map((l) => {
		const d = l.declines!;
		const yet = String.raw`(?<![\p{L}])(?:${alt(d.yet).replace(/ /g, "\\s+")})(?![\p{L}])`;
		return String.raw`(?:${d.phrases.join("|")})(?![\p{L}])(?<!${yet}[^.?!\n]{0,160})(?![^.?!\n;]{0,60}${yet})`;
	});
	declineOnce = new RegExp(String.raw`(?<![\p{L}])(?:${rows.join("|")})`, "giu");
	return declineOnce;
}

/** The words of a text that say no invoice is needed (see `declines`), or null. */
export function declinedInvoice(text: string): string | null {
	const re = declinePattern();
	re.lastIndex = 0;
	return re.exec(text)?.[0] ?? null;
}

/** The text without its words saying no invoice is needed: "No invoice needed for the logo, but please invoice the
 * flyers" still asks, for the flyers. */
export function withoutDeclines(text: string): string {
	return text.replace(declinePattern(), " ");
}

let memo: { text: string; hits: RequestHit[] } | null = null;

/** Words that present a list below them ("Here's what to invoice:", "anbei die Positionen …", "Voici ce qu'il faut …"). */
const PRESENTS = /(?<![\p{L}])(?:here['’]s|here is|here are|anbei|hier sind|hier ist|voici|voilà|aquí va|aquí van|aquí tienes|segue|seguem|ecco|hierbij|hier is|hier zijn)(?![\p{L}])/giu;

/** A list row's amount after a heading: a currency sign or code beside a number. */
const LIST_AMOUNT = /(?:[$€£¥₹]|(?<![\p{L}])(?:EUR|USD|GBP|CHF|R\$)(?![\p{L}]))\s?\d|\d\s?(?:[$€£¥₹]|(?:EUR|USD|GBP|CHF|euros?)(?![\p{L}]))/iu;

/** How many sentences back the invoice may be named for an order that calls it "it" (the lines of a list between). */
const IT_REACH = 8;

/** The sentence without its clauses about paying ("Please invoice us - we'll pay by e-transfer when they arrive"):
 * their "we'll" and "when" put off the payment, not the invoice. */
function withoutPayClauses(s: string, pays: RegExp): string {
	// A dash's blanks from the first of them only: tried inside a long run of blanks, each try read the rest of the run.
	return s.split(/(?<=[,;:])\s+|(?<!\s)\s+[-–—]\s+/u).filter((clause) => !pays.test(clause)).join(" ");
}

/** The sentences that ask for an invoice, in order. */
export function findRequests(text: string): RequestHit[] {
	// One email is asked about several times in a row (body, subject, forward): the last answer is kept.
	if (memo && memo.text === text) return memo.hits;
	const hits: RequestHit[] = [];
	const { languages, anyInvoiceWord } = compiled();
	const all = sentences(text);
	for (const [at, said] of all.entries()) {
		if (!anyInvoiceWord.test(said) || HOW_MUCH.test(said) || NOT_YOURS.test(said)) continue;
		// What the sentence asks, without its words saying no invoice is needed.
		const s = withoutDeclines(said);
		for (const c of languages) {
			const hasNoun = c.noun.test(s);
			const cue = c.cue.test(s) || c.imperative.test(s) || c.invoiceCompany.test(s);
			// Whatever the formula of politeness: the invoice, a verb of sending or issuing, and someone asked ("us",
			// "Sie", "nos", "vous") or a question — unless the sentence reports it done (received, attached, paid).
			const structural = hasNoun && c.verb.test(s) && (c.pronoun.test(s) || s.includes("?")) && !c.done.test(s);
			// "Emítela a Inversiones Marina S.A.C.": the invoice named as "it", by this sentence or one just before.
			const itAsks = c.itOrder.test(s) && !c.done.test(s) && (hasNoun || all.slice(Math.max(0, at - IT_REACH), at).some((p) => c.noun.test(p)));
			// "Here's what to invoice:" over a list: the next line holds an amount.
			// Words that present the list ("Here's", "anbei", "voici", "segue", "ecco") report nothing sent there.
			const headsList = c.head.test(s) && !c.done.test(s.replace(PRESENTS, " ")) && LIST_AMOUNT.test(all[at + 1] ?? "");
			const asks = headsList || (cue && hasNoun && (c.verb.test(s) || c.strongCue.test(s))) || (cue && c.invoiceVerb.test(s)) || (c.imperative.test(s) && hasNoun) || c.invoiceCompany.test(s) || structural || itAsks || asksToReceive(c, s) || ((c.order.test(s) || c.awaits.test(s) || c.politeOrder.test(s) || c.addressed.test(s)) && !c.done.test(s) && !WHY.test(s));
			if (asks) {
				hits.push({ sentence: said, lang: c.l.lang, later: c.later.test(withoutPayClauses(s.replace(c.soon, ""), c.pays)) });
				break;
			}
		}
	}
	memo = { text, hits };
	return hits;
}
