// The phrases, in English, German, Spanish, French, Portuguese, Italian and Dutch, that make an email no invoice
// request for a stated reason: someone invoicing YOU (a supplier's bill, a reminder), "hold the invoice" (wait until
// the new year, until I tell you), a payment already made (the transfer is done, here is the proof), and phishing
// dressed as an overdue invoice. One row per reason and language, each
// phrase a short pattern matched case-insensitively on letter edges; the row's examples run as tests
// (tests/connectors/gmail/no-invoice-phrases.test.ts). A new way of saying it is a new phrase and example here.

export type NoInvoiceReason = "bill-to-owner" | "wait" | "phishing" | "receipt" | "quote";

export interface NoInvoiceRow {
	reason: NoInvoiceReason;
	lang: string;
	phrases: string[];
	/** Sentences the row must find, and sentences (often invoice requests) it must leave alone. */
	examples: { matches: string[]; ignores: string[] };
}

export const NO_INVOICE_PHRASES: NoInvoiceRow[] = [
	// Someone invoicing you: a bill sent, the amount to pay, a reminder.
	{
		reason: "bill-to-owner",
		lang: "nl",
		phrases: [String.raw`hierbij ontvangt u (?:onze|de|uw) factuur`, String.raw`(?:in de bijlage|bijgevoegd) (?:vindt|treft) u (?:onze|de|uw) factuur`, String.raw`(?:wij )?verzoeken u\b.{0,60}\b(?:te betalen|over te maken|te voldoen)`, String.raw`het openstaande bedrag`, String.raw`betalingsherinnering`, String.raw`aanmaning`],
		examples: {
			matches: ["Hierbij ontvangt u onze factuur 2026-1187 voor het geleverde drukwerk.", "Wij verzoeken u vriendelijk het bedrag binnen 14 dagen over te maken.", "Betalingsherinnering factuur 4471"],
			ignores: ["Wilt u ons een factuur sturen voor het ontwerp?", "Wij verzoeken u de factuur toe te sturen voor het onderhoud."],
		},
	},
	{
		reason: "bill-to-owner",
		lang: "de",
		phrases: [String.raw`anbei (?:erhalten sie )?(?:unsere|die|ihre) rechnung`, String.raw`hiermit (?:erhalten sie|senden wir ihnen) (?:unsere|die|ihre) rechnung`, String.raw`(?:wir )?bitten sie\b.{0,60}\b(?:zu überweisen|zu begleichen|zu bezahlen)`, String.raw`bitte überweisen sie`, String.raw`zahlungserinnerung`, String.raw`mahnung`, String.raw`offene[nr]? (?:betrag|rechnungsbetrag)`],
		examples: {
			matches: ["Anbei erhalten Sie unsere Rechnung Nr. 4471.", "Wir bitten Sie, den Betrag bis zum 15. Dezember zu überweisen.", "Zahlungserinnerung: Rechnung 2231"],
			ignores: ["Bitte stellen Sie uns die Beratung in Rechnung.", "Kannst du mir bitte eine Rechnung über die Workshops schicken?"],
		},
	},
	{
		reason: "bill-to-owner",
		lang: "es",
		phrases: [String.raw`adjunt(?:amos|o) (?:la|nuestra) factura`, String.raw`le (?:enviamos|remitimos) (?:la|nuestra) factura`, String.raw`le rogamos (?:abone|pague|realice el pago|proceda al pago)`, String.raw`recordatorio de pago`, String.raw`importe pendiente`, String.raw`factura vencida`],
		examples: {
			matches: ["Adjuntamos nuestra factura n.º 311 por los servicios de noviembre.", "Le rogamos abone el importe antes del día 30.", "Recordatorio de pago: factura 88"],
			ignores: ["¿Me puedes hacer la factura de las 20 horas?", "Le ruego que nos emita la factura correspondiente."],
		},
	},
	{
		reason: "bill-to-owner",
		lang: "fr",
		phrases: [String.raw`ci-joint(?:e)? (?:notre|votre|la) facture`, String.raw`veuillez trouver ci-joint(?:e)? (?:notre|votre|la) facture`, String.raw`veuillez (?:régler|payer|procéder au (?:paiement|règlement))`, String.raw`relance de paiement`, String.raw`facture impayée`, String.raw`montant dû`],
		examples: {
			matches: ["Veuillez trouver ci-jointe notre facture n° 2026-114.", "Veuillez régler le montant sous 30 jours.", "Relance de paiement : facture 2026-88"],
			ignores: ["Pourriez-vous nous adresser la facture pour la traduction ?", "Tu peux me faire une facture pour les 4 affiches ?"],
		},
	},
	{
		reason: "bill-to-owner",
		lang: "pt",
		phrases: [String.raw`segue (?:em anexo |abaixo |anexa )?(?:a nossa|a) fatura`, String.raw`(?:enviamos|remetemos) (?:em anexo )?a nossa fatura`, String.raw`em anexo (?:segue|envio|enviamos) (?:a nossa|a) fatura`, String.raw`solicitamos o pagamento`, String.raw`lembrete de pagamento`, String.raw`fatura vencida`, String.raw`valor em aberto`],
		examples: {
			matches: ["Segue em anexo a nossa fatura n.º 77 referente a novembro.", "Segue abaixo a fatura nº 310 referente aos cartazes.", "Solicitamos o pagamento até dia 10.", "Lembrete de pagamento da fatura 41"],
			ignores: ["Você pode emitir a fatura dos 2 dias de consultoria?", "Solicitamos que nos envie a fatura referente à manutenção."],
		},
	},
	{
		reason: "bill-to-owner",
		lang: "it",
		phrases: [String.raw`in allegato (?:trova|trovate|le inviamo|vi inviamo)? ?(?:la nostra|la) fattura`, String.raw`(?:le|vi) (?:inviamo|trasmettiamo) (?:la nostra|la) fattura`, String.raw`si prega di (?:pagare|saldare)`, String.raw`(?:vi|la) preghiamo di (?:pagare|saldare|effettuare il (?:pagamento|bonifico))`, String.raw`sollecito di pagamento`, String.raw`fattura scaduta`, String.raw`importo dovuto`],
		examples: {
			matches: ["In allegato la nostra fattura n. 52 per il mese di novembre.", "Vi preghiamo di effettuare il bonifico entro 30 giorni.", "Sollecito di pagamento fattura 19"],
			ignores: ["Vi preghiamo di inviarci la fattura per il catalogo.", "Mi mandi la fattura per i 3 video promozionali?"],
		},
	},
	// A supplier's bill sent with its number and no article ("Please find attached invoice RP-20931"), or payment asked
	// to the account below: a bill, in every language.
	{
		reason: "bill-to-owner",
		lang: "en",
		phrases: [String.raw`(?:please )?(?:find|see) (?:attached|enclosed) (?:invoice|bill) (?:no\.? ?|number |# ?)?[a-z]{0,6}[-/]?\d`, String.raw`(?:attached|enclosed) (?:is|you will find|please find) (?:invoice|bill) (?:no\.? ?|number |# ?)?[a-z]{0,6}[-/]?\d`, String.raw`(?:pay|payment|transfer|remit)\b[^.?!\n]{0,40}\bto the (?:bank )?account (?:below|above|details below)`],
		examples: {
			matches: ["Please find attached invoice RP-20931 for £612.40 for the leaflets.", "Attached is invoice 2026-114 for the November hosting.", "Payment is due within 30 days to the account below."],
			ignores: ["Please find attached our purchase order; could you invoice us for it?", "Please invoice us for 10 hours of consulting at $150/hour, net 30.", "See attached brief and send the invoice when done."],
		},
	},
	{
		reason: "bill-to-owner",
		lang: "de, es, fr, it, pt, nl",
		phrases: [String.raw`(?:anbei|im anhang|beigefügt)(?: finden sie| erhalten sie)? (?:die )?rechnung (?:nr\.?|nummer) ?[a-z]{0,6}[-/]?\d`, String.raw`adjunt(?:o|amos|a) factura (?:n\.?[ºo°]|núm\.?|número) ?[a-z]{0,6}[-/]?\d`, String.raw`(?:veuillez trouver )?ci-joint(?:e)? (?:la )?facture (?:n[°o]\.?|numéro) ?[a-z]{0,6}[-/]?\d`, String.raw`in allegato (?:la )?fattura (?:n\.?|nr\.?|numero) ?[a-z]{0,6}[-/]?\d`, String.raw`segue (?:em anexo )?(?:a )?fatura (?:n\.?[ºo°]?|número) ?[a-z]{0,6}[-/]?\d`, String.raw`(?:bijgaand|bijgevoegd|in de bijlage)(?: vindt u| treft u)? (?:onze |de )?factuur (?:nr\.?|nummer)? ?[a-z]{0,6}[-/]?\d`],
		examples: {
			matches: ["Anbei Rechnung Nr. 4471 über 612,40 €.", "Adjunto factura n.º 311 por los servicios de noviembre.", "Veuillez trouver ci-jointe facture n° 2026-114.", "In allegato fattura n. 52 di novembre.", "Segue fatura nº 77.", "Bijgaand factuur 2026-1187 voor het drukwerk."],
			ignores: ["Bitte stellen Sie uns die Beratung in Rechnung.", "¿Me puedes hacer la factura de las 20 horas?", "Pourriez-vous nous adresser la facture pour la traduction ?", "Mi mandi la fattura per i 3 video promozionali?", "Me manda a fatura do site?", "Kun je me een factuur sturen voor 5 uur fotobewerking?"],
		},
	},
	// A supplier invoicing you in the first person ("wir erlauben uns, Ihnen … in Rechnung zu stellen", "nous vous
	// facturons", "le facturamos"): their bill, whatever the amount and lines it names.
	{
		reason: "bill-to-owner",
		lang: "all",
		phrases: [
			String.raw`we (?:hereby )?(?:invoice|bill|charge) you`,
			String.raw`(?:erlauben|gestatten) (?:wir )?uns,? (?:ihnen|dir)\b.{0,80}\bin rechnung zu stellen`,
			String.raw`(?:stellen|berechnen) wir (?:ihnen|dir)\b`,
			String.raw`(?:nos permitimos|procedemos a) facturar(?:le|les|te)`,
			String.raw`(?:le|les|te) facturamos`,
			String.raw`nous (?:nous permettons de vous facturer|vous facturons)`,
			String.raw`(?:le|vi|ti) fatturiamo`,
			String.raw`(?:vos |lhe |te )?faturamos (?:a vocês|a você|o seguinte)`,
			String.raw`(?:brengen wij u|brengen we u|wij brengen u|we brengen u)\b.{0,60}\bin rekening`,
		],
		examples: {
			matches: ["Guten Tag, wir erlauben uns, Ihnen für die gelieferten Drucksachen 612,40 € in Rechnung zu stellen.", "Für die Miete im November stellen wir Ihnen 480 € in Rechnung.", "Por la presente le facturamos el alquiler de noviembre.", "Nous vous facturons la location du studio, soit 480 €.", "Con la presente le fatturiamo il noleggio.", "Voor het drukwerk brengen wij u € 612,40 in rekening.", "We hereby invoice you for the studio hire."],
			ignores: ["Bitte stellen Sie uns die Beratung in Rechnung.", "¿Me facturas 4 horas de diseño?", "Facturez-nous 3 journées de formation.", "Mi fatturi le 3 ore?", "Factureer ons maar de 2 dagen.", "Please invoice us for the studio hire."],
		},
	},
	// A supplier sending you their invoice in the first person ("ti mando la fattura per l'affitto", "voici la facture
	// pour la location", "I'm sending you my invoice"): their bill, never a request.
	{
		reason: "bill-to-owner",
		lang: "all",
		phrases: [
			String.raw`(?:i['’]m|i am|we['’]re|we are) (?:sending|attaching|forwarding) (?:you )?(?:my|our|the) invoice`,
			String.raw`your invoice (?:no\.? ?|# ?)?[a-z]{0,6}[-/]?\d[\w-]*(?: for [^?!\n]{1,30}?)? is (?:attached|enclosed|ready|available)`,
			String.raw`will be (?:charged|debited) (?:to|from) your (?:card|account|bank account)`,
			String.raw`(?:ich|wir) (?:schicke|schicken|sende|senden|übermittle|übermitteln) (?:dir|ihnen|euch) (?:hiermit )?(?:die|meine|unsere) rechnung`,
			String.raw`anbei (?:die|meine) rechnung`,
			String.raw`(?:te|le|les|os) (?:mando|envío|paso|remito|enviamos|mandamos|remitimos) (?:la|mi|nuestra) factura`,
			String.raw`aquí (?:tienes|tiene|va|está|te dejo) (?:la|mi|nuestra) factura`,
			String.raw`voici (?:la|ma|notre) facture`,
			String.raw`je (?:t['’]|vous )(?:envoie|transmets|adresse) (?:la|ma|notre) facture`,
			String.raw`(?:ti|le|vi) (?:mando|invio|giro|inviamo|mandiamo|trasmetto) (?:la|la mia|la nostra) fattura`,
			String.raw`ecco (?:la|la mia|la nostra) fattura`,
			String.raw`(?:te|lhe|vos) (?:mando|envio|enviamos|mandamos) a (?:minha |nossa )?fatura`,
			String.raw`(?:aqui está|aqui vai|segue) (?:a )?(?:minha|nossa) fatura`,
			String.raw`(?:hierbij|bij deze) (?:stuur ik|sturen wij|sturen we|ontvang je|ontvang je van mij) (?:je |u )?(?:de|mijn|onze) factuur`,
			String.raw`(?:ik stuur|wij sturen|we sturen) (?:je|u|jullie) (?:hierbij )?(?:de|mijn|onze) factuur`,
			String.raw`hier is (?:de|mijn|onze) factuur`,
		],
		examples: {
			matches: ["Ciao Sam, ti mando la fattura per l'affitto dello studio, 480 €.", "Bonjour Sam, voici la facture pour la location du studio : 480 €.", "Hi Sam, I'm sending you my invoice for the studio hire.", "Hello, your invoice 8812 for $49.00 is attached.", "Hallo Sam, ich schicke dir die Rechnung für die Miete.", "Hola Sam, te mando la factura del alquiler.", "Oi Sam, te mando a fatura do aluguel.", "Hoi Sam, hier is mijn factuur voor de huur."],
			ignores: ["Mi mandi la fattura per l'affitto?", "¿Me mandas la factura del alquiler?", "Tu peux m'envoyer la facture pour la location ?", "Kannst du mir die Rechnung für die Miete schicken?", "Me manda a fatura do aluguel?", "Stuur je me de factuur voor de huur?", "Could you send me your invoice for the studio hire?"],
		},
	},
	// Hold the invoice: not yet, wait for the new year, I will tell you when.
	{
		reason: "wait",
		lang: "en",
		phrases: [String.raw`hold (?:the|your|that|off on the) invoice`, String.raw`(?:invoice|bill) (?:us|me) (?:only )?(?:in|after) the new year`, String.raw`(?:date the invoice|the invoice dated) (?:in )?(?:january|next year|in the new year)`, String.raw`(?:i'll|i will|we'll|we will) (?:let you know|tell you) when (?:to|you can) (?:send|issue) (?:it|the invoice)`],
		examples: {
			matches: ["Could you hold the invoice until January?", "Please invoice us only in the new year.", "Our accountant wants the invoice dated January.", "I'll let you know when to send the invoice."],
			ignores: ["Please invoice us for 10 hours of consulting at $150/hour, net 30.", "Please date the invoice 2026-11-30 and send it to accounts."],
		},
	},
	{
		reason: "wait",
		lang: "it",
		phrases: [String.raw`aspett(?:a|ate|i)\b.{0,40}(?:un attimo|ancora|a (?:mandar|inviar|emetter|far)|prima di)`, String.raw`non (?:mandar|inviar|emetter|far)(?:e|mi|ci)? (?:ancora )?(?:la )?fattura`, String.raw`(?:la )?fattura (?:sia|venga) datata (?:a |al |nel |in )?(?:gennaio|l['’]anno prossimo|il nuovo anno)`, String.raw`ti (?:scrivo|faccio sapere) io (?:appena|quando)`, String.raw`(?:la prego|vi prego|ti prego) di (?:attendere|aspettare)`, String.raw`(?:di )?non (?:ci |mi )?fattur(?:are|arci|armi|i|ate) (?:ancora|prima|fino)`],
		examples: {
			matches: ["Ti chiedo di non fatturare ancora le riprese.", "Per la fattura del servizio fotografico aspetta ancora un attimo, per favore.", "Il commercialista preferisce che la fattura sia datata gennaio.", "Non mandarmi ancora la fattura.", "Ti scrivo io appena puoi mandarla!"],
			ignores: ["Mi mandi la fattura per i 3 video promozionali?", "Vi preghiamo di inviarci la fattura per il catalogo."],
		},
	},
	{
		reason: "wait",
		lang: "de",
		phrases: [String.raw`(?:bitte|schick\p{L}*|send\p{L}*|stell\p{L}*)\b.{0,20}\bnoch keine rechnung`, String.raw`(?:warte|warten sie|wartet)\b.{0,30}\bmit der rechnung`, String.raw`mit der rechnung (?:noch )?(?:warten|bis)`, String.raw`(?:rechnung|rechnungsdatum)\b.{0,40}\berst (?:im|ab|nach|zum) (?:januar|neuen jahr|nächsten jahr|20\d\d)`, String.raw`(?:ich|wir) (?:sage|sagen|gebe|geben) (?:dir|ihnen|euch) bescheid,? (?:wann|sobald)`, String.raw`noch nicht (?:in rechnung (?:stellen|zu stellen)|abrechnen|verrechnen|berechnen|fakturieren)`, String.raw`(?:die )?rechnung (?:bitte )?noch nicht (?:schicken|senden|stellen|ausstellen|schreiben)`, String.raw`(?:ich|wir) melden? (?:mich|uns),? (?:wenn|sobald)`,
			// "Schick mir die Rechnung dafür noch nicht": the request's own verb and noun, then "noch nicht" in the clause.
			String.raw`(?:schick|send|stell|schreib)\p{L}*\b[^.!?\n]{0,40}\brechnung\b[^.,;!?\n]{0,20}\bnoch nicht(?! (?:bekommen|erhalten|gesehen|da))`,
			String.raw`(?:bitte |rechnung )erst (?:nach dem|ab dem|am|im|ab|nach) (?:\d{1,2}\.\s*)?(?:januar|neuen jahr|nächsten jahr|20\d\d)`,
			String.raw`(?:soll|muss|sollte) erst ins (?:neue|nächste) (?:geschäftsjahr|jahr)`],
		examples: {
			matches: ["Bitte schick uns noch keine Rechnung.", "Schick mir die Rechnung dafür bitte noch nicht.", "Stellt uns die Rechnung für die Flyer noch nicht, der Etat ist erst im Januar frei.", "Also bitte erst nach dem 4. Januar.", "Das soll erst ins neue Geschäftsjahr.", "Warten Sie bitte noch mit der Rechnung.", "Bitte die Stunden noch nicht in Rechnung stellen.", "Die Rechnung bitte noch nicht schicken, ich melde mich, sobald das Budget steht.", "Die Rechnung bitte erst im Januar, unser Geschäftsjahr beginnt dann.", "Ich sage dir Bescheid, wann du sie schicken kannst."],
			ignores: ["Bitte stellen Sie uns die Beratung in Rechnung.", "Schick mir doch bitte die Rechnung für die 6 Banner.", "Ich habe noch keine Rechnung bekommen, kannst du sie mir schicken?", "Schick mir bitte die Rechnung, ich habe sie noch nicht bekommen.", "Die Lieferung kam erst am 4. Januar."],
		},
	},
	{
		reason: "wait",
		lang: "es",
		phrases: [String.raw`no (?:nos |me )?(?:envíes|mandes|emitas|hagas|envíe|mande|emita|haga) (?:todavía |aún )?la factura`, String.raw`esper(?:a|e|ad|en)\b.{0,30}\b(?:para|con|antes de) (?:enviar|emitir|hacer|mandar)?\s?(?:la factura|facturar)`, String.raw`(?:la )?factura (?:con fecha de|fechada en) (?:enero|el año que viene|el próximo año)`, String.raw`(?:te|le|os) aviso cuando (?:puedas|pueda|podáis) (?:enviarla|mandarla|emitirla)`, String.raw`no (?:nos |me )?factur(?:es|e|éis) todavía`, String.raw`(?:que |de )?no (?:nos |me )?factur(?:es|e|éis|en|ar|arnos|arme) (?:todavía|aún|hasta)`, String.raw`(?:todavía|aún) no (?:nos |me )?(?:factures|facture|facturéis|facturen|envíes|mandes|emitas)(?: la factura)?`],
		examples: {
			matches: ["Espera un poco para enviar la factura, por favor.", "No nos mandes todavía la factura.", "Te aviso cuando puedas enviarla.", "Le pido que no nos facture hasta enero.", "Todavía no nos factures, porfa."],
			ignores: ["¿Me pasas la factura del logo?", "Le ruego que nos emita la factura correspondiente."],
		},
	},
	{
		reason: "wait",
		lang: "fr",
		phrases: [String.raw`n['’](?:envoie|envoyez|émets|émettez|établis|établissez) pas (?:encore |tout de suite )?(?:la|ta|votre) facture`, String.raw`attend(?:s|ez)\b.{0,30}\b(?:avant de|pour) (?:m['’]|nous )?(?:envoyer|faire|émettre|établir) (?:la|ta|votre) facture`, String.raw`ne (?:me |nous )?factur(?:e|ez) pas (?:encore|tout de suite|avant)`, String.raw`facture datée de (?:janvier|l['’]année prochaine)`, String.raw`je (?:te|vous) dirai quand`, String.raw`(?:de )?ne (?:pas|rien) (?:encore |tout de suite |tout ?de suite )?(?:nous |me )?(?:facturer|envoyer (?:la|ta|votre) facture|émettre (?:la|ta|votre) facture)`, String.raw`je (?:te|vous) (?:fais|ferai) signe (?:dès que|quand|lorsque)`],
		examples: {
			matches: ["Attends le mois prochain avant de m'envoyer la facture.", "Ne nous facturez pas encore, svp.", "Je te dirai quand l'envoyer.", "Merci de ne pas encore nous facturer les 1 900 €.", "Je vous fais signe dès que c'est bon.", "Veuillez ne pas envoyer la facture avant janvier."],
			ignores: ["Tu peux me faire une facture pour les 4 affiches ?", "Merci de nous facturer la refonte du logo."],
		},
	},
	{
		reason: "wait",
		lang: "pt",
		phrases: [String.raw`não (?:nos |me )?(?:envie|mande|emita|envies|mandes|emitas) (?:ainda )?a fatura`, String.raw`(?:espere|aguarde|segure)\b.{0,30}\b(?:para|antes de|com) (?:enviar|emitir|mandar|faturar|a fatura)`, String.raw`segure a fatura`, String.raw`(?:não|ainda não) (?:nos |me )?fatur(?:e|ar|em|es) (?:ainda|antes|até)`, String.raw`(?:eu )?(?:te |lhe )?aviso quando (?:puder|pode) (?:enviá-la|mandá-la|emiti-la|enviar|mandar|emitir)`],
		examples: {
			matches: ["Por favor, não fature ainda o ensaio.", "Aguarde um pouco antes de emitir a fatura.", "Não nos envie ainda a fatura.", "Eu te aviso quando puder mandar."],
			ignores: ["Me manda a fatura do site?", "Você pode emitir a fatura dos 2 dias de consultoria?"],
		},
	},
	{
		reason: "wait",
		lang: "nl",
		phrases: [String.raw`(?:stuur|verstuur) (?:de factuur |het |hem )?(?:nog )?niet`, String.raw`wacht\b.{0,20}\bmet (?:de factuur|factureren|het factureren)`, String.raw`(?:graag|stuur\p{L}*|maak\p{L}*)\b.{0,20}\bnog geen factuur`, String.raw`factureer (?:nog )?niet`, String.raw`ik laat (?:je|u|jullie) weten wanneer`, String.raw`nog (?:even |eventjes |effe )?niet (?:te )?(?:factureren|sturen|versturen)`],
		examples: {
			matches: ["Wil je het nog niet factureren?", "Nog even niet factureren graag, we wachten op akkoord.", "Wacht nog even met de factuur, ons boekjaar begint in januari.", "Stuur de factuur nog niet.", "Ik laat je weten wanneer je hem kunt sturen."],
			ignores: ["Kun je me een factuur sturen voor 5 uur fotobewerking?", "Stuur je me even de factuur voor het logo?", "Ik heb nog geen factuur ontvangen, kun je die sturen?"],
		},
	},
	// A payment already made: the transfer is done, here is the proof (a receipt, not a request).
	{
		reason: "receipt",
		lang: "en",
		phrases: [String.raw`(?:we|i)(?:['’]ve| have)? (?:just |now |today )?(?:made|sent|done|completed|initiated|processed) the (?:bank )?(?:transfer|payment|wire)`, String.raw`(?:transfer|payment|wire) (?:is |has been |was )?(?:done|completed|made|sent|gone through)`, String.raw`proof of (?:payment|transfer)`, String.raw`remittance advice`, String.raw`payment advice`, String.raw`(?:the )?(?:following )?(?:payment|transfer|wire) (?:for [^.?!\n]{1,40} )?(?:has been|was|is) (?:now |today )?released`, String.raw`(?:transfer|payment|wire|e-?transfer)\b(?:[^.?!\n]|\.(?=\d)){0,60}\b(?:went out|has gone out|is on its way|went through)`],
		examples: {
			matches: ["The payment of $1,200.00 for invoice 2210 went out this morning by e-Transfer.", "Our wire for invoice 88 is on its way.", "We made the transfer of $2,300 for invoice 1088 this morning.", "Transfer done for invoice LP-087, see the proof of payment attached.", "Remittance advice: invoice 2041", "Please be informed that the following payment has been released to your bank account.", "Payment advice: invoice 2041, €1,200.00, paid by SEPA transfer.", "The payment for invoice 88 was released today."],
			ignores: ["Please invoice us for the transfer of the old site to the new server.", "Could you send the invoice so we can make the payment?", "The budget for the campaign has been released."],
		},
	},
	{
		reason: "receipt",
		lang: "es, de, fr, pt, it, nl",
		phrases: [
			String.raw`(?:hicimos|realizamos|hemos hecho|hemos realizado|te hicimos|te hice|hice|realicé|efectuamos|hemos efectuado) (?:la|el|una|un) (?:transferencia|pago|depósito|ingreso)`,
			String.raw`(?:transferencia|pago|depósito) (?:realizad[oa]|efectuad[oa]|hech[oa])`,
			String.raw`comprobante (?:de (?:pago|la transferencia|transferencia)|del banco|bancario)`,
			String.raw`(?:haben|habe) (?:die|den) (?:überweisung|betrag|zahlung)\b.{0,30}(?:getätigt|veranlasst|ausgeführt|angewiesen)`,
			String.raw`(?:überweisung|zahlung) (?:ist )?(?:erfolgt|getätigt|veranlasst|ausgeführt|raus)`,
			String.raw`zahlungsnachweis|überweisungsbeleg|zahlungsavis`,
			// A payer's payment advice: "aviso de pago", "aviso de pagamento", "avviso di pagamento", "betaaladvies".
			String.raw`aviso de pago|aviso de pagamento|avviso di (?:pagamento|bonifico)|betaaladvies|betalingsadvies`,
			String.raw`(?:avons|ai) (?:effectué|fait|réalisé|procédé au|envoyé) (?:le|un) (?:virement|paiement|règlement)`,
			String.raw`(?:virement|paiement|règlement) (?:effectué|réalisé|envoyé|fait)`,
			String.raw`(?:justificatif|preuve|avis) de (?:paiement|virement)`,
			String.raw`(?:fizemos|realizamos|efetuamos|fiz|realizei|efetuei) (?:a|o) (?:transferência|pagamento|pix|depósito)`,
			String.raw`(?:transferência|pagamento|pix|depósito) (?:realizad[oa]|feit[oa]|efetuad[oa]|enviad[oa])`,
			String.raw`(?:abbiamo|ho) (?:effettuato|fatto|disposto|eseguito) (?:il|un) (?:bonifico|pagamento|versamento)`,
			String.raw`(?:bonifico|pagamento|versamento) (?:effettuato|eseguito|disposto|fatto)`,
			String.raw`contabile (?:del bonifico|di pagamento|bancaria)`,
			String.raw`(?:betaling|overboeking|overschrijving) (?:is )?(?:verricht|uitgevoerd|gedaan|verstuurd|voldaan)`,
			String.raw`betaalbewijs|bewijs van betaling`,
			String.raw`(?:ist|sind|wurde|wurden) (?:heute |gestern |soeben |eben |bereits |schon )?(?:von uns )?(?:bezahlt|überwiesen|beglichen)`,
			String.raw`(?:ya )?(?:te|le|les|os) (?:transferí|transferimos|pagué|pagamos|deposité|depositamos|abonamos|hice la transferencia)`,
			String.raw`(?:règlement|paiement|virement)\b(?:[^?!\n]|\n(?!\s*\n)){0,70}?\b(?:est parti|a été (?:effectué|envoyé|fait|émis|réglé)|est fait|est effectué)`,
			String.raw`(?:j['’]ai|nous avons|on a) (?:payé|réglé|viré)`,
			String.raw`(?:pagamento|transferência|pix)\b(?:[^?!\n]|\n(?!\s*\n)){0,70}?\bfoi (?:feit[oa]|realizad[oa]|efetuad[oa]|enviad[oa])`,
			String.raw`(?:paguei|transferi|fiz o pix|fizemos o pix)`,
			// What was paid may stand in brackets between the verb and "betaald" ("heb factuur 87 (€ 620,00 voor de foto's) betaald").
			String.raw`(?:heb|hebben)\b[^.?!\n(]{0,50}(?:\([^()\n]{0,90}\)[^.?!\n(]{0,30})?\b(?:betaald|overgemaakt|voldaan)`,
			String.raw`(?:is|zijn) (?:net |vandaag |zojuist |al )?(?:betaald|overgemaakt|voldaan)`,
			String.raw`(?:payment|transfer)\b[^.?!\n]{0,40}\b(?:went out|has gone out|is on its way|was sent|has been sent)`,
			String.raw`(?:invoice|bill) (?:no\.? ?|# ?)?[a-z]{0,6}[-/]?\d[\w-]* (?:is|was|has been) (?:now |just |already |finally )?(?:paid|settled)`,
		],
		examples: {
			matches: ["Die Rechnung 2026-14 über 640 € ist heute von uns bezahlt worden.", "Le enviamos el aviso de pago de la factura 77.", "Segue o aviso de pagamento da fatura NF-2291.", "In allegato l'avviso di pagamento della fattura 12.", "Hierbij het betaaladvies voor factuur 2026-31.", "Die 480 € für die Rechnung 2026-14 sind überwiesen.", "Ya te transferí los 450 € de la factura 88.", "Le règlement de la facture 31 est parti ce matin par virement.", "Je vous confirme que le virement de 1 180,00 € pour la facture\nLP-2026-087 a été effectué ce matin.", "A transferência de R$ 2.750,00 referente à fatura\nNF-2291 foi feita hoje.", "O pagamento da fatura 77 foi feito hoje via Pix.", "Ik heb factuur 2026-31 van € 480 net betaald.", "Te confirmo que hoy hicimos la transferencia de ARS 1.450.000 por la factura LP-2026-087.", "Te adjunto el comprobante del banco.", "Wir haben die Überweisung heute veranlasst.", "Nous avons effectué le virement ce matin.", "Fizemos o pix da fatura 41 hoje.", "Abbiamo effettuato il bonifico per la fattura 19.", "De betaling is verricht, zie het betaalbewijs.", "Sounds good, invoice 1042 is paid now.", "Ik heb zonet factuur 2026-14 (€ 1.250,00 voor de huisstijl en de 3 banners) betaald.", "We hebben de factuur (de 480 euro voor het fotoshoot-pakket van oktober) vanochtend overgemaakt."],
			ignores: ["¿Me puedes hacer la factura de las 20 horas?", "Kannst du mir bitte eine Rechnung über die Workshops schicken?", "Tu peux me faire une facture pour les 4 affiches ?", "Me manda a fatura do site?", "Mi mandi la fattura per i 3 video promozionali?", "Kun je me een factuur sturen voor 5 uur fotobewerking?", "Ik heb de foto's (12 stuks, € 45 per stuk) goed ontvangen; kun je de factuur sturen zodat die betaald kan worden?"],
		},
	},
	// The invoice only later: "the invoice in January, please", "attends janvier", "mandala a gennaio", "só em janeiro".
	{
		reason: "wait",
		lang: "all",
		phrases: [
			String.raw`(?:invoice|bill|rechnung|factura|facture|fattura|fatura|factuur)\b[^.?!\n]{0,40}?(?<![\p{L}])(?:only|not before|not until|no earlier than|erst|nicht vor|mejor|solo|sólo|no antes de|seulement|qu['’]en|pas avant|soltanto|non prima di|só|somente|apenas|não antes de|pas|niet vóór|niet voor|liefst)\s+(?:(?:in|im|ab|en|a partir de|à partir de|a|da|em|de|in|na|vanaf|begin|after|nach)\s+)?(?:january|januar|jänner|enero|janvier|gennaio|janeiro|januari|next year|the new year|next month|nächste[nmrs]? (?:jahr|monat)|neuen jahr|el año que viene|el próximo año|el mes que viene|l['’]année prochaine|le mois prochain|l['’]anno prossimo|il mese prossimo|o ano que vem|o próximo ano|o mês que vem|volgend jaar|volgende maand|het nieuwe jaar)`,
			String.raw`(?:send|issue|date|raise|schick\p{L}*|senden sie|stell|stellen sie|envía|envíe|manda|mande|haz|haga|emite|emita|envoie|envoyez|fais|faites|établis|établissez|émets|émettez|mandi|invia|invii|emetti|emetta|fai|faccia|envie|envia|faça|faz|stuur|stuurt u|verstuur|maak)(?:\s+(?:me|us|uns|mir|nos|me|nous|moi|mi|ci|ons|mij|u|je|bitte|please|just|gerne|simplement))*\s+(?:the|die|la|le|a|de|il|een|an|eine|una|une|uma|het)\s+(?:invoice|bill|rechnung|factura|facture|fattura|fatura|factuur)(?:,?\s+(?:bitte|please|only|then|dann|por favor|porfa|s['’]il te plaît|stp|svp|per favore|graag|maar|just|erst|mejor|solo|seulement|só|pas|liefst|to us|uns|nos|nous|ci|ons))*,?\s(?:in|im|en|à|a|em|ab|from|after|nach|après|dopo|depois|na|vanaf)\s+(?:early |début |inizio |principios de |begin |anfang )?(?:january|januar|jänner|enero|janvier|gennaio|janeiro|januari|next year|the new year|next month|nächste[nmrs]? (?:jahr|monat)|neuen jahr|el año que viene|el próximo año|el mes que viene|l['’]année prochaine|le mois prochain|l['’]anno prossimo|il mese prossimo|o ano que vem|o próximo ano|o mês que vem|volgend jaar|volgende maand|het nieuwe jaar)(?![\p{L}])(?!\s+(?:work|session|shoot|sessions|fotos|photos|Arbeit|Stunden|horas|heures|ore|uur))`,
			String.raw`(?:attends?|attendez|espera|espere|aspetta|aspettate|aguarde|wacht|warte|wait (?:for|until|till))\s+(?:(?:bis|hasta|jusqu['’]à|fino a|até|tot|to)\s+)?(?:début |inizio |principios de |begin |anfang )?(?:january|januar|jänner|enero|janvier|gennaio|janeiro|januari|next year|the new year|next month|nächste[nmrs]? (?:jahr|monat)|neuen jahr|el año que viene|el próximo año|el mes que viene|l['’]année prochaine|le mois prochain|l['’]anno prossimo|il mese prossimo|o ano que vem|o próximo ano|o mês que vem|volgend jaar|volgende maand|het nieuwe jaar)`,
			String.raw`(?:mandala|mandamela|mandacela|inviala|emettila|falla|mándala|envíala|emítela|envoie-la|envoyez-la|manda-a|envie-a|emita-a|stuur hem|stuur 'm|schick sie|send it|issue it|date it)\s+(?:(?:a|in|en|à|em|im|ab|for|in)\s+)?(?:january|januar|jänner|enero|janvier|gennaio|janeiro|januari|next year|the new year|next month|nächste[nmrs]? (?:jahr|monat)|neuen jahr|el año que viene|el próximo año|el mes que viene|l['’]année prochaine|le mois prochain|l['’]anno prossimo|il mese prossimo|o ano que vem|o próximo ano|o mês que vem|volgend jaar|volgende maand|het nieuwe jaar)`,
		],
		examples: {
			matches: ["La factura mejor en enero, que este año ya cerramos presupuesto.", "Pour la facture, attends janvier s'il te plaît.", "La fattura mandala a gennaio, per favore.", "A fatura só em janeiro, por favor.", "De factuur graag pas in januari.", "Could you send the invoice only in January?", "Die Rechnung bitte erst nächstes Jahr.", "Please send it in the new year.", "You can send the invoice in January, our budget resets then.", "Schick die Rechnung im Januar, bitte."],
			ignores: ["Please send the invoice by 15 January.", "¿Me haces la factura de las fotos de enero?", "Tu peux me faire la facture du shooting de janvier ?", "Mi mandi la fattura per le lezioni di gennaio?", "Kun je de factuur sturen voor de lessen in januari?", "Please send the invoice for the January sessions.", "Please send the invoice for the shoot in January."],
		},
	},
	// "Not yet" and "for now" said to the invoice itself, in every language: "je vous demande de ne pas encore émettre la
	// facture", "no emitir todavía la factura", "vorerst keine Rechnung", "for now, no invoice".
	{
		reason: "wait",
		lang: "all (not yet, for now)",
		phrases: [
			String.raw`not to (?:send|issue|raise|create|prepare|do) (?:the|an|any|your|our) invoice`,
			String.raw`no invoice for now`,
			String.raw`refrain from (?:sending|issuing|raising|invoicing|billing)`,
			String.raw`rechnung\b[^.?!\n]{0,40}\bnoch nicht (?:zu )?(?:stellen|schicken|senden|ausstellen|schreiben|verschicken)`,
			String.raw`mit der rechnung\b[^.?!\n]{0,40}\bnoch (?:zu )?(?:warten|abzuwarten)`,
			String.raw`(?:for now|for the moment),? no invoice`,
			String.raw`ne (?:pas|plus) (?:encore |tout de suite |pour l['’]instant |pour le moment )?(?:nous |me |vous |lui )?(?:envoyer|émettre|établir|faire|adresser) (?:la|ta|votre|de|une) facture`,
			String.raw`n['’](?:émettez|envoyez|établissez|faites|émets|envoie|établis|fais) pas (?:encore |tout de suite |pour l['’]instant |pour le moment )?(?:la|ta|votre|de) facture`,
			String.raw`pas (?:encore )?de facture (?:pour (?:le moment|l['’]instant)|tout de suite)`,
			String.raw`(?:pour le moment|pour l['’]instant),? pas de facture`,
			String.raw`no (?:emitir|enviar|hacer|mandar|emitirnos|enviarnos|mandarnos|hacernos) (?:todavía |aún |por ahora |de momento )?la factura`,
			String.raw`(?:por ahora|de momento|por el momento),? (?:no|sin) (?:la )?factura`,
			String.raw`(?:vorerst|vorläufig|erstmal|erst mal|bis auf weiteres) (?:noch )?keine rechnung`,
			String.raw`(?:die )?rechnung (?:bitte )?(?:vorerst|vorläufig|erstmal|erst mal) (?:noch )?nicht`,
			String.raw`non (?:emettere|inviare|mandare|fare|emetterci|inviarci|mandarci|farci) (?:ancora |per ora |per il momento )?(?:la )?fattura`,
			String.raw`(?:per ora|per il momento),? (?:niente|nessuna) fattura`,
			String.raw`não (?:nos |me )?(?:emitir|enviar|mandar|fazer|emita|envie|mande|faça) (?:ainda |por enquanto |por ora )?a fatura`,
			String.raw`(?:por enquanto|por ora),? (?:não|sem) (?:a )?fatura`,
			String.raw`(?:voorlopig|voorlopig nog|nog even) geen factuur`,
			String.raw`(?:de )?factuur (?:nog )?(?:even )?niet (?:sturen|versturen|opmaken|maken)`,
		],
		examples: {
			matches: [
				"Je vous demande de ne pas encore émettre la facture de 3 850,000 DT.",
				"Merci de ne pas encore nous envoyer la facture.",
				"N'émettez pas encore la facture, s'il vous plaît.",
				"Pas de facture pour le moment, merci.",
				"Le pido no emitir todavía la factura.",
				"De momento, sin factura: el presupuesto se aprueba en enero.",
				"Bitte vorerst keine Rechnung, das Budget ist noch nicht freigegeben.",
				"Die Rechnung bitte vorerst noch nicht.",
				"Ti chiedo di non emettere ancora la fattura.",
				"Peço que não emita ainda a fatura.",
				"Por enquanto, sem fatura.",
				"Voorlopig geen factuur graag.",
				"We ask you not to issue the invoice yet.",
				"For now, no invoice please.",
				"Could you refrain from sending the $850 invoice until the PO is raised?",
				"Ich bitte Sie, die Rechnung über 850 € noch nicht zu stellen.",
				"Wir bitten Sie, mit der Rechnung über 850 € noch zu warten.",
			],
			ignores: [
				"Pourriez-vous nous adresser la facture correspondante ?",
				"Le ruego que nos emita la factura correspondiente.",
				"Bitte stellen Sie uns die Beratung in Rechnung.",
				"Mi mandi la fattura per i 3 video?",
				"Pode emitir a fatura do site?",
				"Kun je de factuur sturen voor het logo?",
				"Please send the invoice for the logo, no rush.",
				"Ich habe noch keine Rechnung bekommen, kannst du sie mir schicken?",
				// Missing an invoice is asking for it.
				"We have no invoice yet for the October work, can you send it?",
			],
		},
	},
	// The invoice put on hold, or a wait before invoicing named by the verb "to invoice" itself, in every language.
	{
		reason: "wait",
		lang: "all (on hold, wait before invoicing)",
		phrases: [
			String.raw`(?:put|keep|place) (?:it|the invoice|that|the billing) on hold`,
			String.raw`park the invoice`,
			String.raw`not to (?:invoice|bill)(?: us| me)? (?:yet|until|before|for now|just yet)`,
			String.raw`(?:mit dem|mit der) (?:abrechnen|abrechnung|fakturieren|rechnungsstellung) (?:noch )?(?:warten|abwarten)`,
			String.raw`(?:die )?rechnung (?:bitte )?(?:noch )?(?:zurückhalten|zurückstellen|auf eis legen)`,
			String.raw`(?:die )?rechnung (?:bitte )?erst (?:dann )?(?:aus|raus|stellen|schicken|senden|ausstellen)[^.?!\n]{0,20}(?:wenn|sobald)`,
			String.raw`(?:d['’]|de )?attendre (?:avant de|pour) (?:nous |me )?facturer`,
			String.raw`patienter (?:pour|avant) (?:la|ta|votre) facture`,
			String.raw`(?:mettre|garder|laisser) (?:la|ta|votre) facture en (?:attente|suspens)`,
			String.raw`(?:dejar|deja|deje|mantener|mantén|mantenga) la factura (?:en espera|pendiente|en suspenso)`,
			String.raw`retener la factura`,
			String.raw`aspett(?:a|ate|are|i) (?:ancora )?a fatturar(?:e|ci|mi)`,
			String.raw`(?:tenere|tieni|tenga|tenete) (?:la fattura )?in sospeso(?: la fattura)?`,
			String.raw`esper(?:ar|e|a|em) (?:um pouco )?(?:para|antes de) faturar`,
			String.raw`deix(?:ar|e|a) a fatura (?:em espera|em suspenso|pendente)`,
			String.raw`wacht(?:en)? (?:nog )?(?:even )?met (?:het )?factureren`,
			String.raw`(?:de )?factuur (?:nog )?(?:even )?aanhouden`,
			String.raw`(?:de )?factuur in de wacht (?:zetten|houden)`,
		],
		examples: {
			matches: [
				"Can you send the invoice for the logo, $500? Actually, please put it on hold until our budget is approved.",
				"Logo $500 — please park the invoice for now, I'll tell you when.",
				"We'd ask you not to invoice until next quarter.",
				"Bitte mit dem Abrechnen noch warten.",
				"Stell die Rechnung bitte erst aus, wenn ich mich melde.",
				"Merci d'attendre avant de facturer, le budget n'est pas encore validé.",
				"Merci de patienter pour la facture.",
				"Por favor, deja la factura en espera hasta enero.",
				"Per favore aspetta a fatturare fino a gennaio.",
				"Pode esperar para faturar até janeiro?",
				"Wil je nog even wachten met factureren?",
				"Kun je de factuur nog even aanhouden?",
			],
			ignores: [
				"Please send the invoice for the logo, $500, on hold music included.",
				"Stell die Rechnung bitte aus, sobald du kannst.",
				"Merci de nous facturer la refonte du logo.",
				"¿Me haces la factura del cartel, que la necesito para cerrar el mes?",
				"Mi mandi la fattura per i 3 video?",
				"Kun je de factuur sturen voor het logo?",
			],
		},
	},
	// A quote, offer or price asked for (the invoice, if named, comes later).
	{
		reason: "quote",
		lang: "all",
		phrases: [String.raw`(?:an|your|the|a) offer for`, String.raw`(?:want|wants|need|needs|would like|asked for|asking for|requested|request) (?:an|a|your|our) offer`, String.raw`(?:want|wants|need|needs|would like|(?:they|we|i)['’]d like|asked for|asking for) (?:a |your )?(?:price|prices|pricing|rates) (?:for|on)`, String.raw`price (?:it|this|them) up`, String.raw`cotizar(?:nos|me|les)?`, String.raw`(?:me|nos) cotiz(?:as|ás|a|an|arías|aría|arían)`, String.raw`preisangebot`, String.raw`what (?:would|do|will) you charge`, String.raw`what would it cost`, String.raw`your (?:rates|prices|pricing)`, String.raw`cotaç(?:ão|ões)`, String.raw`propuesta`, String.raw`proposta`, String.raw`proposition(?: commerciale| tarifaire| de prix)?`, String.raw`prijsopgave`, String.raw`offerte`, String.raw`kostenschätzung`, String.raw`estimación`, String.raw`estimativa`, String.raw`was (?:würde|kostet|kosten)\b.{0,40}\bkosten`, String.raw`cuánto (?:costaría|cuesta|nos costaría|me costaría|cobrarías|cobras)`, String.raw`combien (?:coûterait|coûte|coûteraient)`, String.raw`quanto (?:costerebbe|costa|custaria|custa|cobraria|cobra)`, String.raw`wat (?:kost|zou .{1,30} kosten)`],
		examples: {
			matches: ["Você pode me mandar uma cotação para 20 fotos de produto?", "Ci mandi una proposta per il video aziendale?", "¿Nos puedes mandar una propuesta para el rediseño?", "Kun je een prijsopgave maken voor 300 flyers?", "What would you charge for a half-day product shoot?", "Could you send us an offer for 4 blog posts?", "Pourriez-vous nous faire une proposition pour 3 journées ?", "New enquiry from Vienna, they want an offer.", "They'd like pricing for 3 short videos.", "Could you price it up for us?", "¿Nos podés cotizar 3 videos cortos?", "Bitte senden Sie uns ein Preisangebot."],
			ignores: ["We accept your offer: please invoice us for the logo, €650.", "Que cotizaste abajo, sin cambios: diseño del catálogo.", "Please invoice the pricing page design, $400.", "Please invoice us for the 2-day workshop at €1,800 per day.", "Thanks for the photos, they look great!", "Bitte stellen Sie uns die Beratung in Rechnung."],
		},
	},
	// Phishing dressed as an invoice: confirm your details, avoid suspension, a "secure link".
	{
		reason: "phishing",
		lang: "en",
		phrases: [String.raw`(?:log|sign) in to (?:your account )?to (?:pay|view|avoid)`, String.raw`(?:your )?(?:service|services|subscription|account) will be (?:interrupted|suspended|terminated|cancelled|canceled|disconnected)`, String.raw`(?:avoid|prevent) (?:any |a )?(?:service )?(?:interruption|disconnection)`, String.raw`click here to (?:pay|settle|avoid)`, String.raw`confirm your (?:payment|billing|card|account) (?:details|information|info)`, String.raw`(?:avoid|prevent) (?:the )?(?:suspension|deactivation|closure|termination) of your account`, String.raw`your account (?:will be|may be) (?:suspended|closed|deactivated)`, String.raw`click(?:ing)? (?:on )?the (?:secure|verification) link`, String.raw`verify anyway`],
		examples: {
			matches: ["To avoid suspension of your account, please confirm your payment details within 24 hours by clicking the secure link below.", "If you have already paid, please verify anyway.", "Log in to your account to pay now or your service will be interrupted."],
			ignores: ["Could you send us an invoice for the workshop? 1 x workshop at €1,200.", "Please confirm the details of the invoice before sending it.", "Please submit the invoice through the following link to our supplier portal."],
		},
	},
	{
		reason: "phishing",
		lang: "de",
		phrases: [String.raw`(?:ihr|ihre) (?:dienst|service|zugang|abonnement|konto) wird (?:gesperrt|unterbrochen|gekündigt|deaktiviert)`, String.raw`klicken sie hier,? um (?:jetzt )?(?:zu bezahlen|zu zahlen|die zahlung)`, String.raw`bestätigen sie (?:ihre|jetzt ihre) (?:zahlungsdaten|kontodaten|bankdaten|identität|zugangsdaten)`, String.raw`(?:sperrung|deaktivierung) ihres kontos`, String.raw`ihr konto (?:wird|wurde) (?:gesperrt|deaktiviert|eingeschränkt)`, String.raw`klicken sie auf den sicheren link`],
		examples: {
			matches: ["Um eine Sperrung Ihres Kontos zu vermeiden, bestätigen Sie Ihre Zahlungsdaten innerhalb von 24 Stunden."],
			ignores: ["Bitte stellen Sie uns die Beratung in Rechnung: 2 Tage zu 900 €."],
		},
	},
	{
		reason: "phishing",
		lang: "es",
		phrases: [String.raw`haga clic aquí para (?:pagar|evitar|regularizar)`, String.raw`haz clic aquí para (?:pagar|evitar|regularizar)`, String.raw`(?:suspensión|interrupción|corte) del servicio`, String.raw`(?:su|tu) servicio (?:será|va a ser) (?:suspendido|interrumpido|cortado)`, String.raw`confirme (?:sus|tus) datos (?:de pago|bancarios|de facturación)`, String.raw`(?:suspensión|cierre|bloqueo) de (?:su|tu) cuenta`, String.raw`(?:su|tu) cuenta (?:será|ha sido|fue) (?:suspendida|bloqueada|cerrada)`, String.raw`haga clic en el enlace seguro`],
		examples: {
			matches: ["Para evitar la suspensión de su cuenta, confirme sus datos de pago en 24 horas.", "Haga clic aquí para pagar y evitar la suspensión del servicio."],
			ignores: ["Por favor envíenos una factura por 2 x diseño a 300 EUR."],
		},
	},
	{
		reason: "phishing",
		lang: "fr",
		phrases: [String.raw`cliquez ici pour (?:payer|régler|éviter)`, String.raw`(?:suspension|interruption|coupure) (?:de (?:votre|ton) |du )service`, String.raw`confirmez vos (?:informations|coordonnées|données) (?:de paiement|bancaires)`, String.raw`(?:suspension|fermeture|blocage) de votre compte`, String.raw`votre compte (?:sera|a été) (?:suspendu|bloqué|fermé)`, String.raw`cliquez sur le lien sécurisé`],
		examples: {
			matches: ["Pour éviter la suspension de votre compte, confirmez vos informations de paiement sous 24 heures."],
			ignores: ["Merci de nous facturer 3 x formation à 450 €."],
		},
	},
	{
		reason: "phishing",
		lang: "pt",
		phrases: [String.raw`clique aqui para (?:pagar|evitar|regularizar)`, String.raw`(?:suspensão|interrupção|corte) do (?:seu )?serviço`, String.raw`confirme (?:os )?seus dados (?:de pagamento|bancários)`, String.raw`(?:suspensão|bloqueio|encerramento) da sua conta`, String.raw`sua conta (?:será|foi) (?:suspensa|bloqueada|encerrada)`, String.raw`clique no link seguro`],
		examples: {
			matches: ["Para evitar a suspensão da sua conta, confirme seus dados de pagamento em 24 horas."],
			ignores: ["Você pode emitir a fatura dos 2 dias de consultoria?"],
		},
	},
	{
		reason: "phishing",
		lang: "it",
		phrases: [String.raw`clicca qui per (?:pagare|evitare|saldare)`, String.raw`(?:sospensione|interruzione) del (?:tuo |suo )?servizio`, String.raw`conferma (?:i tuoi|i suoi) dati (?:di pagamento|bancari)`, String.raw`(?:sospensione|chiusura|blocco) del (?:tuo|suo) (?:account|conto)`, String.raw`il (?:tuo|suo) (?:account|conto) (?:sarà|è stato) (?:sospeso|bloccato|chiuso)`, String.raw`clicc(?:a|hi|ate) sul link sicuro`],
		examples: {
			matches: ["Per evitare la sospensione del tuo account, conferma i tuoi dati di pagamento entro 24 ore."],
			ignores: ["Mi mandi la fattura per i 3 video promozionali?"],
		},
	},
	{
		reason: "phishing",
		lang: "nl",
		phrases: [String.raw`klik hier om (?:te betalen|uw betaling|je betaling)`, String.raw`(?:uw|je) (?:dienst|abonnement|service) wordt (?:opgeschort|onderbroken|stopgezet|geblokkeerd)`, String.raw`bevestig (?:uw|je) (?:betaalgegevens|bankgegevens|gegevens)`, String.raw`(?:blokkering|opschorting|afsluiting) van (?:uw|je) account`, String.raw`(?:uw|je) account (?:wordt|is) (?:geblokkeerd|opgeschort|afgesloten)`, String.raw`klik op de beveiligde link`],
		examples: {
			matches: ["Om blokkering van uw account te voorkomen, bevestig uw betaalgegevens binnen 24 uur."],
			ignores: ["Kunt u ons een factuur sturen voor het ontwerp?"],
		},
	},
	// The invoice named, then "not yet" said to a pronoun standing for it ("Sobre a fatura dos 1.850 €: peço-lhe que
	// ainda não a emita", "la factura, todavía no la emitas", "ne l'envoyez pas encore"): the noun must come first
	// (within a few lines, no question between), and the verb is one of issuing or sending, so "ainda não a paguei"
	// (not paid yet) or "ne l'avez pas encore envoyée" (asking whether it went out) stays a request.
	{
		reason: "wait",
		lang: "all (not yet, said to the invoice's pronoun)",
		phrases: [
			String.raw`(?:fatura|nota fiscal)\b[^?!]{0,150}?(?<![\p{L}])(?:(?:ainda|por enquanto|por ora) não (?:a|ma|no-la) (?:emita|envie|mande|faça|passe|emitas|envies|mandes|faças|passes)|não (?:a|ma) (?:emita|envie|mande|faça|passe|emitas|envies|mandes|faças|passes|emitir|enviar|mandar|fazer) (?:ainda|já|por enquanto|por ora))`,
			String.raw`factura\b[^?!]{0,150}?(?<![\p{L}])(?:(?:todavía|aún|de momento|por ahora) no (?:me |nos |se )?la (?:emitas|envíes|mandes|hagas|pases|emita|envíe|mande|haga|pase)|no (?:me |nos )?la (?:emitas|envíes|mandes|hagas|pases|emita|envíe|mande|haga|pase) (?:todavía|aún|de momento|por ahora)|no (?:emitirla|enviarla|mandarla|hacerla|emitírnosla|enviárnosla|mandárnosla) (?:todavía|aún|de momento|por ahora))`,
			String.raw`facture\b[^?!]{0,150}?(?<![\p{L}])(?:ne (?:me |nous )?l['’](?:émettez|envoyez|établissez|adressez|émets|envoie|établis|adresse) pas (?:encore|tout de suite|pour l['’]instant|pour le moment)|ne (?:me |nous )?la (?:faites|fais) pas (?:encore|tout de suite|pour l['’]instant|pour le moment)|ne pas (?:encore|tout de suite|pour l['’]instant|pour le moment) (?:nous |me )?l['’](?:émettre|envoyer|établir|adresser)|ne pas (?:nous |me )?l['’](?:émettre|envoyer|établir|adresser) (?:encore|tout de suite|pour l['’]instant|pour le moment))`,
			String.raw`fattura\b[^?!]{0,150}?(?<![\p{L}])(?:non (?:emetterla|inviarla|mandarla|farla|mandarmela|mandarcela|inviarmela|inviarcela) (?:ancora|per ora|per il momento)|(?:ancora|per ora|per il momento) non (?:me |ce )?la (?:emetta|mandi|invii|faccia|emetti|emettere|mandare|inviare|fare)|non (?:me |ce )?la (?:emetta|mandi|invii|faccia|emetti|emettete|mandate|inviate) (?:ancora|per ora|per il momento))`,
			String.raw`rechnung\b[^?!]{0,150}?(?<![\p{L}])(?:sie (?:bitte )?(?:noch nicht|vorerst nicht|erst mal nicht|erstmal nicht) (?:aus|zu stellen|auszustellen|stellen|schicken|zu schicken|senden|zu senden|verschicken|zu verschicken|schreiben|zu schreiben)(?![\p{L}])|(?:schick|schicke|send|sende|stell|stelle|schreib|schreibe)(?: sie)? sie (?:bitte )?(?:noch nicht|vorerst nicht|erst mal nicht|erstmal nicht)(?! (?:bekommen|erhalten|gesehen)))`,
			String.raw`factuur\b[^?!]{0,150}?(?<![\p{L}])(?:hem|'m|’m|die|deze) (?:nog )?(?:even )?niet (?:te )?(?:sturen|versturen|maken|opmaken|uitschrijven)`,
			String.raw`(?:invoice|bill)\b[^?!]{0,150}?(?<![\p{L}])(?:don['’]t|do not|please don['’]t) (?:send|issue|raise|create) it (?:out )?(?:yet|just yet|for now|until|before)`,
		],
		examples: {
			matches: [
				"Quanto à fatura do ensaio, ainda não a emita, por favor: o NIF vai mudar.",
				"A fatura das fotos: não a mande ainda, o contabilista pediu para esperar.",
				"Sobre la factura de 1.200 €, todavía no la emitas, que cambiamos de CIF.",
				"La factura del vídeo no la mandes aún, por favor.",
				"Pour la facture de 2 400 €, ne l'envoyez pas encore : notre SIRET change en janvier.",
				"La facture du logo, merci de ne pas encore l'émettre.",
				"Per la fattura delle foto, non emetterla ancora: cambiamo partita IVA.",
				"La fattura per ora non la emetta, grazie.",
				"Wegen der Rechnung über 850 €: stell sie bitte noch nicht aus, unsere Adresse ändert sich.",
				"Die Rechnung für die Fotos: schick sie noch nicht, wir warten auf die neue Steuernummer.",
				"Over de factuur van € 900: wil je hem nog even niet sturen? Ons KvK-nummer verandert.",
				"About the invoice for the shoot: please don't send it yet, our company details change in December.",
			],
			ignores: [
				"Sobre a fatura: se ainda não a emitiu, pode mandar hoje, por favor.",
				"Recebi a fatura do fornecedor, ainda não a paguei.",
				"La factura del mes pasado todavía no la pagamos, ¿me la reenvías?",
				"La facture ? Si vous ne l'avez pas encore envoyée, envoyez-la aujourd'hui.",
				"La fattura non l'ho ancora ricevuta, me la mandi?",
				"Die Rechnung habe ich noch nicht bekommen, schick sie bitte nochmal.",
				"De factuur heb ik nog niet ontvangen, kun je hem sturen?",
				"The invoice? If you haven't sent it yet, please send it today.",
			],
		},
	},
	// Phishing that says the reader's account is limited and must be verified ("your account has been temporarily
	// limited", "to avoid suspension, verify your billing details", "will result in permanent account closure"): a
	// customer asking for an invoice never threatens the reader's own account.
	{
		reason: "phishing",
		lang: "en",
		phrases: [String.raw`(?:your )?account (?:has been|was|is|is now|has now been|will be|may be) (?:temporarily |permanently |partially )?(?:limited|restricted|frozen|on hold)`, String.raw`to avoid (?:the )?(?:account )?(?:suspension|closure|deactivation|termination|limitation|restriction)`, String.raw`verify your billing (?:details|information|info|address)`, String.raw`(?:will|may) result in (?:the )?(?:permanent |temporary )?(?:account )?(?:closure|suspension|termination|deactivation)`, String.raw`(?:permanent|temporary) account (?:closure|suspension|limitation)`],
		examples: {
			matches: ["Your account has been temporarily limited.", "To avoid suspension, verify your billing details within 24 hours.", "Failure to confirm will result in permanent account closure.", "Your account is now restricted until you confirm your card."],
			ignores: ["Could you send the invoice for the banners? Our account is with Westpac if that helps.", "Please confirm your bank details so we can pay the invoice.", "Our budget is limited this year, so please invoice the 2 posters only.", "Shipping to avoid the holiday rush: please invoice the flyers now."],
		},
	},
	{
		reason: "phishing",
		lang: "de",
		phrases: [String.raw`ihr konto (?:wurde|wird|ist) (?:vorübergehend |vorläufig |dauerhaft )?(?:eingeschränkt|limitiert|eingefroren)`, String.raw`um eine (?:sperrung|einschränkung|schließung|kündigung)(?: ihres kontos)? zu vermeiden`, String.raw`(?:bestätigen|verifizieren) sie (?:jetzt )?ihre (?:rechnungsdaten|rechnungsinformationen|zahlungsinformationen)`],
		examples: {
			matches: ["Ihr Konto wurde vorübergehend eingeschränkt.", "Um eine Sperrung zu vermeiden, verifizieren Sie Ihre Rechnungsdaten innerhalb von 24 Stunden."],
			ignores: ["Kannst du mir die Rechnung schicken? Unser Budget ist eingeschränkt, also nur die 2 Poster."],
		},
	},
	{
		reason: "phishing",
		lang: "es",
		phrases: [String.raw`(?:su|tu) cuenta (?:ha sido|fue|está|será|ha quedado) (?:temporalmente |provisionalmente )?(?:limitada|restringida)`, String.raw`para evitar (?:la suspensión|el cierre|el bloqueo|la limitación)(?: de (?:su|tu) cuenta)?`, String.raw`verifi(?:que|ca) (?:sus|tus) datos de (?:facturación|pago)`],
		examples: {
			matches: ["Su cuenta ha sido limitada temporalmente.", "Su cuenta ha sido temporalmente limitada. Para evitar la suspensión, verifique sus datos de facturación."],
			ignores: ["¿Me mandas la factura? Para evitar problemas con Hacienda, ponle nuestro CIF."],
		},
	},
	{
		reason: "phishing",
		lang: "fr",
		phrases: [String.raw`votre compte (?:a été|est|sera) (?:temporairement |provisoirement )?(?:limité|restreint|gelé)`, String.raw`pour éviter (?:la suspension|la fermeture|la clôture|le blocage)(?: de votre compte)?`, String.raw`vérifiez vos (?:informations|coordonnées|données) de facturation`],
		examples: {
			matches: ["Votre compte a été temporairement limité.", "Pour éviter la suspension, vérifiez vos informations de facturation sous 24 heures."],
			ignores: ["Pourriez-vous nous adresser la facture ? Pour éviter les erreurs, indiquez notre référence."],
		},
	},
	{
		reason: "phishing",
		lang: "pt",
		phrases: [String.raw`(?:a )?sua conta (?:foi|está|será) (?:temporariamente )?(?:limitada|restrita)`, String.raw`para evitar (?:a suspensão|o bloqueio|o encerramento)(?: da sua conta)?`, String.raw`verifique (?:os )?seus dados de (?:faturamento|faturação|cobrança)`],
		examples: {
			matches: ["Sua conta foi temporariamente limitada.", "Para evitar a suspensão, verifique seus dados de faturamento em 24 horas."],
			ignores: ["Pode me mandar a fatura? Para evitar confusão, coloque o nosso CNPJ."],
		},
	},
	{
		reason: "phishing",
		lang: "it",
		phrases: [String.raw`il (?:tuo|suo) (?:account|conto) (?:è stato|è|sarà) (?:temporaneamente )?(?:limitato|limitata|bloccato temporaneamente)`, String.raw`per evitare (?:la sospensione|la chiusura|il blocco)(?: del (?:tuo|suo) (?:account|conto))?`, String.raw`verifica (?:i tuoi|i suoi) dati di fatturazione`],
		examples: {
			matches: ["Il tuo account è stato temporaneamente limitato.", "Per evitare la sospensione, verifica i tuoi dati di fatturazione entro 24 ore."],
			ignores: ["Mi mandi la fattura? Per evitare errori, metti il nostro codice SDI."],
		},
	},
	{
		reason: "phishing",
		lang: "nl",
		phrases: [String.raw`(?:uw|je) account (?:is|wordt) (?:tijdelijk )?(?:beperkt|bevroren)`, String.raw`om (?:blokkering|opschorting|afsluiting)(?: van (?:uw|je) account)? te voorkomen`, String.raw`verifieer (?:uw|je) (?:factuurgegevens|factureringsgegevens|betaalgegevens)`],
		examples: {
			matches: ["Uw account is tijdelijk beperkt.", "Om blokkering te voorkomen, verifieer uw factuurgegevens binnen 24 uur."],
			ignores: ["Kun je de factuur sturen? Om fouten te voorkomen, graag ons KvK-nummer erop."],
		},
	},
	// A failed payment whose "fix" is to log in and give card or billing details again, or to restore the access to
	// an account: phishing. The reader is asked for no invoice.
	{
		reason: "phishing",
		lang: "en",
		phrases: [String.raw`account access (?:has been|was|is|is now|will be) (?:temporarily |permanently )?(?:limited|restricted|suspended|locked|disabled)`, String.raw`update your billing (?:details|information|info)`, String.raw`re-?enter your (?:card|payment|billing|bank) (?:details|information|info)`, String.raw`(?:log|sign) in and (?:re-?enter|update|confirm|verify) your`, String.raw`to (?:restore|regain) (?:your )?(?:account |full )?access`, String.raw`to keep your (?:service|account|subscription) active`],
		examples: {
			matches: ["Your account access has been restricted.", "Please update your billing information at the link within 48 hours to restore access.", "To keep your service active, log in and re-enter your card details here."],
			ignores: ["Please invoice us for the poster; we updated our billing address last month.", "Could you send the invoice to keep our records complete?"],
		},
	},
	{
		reason: "phishing",
		lang: "de",
		phrases: [String.raw`(?:ihr )?zugang (?:wurde|ist|wird) (?:vorübergehend |vorläufig )?(?:eingeschränkt|gesperrt)`, String.raw`geben sie ihre (?:kartendaten|zahlungsdaten|bankdaten) erneut ein`, String.raw`aktualisieren sie (?:jetzt )?ihre (?:zahlungsdaten|zahlungsinformationen|rechnungsdaten|kartendaten)`, String.raw`um (?:ihren )?(?:zugang|zugriff) wiederherzustellen`],
		examples: { matches: ["Ihr Zugang wurde vorübergehend eingeschränkt.", "Aktualisieren Sie Ihre Zahlungsdaten, um Ihren Zugang wiederherzustellen."], ignores: ["Bitte schick mir die Rechnung, unsere Zahlungsdaten haben sich nicht geändert."] },
	},
	{
		reason: "phishing",
		lang: "es",
		phrases: [String.raw`actualice (?:sus|tus) datos de (?:pago|facturación|tarjeta)`, String.raw`actualiza tus datos de (?:pago|facturación|tarjeta)`, String.raw`vuelva a (?:introducir|ingresar) (?:sus|los) datos`, String.raw`(?:restablecer|recuperar) el acceso a (?:su|tu) cuenta`],
		examples: { matches: ["Actualice sus datos de pago aquí para restablecer el acceso a su cuenta."], ignores: ["¿Me mandas la factura? Nuestros datos de facturación no cambian."] },
	},
	{
		reason: "phishing",
		lang: "fr",
		phrases: [String.raw`mettez à jour vos (?:informations|coordonnées|données) (?:de paiement|bancaires|de facturation)`, String.raw`saisissez à nouveau vos (?:informations|coordonnées|données)`, String.raw`(?:rétablir|restaurer) l['’]accès à votre compte`],
		examples: { matches: ["Mettez à jour vos informations de paiement pour rétablir l'accès à votre compte."], ignores: ["Pouvez-vous nous envoyer la facture ? Nos coordonnées de facturation restent les mêmes."] },
	},
	{
		reason: "phishing",
		lang: "pt",
		phrases: [String.raw`atualize (?:os )?seus dados de (?:pagamento|faturamento|faturação|cartão)`, String.raw`(?:restabelecer|recuperar) o acesso à sua conta`],
		examples: { matches: ["Atualize seus dados de pagamento para restabelecer o acesso à sua conta."], ignores: ["Pode me mandar a fatura? Os nossos dados de faturamento são os mesmos."] },
	},
	{
		reason: "phishing",
		lang: "it",
		phrases: [String.raw`aggiorna (?:i tuoi|i suoi) dati di (?:pagamento|fatturazione|carta)`, String.raw`aggiorni i suoi dati di (?:pagamento|fatturazione|carta)`, String.raw`(?:ripristinare|recuperare) l['’]accesso al (?:tuo|suo) (?:account|conto)`],
		examples: { matches: ["Aggiorna i tuoi dati di pagamento per ripristinare l'accesso al tuo account."], ignores: ["Mi mandi la fattura? I nostri dati di fatturazione sono gli stessi."] },
	},
	{
		reason: "phishing",
		lang: "nl",
		phrases: [String.raw`werk (?:uw|je) (?:betaalgegevens|factuurgegevens|betalingsgegevens|kaartgegevens) bij`, String.raw`(?:de )?toegang tot (?:uw|je) account te herstellen`],
		examples: { matches: ["Werk uw betaalgegevens bij om de toegang tot uw account te herstellen."], ignores: ["Kun je de factuur sturen? Onze factuurgegevens blijven gelijk.", "Kun je ook de foto te herstellen voor de factuur?"] },
	},
	// A supplier's bill as Belgium and France write it: "In bijlage vindt u factuur 2026-0931", "Gelieve het bedrag over
	// te schrijven", "Vous trouverez en annexe notre facture": the sender asks Sam to pay, never to invoice. (The
	// structured payment reference, "gestructureerde mededeling", is no sign: a customer paying Sam writes it too.)
	{
		reason: "bill-to-owner",
		lang: "nl, fr, de, es, pt, it",
		phrases: [
			String.raw`in bijlage (?:vindt|treft) u (?:onze |de |uw )?factuur`,
			String.raw`(?:gelieve|wij vragen u|we vragen u|wij verzoeken u)\b.{0,40}\bover te schrijven`,
			String.raw`vous trouverez (?:ci-joint(?:e)?|en annexe|en pièce jointe) (?:notre |la |votre )?facture`,
			String.raw`merci de (?:bien vouloir )?(?:virer|verser|régler|payer) (?:le montant|la somme|ce montant)`,
			String.raw`im anhang (?:finden|erhalten) sie (?:unsere |die |ihre )?rechnung`,
			String.raw`bitte überweise[n]? (?:sie )?den (?:rechnungs)?betrag`,
			String.raw`encontrará (?:adjunta|en adjunto|anexa) (?:nuestra |la |su )?factura`,
			String.raw`(?:le rogamos|rogamos|favor de) (?:transferir|ingresar|depositar) el importe`,
			String.raw`(?:segue|enviamos) em anexo (?:a )?fatura`,
			String.raw`(?:trova|trovate) in allegato (?:la nostra |la )?fattura`,
			String.raw`(?:vi preghiamo|la preghiamo|si prega) di (?:versare|bonificare) l['’]importo`,
		],
		examples: {
			matches: [
				"In bijlage vindt u factuur 2026-0412 voor het drukwerk.",
				"Gelieve het bedrag binnen 14 dagen over te schrijven op rekening BE71 0961 2345 6769.",
				"Vous trouverez en annexe notre facture 2026-118 pour l'impression des affiches.",
				"Merci de bien vouloir virer le montant avec la communication structurée +++090/9337/55493+++.",
				"Im Anhang finden Sie unsere Rechnung für die Druckaufträge.",
				"Encontrará adjunta la factura del mes de noviembre.",
				"Trovate in allegato la fattura per la stampa dei manifesti.",
			],
			ignores: ["Kun je ons een factuur sturen voor het ontwerp? Wij schrijven het bedrag dan meteen over.", "Pourriez-vous nous envoyer la facture ? Nous réglerons le montant à réception.", "Bitte stellen Sie uns die Beratung in Rechnung, wir überweisen dann.", "¿Me mandas la factura? Transferimos el importe en seguida.", "Ik heb daarnet factuur LP-2026-087 betaald via overschrijving, met gestructureerde mededeling +++090/1234/56789+++."],
		},
	},
	// A payment held until the reader gives their bank details and their password again ("re-confirm your bank account
	// details and your e-mail login password through our secure vendor portal"): no business ever asks for a password.
	{
		reason: "phishing",
		lang: "all",
		phrases: [
			String.raw`(?:confirm|re-?confirm|verify|re-?verify|enter|re-?enter|provide|submit|update|validate) your\b[^.?!\n]{0,60}\bpassword`,
			String.raw`re-?confirm your bank(?:ing)? (?:account )?(?:details|information|info)`,
			String.raw`(?:amount|payment|funds) (?:will be |is |are )?(?:permanently )?forfeited`,
			String.raw`verify (?:&|and) release`,
			String.raw`verify your bank(?:ing)? (?:account )?(?:details|information|info)`,
			String.raw`(?:invoice|payment) will be automatically (?:cancelled|canceled|voided|forfeited)`,
			String.raw`(?:bestätigen|geben) sie\b[^.?!\n]{0,60}\b(?:passwort|kennwort)`,
			String.raw`(?:confirmez|saisissez|indiquez)\b[^.?!\n]{0,60}\bmot de passe`,
			String.raw`(?:confirme|introduzca|ingrese|verifique)\b[^.?!\n]{0,60}\bcontraseña`,
			String.raw`(?:confirme|informe|digite|verifique)\b[^.?!\n]{0,60}\bsenha`,
			String.raw`(?:conferma|confermi|inserisci|inserisca|verifica|verifichi)\b[^.?!\n]{0,60}\bpassword`,
			String.raw`(?:bevestig|voer)\b[^.?!\n]{0,60}\bwachtwoord`,
		],
		examples: {
			matches: [
				"To release the payment you must re-confirm your bank account details and your e-mail login password within 24 hours.",
				"Please verify your vendor account and password through the portal below.",
				"After this time the invoice will be cancelled and the amount forfeited.",
				"Verify your banking details through our secure vendor portal, or the invoice will be automatically cancelled.",
				"Bestätigen Sie Ihre Bankverbindung und Ihr E-Mail-Passwort innerhalb von 24 Stunden.",
				"Confirmez vos coordonnées bancaires et votre mot de passe sous 24 heures.",
				"Confirme sus datos bancarios y su contraseña en el portal.",
				"Bevestig uw bankgegevens en uw wachtwoord via de link.",
			],
			ignores: ["Could you send the invoice through our supplier portal? Your login will follow in a separate email.", "Please confirm your bank details on the invoice so we can pay.", "We sent the portal password to your colleague; please upload the invoice there.", "Please issue a new invoice; the old invoice will be cancelled on our side."],
		},
	},
	// A supplier asking Sam to pay, in plain words ("Please transfer the amount to our account", "Veuillez effectuer le
	// paiement avant le 10/12", "Favor efetuar o pagamento"): a bill, whatever invoice words it holds.
	{
		reason: "bill-to-owner",
		lang: "en, fr, es, it, pt",
		phrases: [
			String.raw`please (?:transfer|wire) the (?:amount|total|sum|balance)`,
			String.raw`kindly (?:settle|pay) (?:the|this|our) invoice`,
			String.raw`veuillez (?:effectuer|faire) le (?:paiement|virement|règlement)`,
			String.raw`(?:le|les) rogamos (?:realice|efectúe|realicen|efectúen) (?:la transferencia|el pago|el ingreso)`,
			String.raw`(?:vi preghiamo di|la preghiamo di|si prega di|per favore,?) effettua(?:re|te) il (?:bonifico|pagamento)`,
			String.raw`(?:favor|solicitamos que|pedimos que) (?:efetuar|efetue|efetuem|realizar|realize) o pagamento`,
		],
		examples: {
			matches: ["Please transfer the amount to our account BE71 0961 2345 6769.", "Kindly settle the invoice by 10 December.", "Veuillez effectuer le paiement avant le 10/12.", "Le rogamos realice la transferencia antes del 10/12.", "Per favore effettuate il bonifico entro il 10/12.", "Favor efetuar o pagamento até 10/12."],
			ignores: ["Please invoice us; we will transfer the amount right away.", "Could you send the invoice? We'll settle it this week.", "Pouvez-vous m'envoyer la facture ? Nous ferons le virement à réception.", "Mándame la factura y realizamos la transferencia.", "Mi mandi la fattura? Effettuiamo il bonifico subito.", "Pode enviar a fatura? Vamos efetuar o pagamento logo."],
		},
	},
];

/** A phrase's spaces also match the line break of a hard-wrapped sentence ("ne pas encore émettre la\nfacture"). */
const wrapped = (p: string) => p.replace(/ /g, String.raw`(?:[ \t]+|[ \t]*\n[ \t]*)`);
const compiled = NO_INVOICE_PHRASES.map((r) => ({ r, res: r.phrases.map((p) => new RegExp(String.raw`(?<![\p{L}])(?:${wrapped(p)})(?![\p{L}])`, "iu")) }));

/** The words of the first phrase of that reason found in the text, in any of the seven languages, or null. */
export function noInvoicePhrase(reason: NoInvoiceReason, text: string): string | null {
	for (const { r, res } of compiled) {
		if (r.reason !== reason) continue;
		for (const re of res) {
			const m = re.exec(text);
			if (m) return m[0];
		}
	}
	return null;
}

/** The row's own phrases only (for its tests). */
export function rowPhrase(row: NoInvoiceRow, text: string): string | null {
	for (const re of compiled.find((c) => c.r === row)?.res ?? []) {
		const m = re.exec(text);
		if (m) return m[0];
	}
	return null;
}
