// Payment terms in days written in the ways people write them, beyond "net 30": "our terms are 14 days", "payment
// within 21 days of invoice", "Zahlungsziel: 14 Tage", "pago a 30 días", "30 gg d.f.", "betaaltermijn van 14 dagen".
// A table by language: each phrasing has {N} for the days, and the row's examples run as tests
// (tests/connectors/gmail/payment-terms.test.ts). A phrase must speak of payment or terms, so "deliver within 14
// days" is no term.

export interface TermsRow {
	lang: string;
	phrasings: string[];
	/** The days must open a clause — after a punctuation mark, a line break or one of these words ("…, and 30 days is
	 * fine"): after "within" or "in" they are a delivery time. */
	opensClause?: string[];
	examples: [text: string, days: number][];
	ignores: string[];
}

export const PAYMENT_TERMS: TermsRow[] = [
	{
		lang: "en",
		phrasings: ["terms are {N} days", "terms is {N} days", "terms: {N} days", "terms of {N} days", "terms {N} days", "{N}-day terms", "{N} day terms", "{N} days terms", "payment on {N} days", "pay within {N} days", "payment within {N} days", "paid within {N} days", "payable within {N} days", "payment is due within {N} days", "due within {N} days", "due in {N} days", "{N} days from invoice", "{N} days from the invoice date", "{N} days after invoice", "on {N}-day terms", "on {N} day terms", "payable in {N} days", "{N} days to pay", "due date in {N} days", "due {N} days after invoice", "due {N} days from invoice", "net-{N}", "net{N}", "pay at {N} days", "payment at {N} days", "allow {N} days for payment", "{N} days for payment", "payment term is {N} days", "payment term of {N} days", "payment {W}within {N} days", "we {W}pay {W}within {N} days", "we {W}pay {W}at {N} days", "payment: {N} days", "payment terms: {N} days", "on a {N}-day basis", "on a {N} day basis", "pays {N} days after", "pay {N} days after", "paid {N} days after", "payment {N} days after", "payable {N} days after", "payable {N} days from"],
		examples: [
			["Payment: 30 days.", 30],
			["We pay on a 30-day basis.", 30],
			["Our AP pays 30 days after receipt.", 30],
			["Payable 30 days from date of invoice.", 30],
			["Payment we do always within 30 days.", 30],
			["Our payment term is 14 days.", 14],
			["We always pay invoices within 45 days.", 45],
			["PO-7781, and our terms are 14 days.", 14],
			["Payment within 21 days of invoice, please.", 21],
			["We pay on 45-day terms.", 45],
			["Can you make it payable in 21 days?", 21],
			["We pay net-30.", 30],
			["We pay at 30 days, as usual.", 30],
			["Please allow 45 days for payment.", 45],
		],
		ignores: ["We need the photos within 14 days.", "The shoot took 3 days.", "Deliverables were due in 10 days, and you made it.", "We deliver 30 days after receipt of the deposit.", "Delivery: 10 days."],
	},
	{
		lang: "de",
		phrasings: ["Zahlungsziel {N} Tage", "Zahlungsziel: {N} Tage", "Zahlungsziel von {N} Tagen", "Zahlungsfrist {N} Tage", "Zahlungsfrist von {N} Tagen", "zahlbar binnen {N} Tagen", "innerhalb von {N} Tagen zahlbar", "innerhalb von {N} Tagen bezahlen", "innerhalb von {N} Tagen überweisen", "{N} Tage netto", "{N} Tage nach Rechnungseingang", "{N} Tage nach Rechnungsdatum", "Zahlung in {N} Tagen", "Zahlung innerhalb von {N} Tagen", "fällig in {N} Tagen", "fällig nach {N} Tagen", "fällig innerhalb von {N} Tagen", "Fälligkeit {N} Tage", "Fälligkeit in {N} Tagen", "Fälligkeit nach {N} Tagen", "zahlbar innert {N} Tagen", "innert {N} Tagen zahlbar", "Zahlung innert {N} Tagen", "Zahlungsziel beträgt {N} Tage", "Zahlungsfrist beträgt {N} Tage", "Zahlungsziel ist {N} Tage", "Zahlungsziel liegt bei {N} Tagen", "Zahlungsfrist liegt bei {N} Tagen", "zahlen {W}innerhalb von {N} Tagen", "zahlen {W}innert {N} Tagen", "zahlen nach {N} Tagen", "Zahlung nach {N} Tagen", "zahlbar nach {N} Tagen", "zahlbar in {N} Tagen", "Zahlung: {N} Tage", "Zahlungsbedingungen: {N} Tage", "zahlbar {W}innerhalb von {N} Tagen", "zahlbar {W}binnen {N} Tagen"],
		examples: [
			["Wir zahlen nach 30 Tagen.", 30],
			["Zahlungsbedingungen: 14 Tage", 14],
			["Unser Zahlungsziel beträgt 30 Tage.", 30],
			["Wir zahlen immer innerhalb von 14 Tagen.", 14],
			["Unser Zahlungsziel von 21 Tagen gilt wie immer.", 21],
			// Swiss German writes "innert" for "innerhalb".
			["Zahlbar innert 30 Tagen ist für uns ok.", 30],
			["Wir zahlen 30 Tage nach Rechnungseingang.", 30],
			["Bitte mit Fälligkeit in 14 Tagen.", 14],
			// Words between "zahlbar" and its days ("wie gewohnt", "wie immer").
			["Zahlbar wie gewohnt innerhalb von 14 Tagen nach Rechnungseingang.", 14],
		],
		ignores: ["Die Fotos bitte innerhalb von 14 Tagen liefern."],
	},
	{
		lang: "es",
		phrasings: ["pago a {N} días", "pagamos a {N} días", "plazo de pago de {N} días", "plazo de {N} días para el pago", "en un plazo de {N} días desde la factura", "a {N} días fecha factura", "a {N} días de la fecha de factura", "{N} días fecha factura", "vencimiento a {N} días", "vencimiento en {N} días", "vencimiento de {N} días", "pago en {N} días", "a pagar en {N} días", "plazo de pago es de {N} días", "plazo de pago son {N} días", "plazo de pago: {N} días", "pagamos {W}a {N} días", "pago: {N} días", "forma de pago: {N} días", "condiciones de pago: {N} días"],
		examples: [
			["Pago: 30 días.", 30],
			["Nuestro plazo de pago es de 45 días.", 45],
			["Pagamos siempre a 30 días.", 30],
			["Como siempre, pagamos a 60 días.", 60],
			["Vencimiento a 30 días fecha factura.", 30],
			["Ponle vencimiento en 15 días, porfa.", 15],
		],
		ignores: ["La entrega en un plazo de 10 días."],
	},
	{
		lang: "fr",
		phrasings: ["paiement à {N} jours", "règlement à {N} jours", "payable à {N} jours", "paiement sous {N} jours", "règlement sous {N} jours", "délai de paiement de {N} jours", "{N} jours fin de mois", "{N} jours date de facture", "{N} jours nets", "échéance à {N} jours", "échéance de {N} jours", "échéance {N} jours", "paiement dans {N} jours", "délai de paiement est de {N} jours", "délai de paiement : {N} jours", "délai de règlement de {N} jours", "délai de règlement est de {N} jours", "nous payons {W}à {N} jours", "nous réglons {W}à {N} jours", "paiement : {N} jours", "règlement : {N} jours", "conditions de paiement : {N} jours", "payable dans les {N} jours", "payable sous {N} jours", "paiement dans les {N} jours", "payable dans {N} jours"],
		examples: [
			["Paiement: 30 jours.", 30],
			["Notre délai de paiement est de 30 jours.", 30],
			["Nous réglons toujours à 45 jours.", 45],
			["Règlement à 45 jours, comme d'habitude.", 45],
			["Délai de paiement de 30 jours.", 30],
			["Échéance à 45 jours, merci.", 45],
			["Facture au nom de Atelier Nord inc., payable dans les 30 jours.", 30],
			["Le tout payable sous 15 jours, svp.", 15],
		],
		ignores: ["Livraison sous 10 jours."],
	},
	{
		lang: "pt",
		phrasings: ["pagamento a {N} dias", "pagamos a {N} dias", "prazo de pagamento de {N} dias", "pagamento em {N} dias", "{N} dias após a fatura", "{N} dias da data da fatura", "{N} dias após emissão", "vencimento em {N} dias", "vencimento a {N} dias", "vencimento para {N} dias", "vencimento de {N} dias", "prazo de {N} dias para pagamento", "prazo de pagamento é de {N} dias", "prazo de pagamento: {N} dias", "pagamos {W}a {N} dias", "pagamento: {N} dias", "condições de pagamento: {N} dias", "pagamento {W}em até {N} dias", "pagamos {W}em até {N} dias", "{N} dias após o recebimento da fatura", "{N} dias após receber a fatura"],
		examples: [
			["Pagamento: 30 dias.", 30],
			["O nosso prazo de pagamento é de 30 dias.", 30],
			["Pagamos sempre a 60 dias.", 60],
			["O pagamento será feito a 15 dias da data da fatura.", 15],
			["Pagamento em 28 dias, ok?", 28],
			["Pode colocar vencimento em 30 dias.", 30],
			["O pagamento será feito em até 15 dias após o recebimento da fatura.", 15],
			["Pagamos sempre em até 30 dias.", 30],
			["Fazemos a transferência 20 dias após o recebimento da fatura.", 20],
		],
		ignores: ["Entrega em 5 dias úteis.", "A entrega será feita em até 10 dias."],
	},
	{
		lang: "it",
		phrasings: ["pagamento a {N} giorni", "pagamento entro {N} giorni", "paghiamo a {N} giorni", "{N} giorni data fattura", "{N} gg data fattura", "{N} gg d.f.", "{N} gg df", "{N} giorni d.f.", "{N} giorni df", "termini di pagamento {N} giorni", "bonifico a {N} giorni", "scadenza a {N} giorni", "scadenza di {N} giorni", "scadenza {N} giorni", "pagamento a {N} gg", "pagamento {N} gg", "a {N} gg", "{N} gg fm", "{N} gg f.m.", "{N} gg dffm", "termini di pagamento sono di {N} giorni", "termini di pagamento: {N} giorni", "paghiamo {W}a {N} giorni", "condizioni di pagamento: {N} gg", "condizioni di pagamento: {N} giorni", "pagamento: {N} giorni", "pagamento: {N} gg", "termini di pagamento: {N} gg"],
		examples: [
			["Condizioni di pagamento: 60 gg.", 60],
			["I nostri termini di pagamento sono di 60 giorni.", 60],
			["Paghiamo sempre a 30 giorni.", 30],
			["Pagamento a 60 giorni data fattura.", 60],
			["Come sempre 30 gg d.f.", 30],
			["Mettici scadenza a 60 giorni.", 60],
			["Pagamento a 60 gg.", 60],
		],
		ignores: ["Consegna entro 10 giorni."],
	},
	{
		lang: "nl",
		phrasings: ["betaaltermijn {N} dagen", "betaaltermijn van {N} dagen", "betalingstermijn van {N} dagen", "betaling binnen {N} dagen", "betalen binnen {N} dagen", "{N} dagen na factuurdatum", "{N} dagen netto", "termijn van {N} dagen", "vervaldatum over {N} dagen", "vervaltermijn van {N} dagen", "vervaltermijn {N} dagen", "betalingstermijn bedraagt {N} dagen", "betaaltermijn bedraagt {N} dagen", "betalingstermijn is {N} dagen", "betaaltermijn is {N} dagen", "betalingstermijn {N} dagen", "betalen {W}binnen {N} dagen", "betalingsvoorwaarden: {N} dagen", "betaling: {N} dagen", "betaaltermijn: {N} dagen", "betalingstermijn: {N} dagen"],
		examples: [
			["Betalingsvoorwaarden: 30 dagen.", 30],
			["Betaling: 14 dagen.", 14],
			["Onze betalingstermijn\nbedraagt 30 dagen.", 30],
			["Wij betalen altijd binnen 14 dagen.", 14],
			["Onze betaaltermijn van 14 dagen geldt.", 14],
			["Betaling binnen 30 dagen na factuurdatum.", 30],
			["Zet de vervaldatum over 14 dagen.", 14],
		],
		ignores: ["Levering binnen 10 dagen."],
	},
	// The terms set to a number of days ("you can put payment terms as 7 days", "set the terms to 14 days", "setz das
	// Zahlungsziel auf 14 Tage"): the word for the terms names what the days are.
	{
		lang: "en",
		phrasings: ["terms as {N} days", "terms to {N} days", "terms at {N} days", "terms should be {N} days", "terms can be {N} days", "terms will be {N} days", "term as {N} days", "term to {N} days"],
		examples: [
			["You can put payment terms as 7 days, I will pay by NEFT.", 7],
			["Please set the payment terms to 14 days.", 14],
			["Our payment terms should be 30 days as per the contract.", 30],
		],
		ignores: ["Set the delivery to 7 days after the shoot.", "Please put the shoot as 2 days on the invoice."],
	},
	{
		lang: "de",
		phrasings: ["Zahlungsziel {W}auf {N} Tage", "Zahlungsfrist {W}auf {N} Tage", "Zahlungsziel mit {N} Tagen", "Zahlungsziel gerne {N} Tage", "Zahlungsziel bitte {N} Tage"],
		examples: [["Setz das Zahlungsziel bitte auf 14 Tage.", 14], ["Zahlungsziel bitte 21 Tage, danke.", 21]],
		ignores: ["Setz die Lieferung auf 14 Tage nach dem Shooting."],
	},
	{
		lang: "es",
		phrasings: ["plazo de pago en {N} días", "plazo de pago de {N} días", "condiciones de pago a {N} días", "plazo de pago por favor {N} días"],
		examples: [["Pon el plazo de pago en 15 días, por favor.", 15]],
		ignores: ["Pon la entrega en 15 días, por favor."],
	},
	{
		lang: "pt",
		phrasings: ["prazo de pagamento para {N} dias", "prazo de pagamento em {N} dias", "prazo de pagamento com {N} dias", "condições de pagamento a {N} dias"],
		examples: [["Pode colocar o prazo de pagamento para 15 dias.", 15]],
		ignores: ["Pode colocar a entrega para 15 dias."],
	},
	{
		lang: "nl",
		phrasings: ["betaaltermijn {W}op {N} dagen", "betalingstermijn {W}op {N} dagen", "betaaltermijn graag {N} dagen", "betalingstermijn graag {N} dagen"],
		examples: [["Zet de betaaltermijn op 14 dagen, graag.", 14]],
		ignores: ["Zet de levering op 14 dagen na de shoot."],
	},
	// The terms' word followed by a verb ("nos conditions de paiement sont de 30 jours", "our payment conditions are 30
	// days"), and German "innerhalb" without "von" ("zahlbar wie immer innerhalb 14 Tagen").
	{
		lang: "fr",
		phrasings: ["conditions de paiement sont de {N} jours", "conditions de paiement sont {N} jours", "conditions de paiement de {N} jours", "conditions de règlement sont de {N} jours", "conditions de règlement de {N} jours", "conditions de règlement : {N} jours", "modalités de paiement sont de {N} jours", "modalités de paiement : {N} jours", "délai de paiement sera de {N} jours", "termes de paiement sont de {N} jours", "termes de paiement de {N} jours", "nos termes sont de {N} jours"],
		examples: [
			["Nos conditions de paiement sont de 45 jours.", 45],
			["Conditions de règlement : 30 jours.", 30],
			["Nos modalités de paiement sont de 60 jours, merci.", 60],
			["Nos termes de paiement sont de 30 jours net.", 30],
		],
		ignores: ["Nos délais de livraison sont de 10 jours.", "Les conditions de livraison sont de 15 jours."],
	},
	{
		lang: "en",
		phrasings: ["payment conditions are {N} days", "payment conditions: {N} days", "payment conditions of {N} days", "terms of payment are {N} days", "terms of payment: {N} days", "terms of payment is {N} days"],
		examples: [["Our payment conditions are 30 days.", 30], ["Terms of payment are 45 days from invoice.", 45]],
		ignores: ["Our delivery conditions are 10 days."],
	},
	{
		lang: "de",
		phrasings: ["zahlbar {W}innerhalb {N} Tagen", "innerhalb {N} Tagen zahlbar", "Zahlung {W}innerhalb {N} Tagen", "zahlen {W}innerhalb {N} Tagen", "innerhalb {N} Tagen bezahlen", "innerhalb {N} Tagen überweisen", "Zahlungsbedingungen sind {N} Tage", "Zahlungsbedingungen von {N} Tagen", "Zahlungsbedingungen betragen {N} Tage"],
		examples: [
			["Zahlbar wie immer innerhalb 21 Tagen.", 21],
			["Wir zahlen immer innerhalb 30 Tagen.", 30],
			["Bitte den Betrag innerhalb 10 Tagen überweisen.", 10],
			["Unsere Zahlungsbedingungen sind 30 Tage netto.", 30],
		],
		ignores: ["Die Fotos bitte innerhalb 14 Tagen liefern.", "Lieferung innerhalb 10 Tagen."],
	},
	{
		lang: "es",
		phrasings: ["condiciones de pago son de {N} días", "condiciones de pago son {N} días", "condiciones de pago de {N} días", "términos de pago son de {N} días", "términos de pago de {N} días", "términos de pago: {N} días"],
		examples: [["Nuestras condiciones de pago son de 30 días.", 30], ["Términos de pago: 60 días.", 60]],
		ignores: ["Nuestras condiciones de entrega son de 10 días."],
	},
	{
		lang: "pt",
		phrasings: ["condições de pagamento são de {N} dias", "condições de pagamento são {N} dias", "condições de pagamento de {N} dias", "termos de pagamento são de {N} dias", "termos de pagamento: {N} dias"],
		examples: [["As nossas condições de pagamento são de 30 dias.", 30]],
		ignores: ["As nossas condições de entrega são de 10 dias."],
	},
	{
		lang: "it",
		phrasings: ["condizioni di pagamento sono di {N} giorni", "condizioni di pagamento sono {N} giorni", "condizioni di pagamento di {N} giorni", "termini di pagamento di {N} giorni"],
		examples: [["Le nostre condizioni di pagamento sono di 60 giorni.", 60]],
		ignores: ["Le nostre condizioni di consegna sono di 10 giorni."],
	},
	{
		lang: "nl",
		phrasings: ["betalingsvoorwaarden zijn {N} dagen", "betalingsvoorwaarden van {N} dagen", "betalingsvoorwaarden bedragen {N} dagen"],
		examples: [["Onze betalingsvoorwaarden zijn 30 dagen.", 30]],
		ignores: ["Onze leveringsvoorwaarden zijn 10 dagen."],
	},
	// The word for payment, how it is made ("per Überweisung", "by bank transfer", "par virement"), maybe "as always",
	// then the days: "Zahlung wie immer per Überweisung innerhalb von 14 Tagen", "Pago como siempre por transferencia a 30
	// días". The way of paying is read in "{W}" (PAYMENT_MEANS); a thing paid for there is no way of paying.
	{
		lang: "en",
		phrasings: ["payment {W}within {N} days", "payment {W}in {N} days", "we {W}pay {W}within {N} days"],
		examples: [["Payment as always by bank transfer within 30 days.", 30], ["Payment by wire transfer as usual within 14 days.", 14]],
		ignores: ["Payment for the extra shoot within 3 days was a favour.", "Delivery as always by courier within 3 days."],
	},
	{
		lang: "de",
		phrasings: ["Zahlung {W}innerhalb von {N} Tagen", "Zahlung {W}binnen {N} Tagen", "Zahlung {W}innert {N} Tagen", "Zahlung erfolgt {W}innerhalb von {N} Tagen"],
		examples: [["Zahlung wie immer per Überweisung innerhalb von 14 Tagen.", 14], ["Die Zahlung erfolgt wie gewohnt per Banküberweisung innerhalb von 21 Tagen.", 21], ["Zahlung per Überweisung binnen 10 Tagen.", 10]],
		ignores: ["Lieferung wie immer per Kurier innerhalb von 3 Tagen.", "Die Zahlung für das Shooting an 2 Tagen ist oben."],
	},
	{
		lang: "es",
		phrasings: ["pago {W}a {N} días", "pago {W}en {N} días", "pagamos {W}en {N} días"],
		examples: [["Pago como siempre por transferencia a 30 días.", 30], ["El pago por transferencia bancaria en 15 días, por favor.", 15]],
		ignores: ["Entrega como siempre por mensajero a 3 días."],
	},
	{
		lang: "fr",
		phrasings: ["paiement {W}à {N} jours", "paiement {W}sous {N} jours", "règlement {W}à {N} jours", "règlement {W}sous {N} jours"],
		examples: [["Paiement comme d'habitude par virement sous 30 jours.", 30], ["Règlement par virement bancaire à 45 jours.", 45]],
		ignores: ["Livraison comme d'habitude par coursier sous 3 jours."],
	},
	{
		lang: "pt",
		phrasings: ["pagamento {W}a {N} dias", "pagamento {W}em {N} dias"],
		examples: [["Pagamento como sempre por transferência a 30 dias.", 30], ["Pagamento via Pix em 10 dias, por favor.", 10]],
		ignores: ["Entrega como sempre por estafeta em 3 dias."],
	},
	{
		lang: "it",
		phrasings: ["pagamento {W}a {N} giorni", "pagamento {W}entro {N} giorni"],
		examples: [["Pagamento come sempre tramite bonifico a 30 giorni.", 30], ["Pagamento con bonifico bancario entro 15 giorni.", 15]],
		ignores: ["Consegna come sempre tramite corriere entro 3 giorni."],
	},
	{
		lang: "nl",
		phrasings: ["betaling {W}binnen {N} dagen"],
		examples: [["Betaling zoals altijd per overschrijving binnen 14 dagen.", 14], ["Betaling via overboeking binnen 30 dagen graag.", 30]],
		ignores: ["Levering zoals altijd per koerier binnen 3 dagen."],
	},
	// The same, as a label or a plain verb ("Payment term: 30 days", "Zahlungskonditionen: 30 Tage", "nous payons sous 30
	// jours", "wij betalen na 30 dagen"), and German "innerhalb 14 Tage" as many write it.
	{
		lang: "en",
		phrasings: ["payment term: {N} days", "payment condition: {N} days", "payment condition is {N} days", "payment is {N} days", "term of payment: {N} days"],
		examples: [["Payment term: 30 days after receiving invoice.", 30], ["Payment is 45 days, as per company rule.", 45]],
		ignores: ["Delivery term: 10 days.", "The shoot is 3 days."],
	},
	{
		lang: "de",
		phrasings: ["Zahlungskonditionen: {N} Tage", "Zahlungskonditionen {N} Tage", "Zahlungskonditionen sind {N} Tage", "Zahlungsfrist: {N} Tage", "zahlbar {W}innerhalb {N} Tage", "Zahlung {W}innerhalb {N} Tage", "zahlen {W}innerhalb {N} Tage"],
		examples: [["Zahlungskonditionen: 30 Tage netto.", 30], ["Zahlung wie immer innerhalb 14 Tage.", 14], ["Unsere Zahlungsfrist: 21 Tage", 21]],
		ignores: ["Lieferfrist: 10 Tage.", "Lieferung innerhalb 14 Tage."],
	},
	{
		lang: "fr",
		phrasings: ["nous payons {W}sous {N} jours", "nous réglons {W}sous {N} jours", "paiement se fait à {N} jours", "paiement se fait sous {N} jours", "paiement se fera à {N} jours", "paiement se fera sous {N} jours", "règlement se fait à {N} jours"],
		examples: [["Nous payons toujours sous 30 jours.", 30], ["Le paiement se fait à 45 jours.", 45]],
		ignores: ["La livraison se fait sous 10 jours."],
	},
	{
		lang: "es",
		phrasings: ["pago se hace a {N} días", "pago se realiza a {N} días", "pago se hará a {N} días", "pagamos a los {N} días", "pago a los {N} días", "pagamos {W}a los {N} días"],
		examples: [["El pago se hace a 30 días.", 30], ["Pagamos siempre a los 60 días.", 60]],
		ignores: ["La entrega se hace a los 10 días."],
	},
	{
		lang: "pt",
		phrasings: ["pagamento é feito em {N} dias", "pagamento será feito em {N} dias", "pagamento é a {N} dias", "pagamos em {N} dias", "pagamos {W}em {N} dias"],
		examples: [["O pagamento é feito em 30 dias.", 30], ["Pagamos sempre em 45 dias.", 45]],
		ignores: ["A entrega é feita em 10 dias."],
	},
	{
		lang: "it",
		phrasings: ["termini di pagamento sono {N} giorni", "pagamento è a {N} giorni", "paghiamo {W}entro {N} giorni"],
		examples: [["I termini di pagamento sono 60 giorni.", 60], ["Paghiamo sempre entro 30 giorni.", 30]],
		ignores: ["Consegniamo sempre entro 10 giorni."],
	},
	{
		lang: "nl",
		phrasings: ["betalen {W}na {N} dagen", "betaling na {N} dagen", "betaling gebeurt binnen {N} dagen", "betaling gebeurt na {N} dagen"],
		examples: [["Wij betalen altijd na 30 dagen.", 30], ["De betaling gebeurt binnen 14 dagen.", 14]],
		ignores: ["Levering na 10 dagen."],
	},
	// The days straight after the word for payment, then agreed to (never a phrasing opening with the days: it would be
	// tried at every number of a long price list) ("Payment 7 days is ok for us", "Zahlung 14 Tage passt
	// uns"): the agreeing words close the phrase, so "payment 3 days ago" or "payment 2 days late" is no term.
	{
		lang: "en",
		phrasings: ["payment {N} days is ok", "payment {N} days is okay", "payment {N} days is fine", "payment {N} days is good", "payment {N} days works", "payment {N} days suits", "payment in {N} days is ok", "payment in {N} days is fine", "payment in {N} days works"],
		examples: [["Payment 10 days is fine with our accountant.", 10], ["Payment 14 days is okay with us, by the way.", 14], ["Payment in 21 days works for our office.", 21]],
		ignores: ["Payment 3 days ago was fine.", "The payment 2 days late is ok, no worries.", "The shoot in 3 days is fine."],
	},
	{
		lang: "de",
		phrasings: ["Zahlung {N} Tage ist ok", "Zahlung {N} Tage passt", "Zahlung in {N} Tagen ist ok", "Zahlung in {N} Tagen passt", "Zahlungsziel {N} Tage passt"],
		examples: [["Zahlung 14 Tage passt uns gut.", 14], ["Zahlung in 10 Tagen ist ok für uns.", 10]],
		ignores: ["Lieferung in 5 Tagen passt."],
	},
	{
		lang: "es",
		phrasings: ["pago a {N} días está bien", "pago a {N} días nos va bien", "pago {N} días está bien", "pago en {N} días está bien", "pago a {N} días nos sirve"],
		examples: [["Pago a 15 días está bien para nosotros.", 15], ["El pago en 30 días está bien.", 30]],
		ignores: ["La entrega en 5 días está bien."],
	},
	{
		lang: "fr",
		phrasings: ["paiement à {N} jours nous va", "paiement à {N} jours, ça nous va", "paiement {N} jours nous va", "paiement à {N} jours c'est bon", "règlement à {N} jours nous va"],
		examples: [["Paiement à 30 jours nous va très bien.", 30], ["Règlement à 15 jours nous va.", 15]],
		ignores: ["Livraison à 10 jours nous va."],
	},
	{
		lang: "it",
		phrasings: ["pagamento a {N} giorni va bene", "pagamento {N} giorni va bene", "pagamento a {N} giorni ci va bene", "pagamento a {N} giorni è ok"],
		examples: [["Pagamento a 30 giorni va bene per noi.", 30], ["Per noi il pagamento 15 giorni va bene.", 15]],
		ignores: ["Consegna a 10 giorni va bene."],
	},
	{
		lang: "pt",
		phrasings: ["pagamento a {N} dias está ok", "pagamento a {N} dias está bem", "pagamento a {N} dias serve", "pagamento {N} dias está ok", "pagamento em {N} dias está ok", "pagamento em {N} dias está bem"],
		examples: [["Pagamento a 30 dias está bem para nós.", 30], ["O pagamento em 15 dias está ok.", 15]],
		ignores: ["A entrega em 5 dias está ok."],
	},
	{
		lang: "nl",
		phrasings: ["betaling {N} dagen is ok", "betaling {N} dagen is prima", "betaling binnen {N} dagen is prima", "betaling binnen {N} dagen is ok"],
		examples: [["Betaling 14 dagen is prima voor ons.", 14], ["Betaling binnen 30 dagen is prima.", 30]],
		ignores: ["Levering binnen 5 dagen is prima."],
	},
	// The usual terms recalled with their days after a comma ("Payment terms as usual, 30 days"): the days are written,
	// so "as usual" asks nothing.
	{
		lang: "en",
		phrasings: ["payment terms as usual, {N} days", "payment terms as always, {N} days", "payment terms as before, {N} days", "payment terms as agreed, {N} days", "terms as usual, {N} days", "terms as always, {N} days", "terms as agreed, {N} days", "terms as usual: {N} days"],
		examples: [["Please quote our PO. Payment terms as usual, 30 days.", 30], ["Terms as always, 14 days from invoice.", 14]],
		ignores: ["Terms as usual, delivery in 10 days."],
	},
	{
		lang: "de",
		phrasings: ["Zahlungsziel wie immer, {N} Tage", "Zahlungsziel wie gewohnt, {N} Tage", "Zahlungsbedingungen wie immer, {N} Tage", "Zahlungsbedingungen wie gewohnt, {N} Tage"],
		examples: [["Zahlungsziel wie immer, 30 Tage.", 30]],
		ignores: ["Zahlungsziel wie immer, Lieferung in 10 Tagen."],
	},
	// Days counted from receiving the invoice ("O restante eu pago em até 15 dias depois de receber a fatura", "Ich zahle
	// innerhalb von 15 Tagen nach Erhalt der Rechnung"): only the invoice's receipt starts them, so they are the terms of
	// payment — the receipt of goods or of a payment ("depois de receber o pagamento") is no term.
	{
		lang: "en",
		phrasings: ["{N} days after receiving the invoice", "{N} days after receiving your invoice", "{N} days after receipt of the invoice", "{N} days after receipt of your invoice", "{N} days of receipt of the invoice", "{N} days of receipt of your invoice", "{N} days after we receive the invoice", "{N} days after we receive your invoice", "{N} days after getting the invoice", "{N} days after getting your invoice"],
		examples: [["We pay within 30 days after receipt of the invoice.", 30], ["I'll settle it 15 days after receiving your invoice.", 15]],
		ignores: ["We deliver 10 days after receiving the payment."],
	},
	{
		lang: "de",
		phrasings: ["{N} Tagen nach Erhalt der Rechnung", "{N} Tage nach Erhalt der Rechnung", "{N} Tagen nach Rechnungserhalt", "{N} Tage nach Rechnungserhalt", "{N} Tagen nach Eingang der Rechnung", "{N} Tage nach Eingang der Rechnung", "{N} Tagen ab Erhalt der Rechnung", "{N} Tagen ab Rechnungserhalt", "{N} Tagen nach Zugang der Rechnung", "{N} Tagen nach Rechnungszugang"],
		examples: [["Ich zahle innerhalb von 15 Tagen nach Erhalt der Rechnung.", 15], ["Die Zahlung erfolgt binnen 30 Tagen nach Rechnungserhalt.", 30], ["Wir überweisen 20 Tage nach Eingang der Rechnung.", 20], ["Ich zahle innert 10 Tagen nach Erhalt der Rechnung.", 10]],
		ignores: ["Wir liefern 10 Tage nach Erhalt der Zahlung."],
	},
	{
		lang: "es",
		phrasings: ["{N} días después de recibir la factura", "{N} días tras recibir la factura", "{N} días desde la recepción de la factura", "{N} días siguientes a la recepción de la factura", "{N} días desde que reciba la factura", "{N} días desde que recibamos la factura", "{N} días de recibir la factura", "{N} días de recibida la factura"],
		examples: [["Te pago dentro de 15 días después de recibir la factura.", 15], ["Pagamos en un plazo de 30 días desde la recepción de la factura.", 30], ["El pago se hará dentro de los 20 días siguientes a la recepción de la factura.", 20]],
		ignores: ["Entregamos 10 días después de recibir el pago."],
	},
	{
		lang: "fr",
		phrasings: ["{N} jours après réception de la facture", "{N} jours après la réception de la facture", "{N} jours suivant la réception de la facture", "{N} jours suivant réception de la facture", "{N} jours après avoir reçu la facture", "{N} jours à compter de la réception de la facture", "{N} jours à réception de la facture"],
		examples: [["Règlement dans les 30 jours suivant la réception de la facture.", 30], ["Je paie sous 15 jours après réception de la facture.", 15]],
		ignores: ["Livraison 10 jours après réception du paiement."],
	},
	{
		lang: "pt",
		phrasings: ["{N} dias depois de receber a fatura", "{N} dias após receber a fatura", "{N} dias depois de receber a nota", "{N} dias após receber a nota", "{N} dias depois de recebida a fatura", "{N} dias após o recebimento da fatura", "{N} dias do recebimento da fatura", "{N} dias a partir do recebimento da fatura", "{N} dias após a receção da fatura", "{N} dias após a recepção da fatura"],
		examples: [["O restante eu pago em até 15 dias depois de receber a fatura, tá bom?", 15], ["Pago em 10 dias depois de receber a nota.", 10], ["O pagamento será feito em até 30 dias após o recebimento da fatura.", 30]],
		ignores: ["Entrego as fotos em até 15 dias depois de receber o pagamento."],
	},
	{
		lang: "it",
		phrasings: ["{N} giorni dal ricevimento della fattura", "{N} giorni dal ricevimento fattura", "{N} giorni dalla ricezione della fattura", "{N} giorni dopo aver ricevuto la fattura", "{N} giorni da quando ricevo la fattura", "{N} giorni da quando riceviamo la fattura", "{N} giorni da quando la ricevo", "{N} giorni da quando la riceviamo", "{N} giorni dalla data di ricevimento della fattura"],
		examples: [["Pago entro 15 giorni dal ricevimento della fattura.", 15], ["Pagheremo a 20 giorni dal ricevimento fattura.", 20], ["Mi mandi la fattura? La saldo entro 10 giorni da quando la ricevo.", 10]],
		ignores: ["Consegna entro 10 giorni dal ricevimento del pagamento."],
	},
	{
		lang: "nl",
		phrasings: ["{N} dagen na ontvangst van de factuur", "{N} dagen na ontvangst factuur", "{N} dagen na ontvangst van uw factuur", "{N} dagen na het ontvangen van de factuur", "{N} dagen nadat we de factuur ontvangen", "{N} dagen nadat wij de factuur ontvangen", "{N} dagen nadat ik de factuur ontvang", "{N} dagen nadat we de factuur ontvangen hebben"],
		examples: [["Ik betaal binnen 15 dagen na ontvangst van de factuur.", 15], ["We betalen 20 dagen na ontvangst factuur.", 20], ["We maken het over binnen 10 dagen nadat we de factuur ontvangen hebben.", 10]],
		ignores: ["Levering binnen 10 dagen na ontvangst van de betaling."],
	},
];

export const ACCEPTED_TERMS: TermsRow[] = [
	// Terms the customer accepts in passing, the days opening the clause: "…, and 30 days is fine", "30 days as usual is
	// fine" (the usual terms named again), "14 days payment ok" (a note's shorthand, no verb).
	{
		lang: "en",
		opensClause: ["and", "but"],
		phrasings: ["{N} days is fine", "{N} days is ok", "{N} days is okay", "{N} days is good", "{N} days is perfect", "{N} days are fine", "{N} days works", "{N} days suits us", "{N} days payment is fine", "{N} days to pay is fine",
			"{N} days as usual is fine", "{N} days as usual is ok", "{N} days as usual works", "{N} days as always is fine", "{N} days as always is ok", "{N} days as before is fine",
			"{N} days payment ok", "{N} days payment okay", "{N} days payment is ok", "{N} days payment fine"],
		examples: [
			["Please make it out to Klipkoppie Wines (Pty) Ltd, VAT 4000123456, and 30 days is fine.", 30],
			["Payment: 14 days works for us.", 14],
			["Same address as last time. 30 days as usual is fine.", 30],
			["Pls address to Kopi Pte Ltd. 14 days payment ok.", 14],
			["21 days payment is ok.", 21],
		],
		ignores: ["Delivery within 10 days is fine.", "The shoot in 3 days is fine with us.", "Any time in the next 30 days is fine.", "Delivery in 10 days as usual is fine.", "Last time 30 days as usual was fine."],
	},
	{
		lang: "de",
		opensClause: ["und", "aber"],
		phrasings: ["{N} Tage sind ok", "{N} Tage sind okay", "{N} Tage sind in Ordnung", "{N} Tage passen", "{N} Tage passt", "{N} Tage gehen klar", "{N} Tage Zahlungsziel sind ok",
			"{N} Tage wie immer sind ok", "{N} Tage wie immer passen", "{N} Tage wie immer passt", "{N} Tage wie üblich sind ok", "{N} Tage wie üblich passen", "{N} Tage wie üblich passt", "{N} Tage Zahlung ok", "{N} Tage Zahlung passt"],
		examples: [["Rechnung bitte an die Roth GmbH, 30 Tage sind in Ordnung.", 30], ["Gruß an alle. 30 Tage wie immer sind ok.", 30], ["Flyer 500 Stück. 14 Tage wie üblich passt.", 14]],
		ignores: ["Lieferung in 10 Tagen ist in Ordnung.", "Lieferung in 10 Tagen wie immer passt."],
	},
	{
		lang: "es",
		opensClause: ["y", "pero"],
		phrasings: ["{N} días está bien", "{N} días están bien", "{N} días nos va bien", "{N} días nos viene bien", "{N} días de plazo está bien",
			"{N} días como siempre está bien", "{N} días como siempre nos va bien", "{N} días como de costumbre está bien", "{N} días de pago ok", "{N} días de pago está bien"],
		examples: [["Factura a nombre de Casa Olmo, y 30 días está bien.", 30], ["El folleto, 700 €. 30 días como siempre está bien.", 30], ["Carteles 4 x 150 €. 15 días de pago ok.", 15]],
		ignores: ["La entrega en 10 días está bien.", "La entrega en 10 días como siempre está bien."],
	},
	{
		lang: "fr",
		opensClause: ["et", "mais"],
		phrasings: ["{N} jours c'est bien", "{N} jours c’est bien", "{N} jours c'est parfait", "{N} jours c’est parfait", "{N} jours ça nous va", "{N} jours nous convient", "{N} jours c'est ok", "{N} jours c’est ok",
			"{N} jours comme d'habitude c'est bien", "{N} jours comme d’habitude c’est bien", "{N} jours comme d'habitude ça nous va", "{N} jours comme d’habitude ça nous va", "{N} jours comme toujours c'est bien", "{N} jours comme toujours ça nous va"],
		examples: [["Au nom de Cave Martin SARL, et 30 jours c'est parfait.", 30], ["Les affiches, 600 €. 30 jours comme d'habitude c'est bien.", 30], ["Logo 850 €. 45 jours comme d’habitude ça nous va.", 45]],
		ignores: ["Livrer dans 10 jours c'est parfait.", "La livraison sous 5 jours comme d'habitude c'est bien."],
	},
	{
		lang: "pt",
		opensClause: ["e", "mas"],
		phrasings: ["{N} dias está bom", "{N} dias está ótimo", "{N} dias serve", "{N} dias tudo bem", "{N} dias está ok",
			"{N} dias como sempre está bom", "{N} dias como sempre está ok", "{N} dias como de costume está bom", "{N} dias de pagamento ok", "{N} dias de pagamento está bom", "{N} dias pagamento ok"],
		examples: [["Em nome da Quinta do Vale, Lda., e 30 dias está bom.", 30], ["O cardápio, 900 €. 30 dias como sempre está bom.", 30], ["3 rótulos a 200 € cada. 28 dias de pagamento ok.", 28]],
		ignores: ["Entrega em 5 dias está bom.", "Entrega em 5 dias como sempre está bom."],
	},
	{
		lang: "it",
		opensClause: ["e", "ma"],
		phrasings: ["{N} giorni va bene", "{N} giorni vanno bene", "{N} giorni ok",
			"{N} giorni come sempre vanno bene", "{N} giorni come sempre va bene", "{N} giorni come al solito vanno bene", "{N} giorni come al solito va bene", "{N} giorni di pagamento ok", "{N} giorni pagamento ok"],
		examples: [["Intestata a Ferri Ottica S.r.l., e 30 giorni vanno bene.", 30], ["Le foto, 350 €. 30 giorni come sempre vanno bene.", 30], ["Il sito: 1.500 €. 60 giorni come al solito va bene.", 60]],
		ignores: ["Consegna entro 10 giorni va bene.", "La consegna in 10 giorni come sempre va bene."],
	},
	{
		lang: "nl",
		opensClause: ["en", "maar"],
		phrasings: ["{N} dagen is prima", "{N} dagen is goed", "{N} dagen is oké", "{N} dagen is ok",
			"{N} dagen zoals altijd is prima", "{N} dagen zoals altijd is goed", "{N} dagen zoals gewoonlijk is prima", "{N} dagen betaling is ok", "{N} dagen betaling is prima", "{N} dagen betaling ok"],
		examples: [["Op naam van Bakker BV, en 30 dagen is prima.", 30], ["De flyers, 250 €. 30 dagen zoals altijd is prima.", 30], ["De menukaart: 400 €. 14 dagen betaling is ok.", 14]],
		ignores: ["Levering binnen 10 dagen is prima.", "Levering binnen 10 dagen zoals altijd is prima."],
	},
];

export interface WeekTermsRow {
	lang: string;
	/** The numbers written as words before "weeks" ("a week", "zwei Wochen"), with their values. */
	numbers: Record<string, number>;
	/** The words for a week, singular and plural. */
	units: string[];
	/** Words right before the number of weeks. */
	phrasings: string[];
	examples: [text: string, days: number][];
	ignores: string[];
}

/** Payment terms counted in weeks ("payable within a week", "zahlbar innerhalb von zwei Wochen", "règlement sous deux
 * semaines"): seven days a week, as Odoo's terms count them. Each phrase speaks of payment, so "delivery within a week"
 * or "the files are due in a week" is no term; the examples run as tests (tests/connectors/gmail/payment-terms.test.ts). */
export const WEEK_TERMS: WeekTermsRow[] = [
	{
		lang: "en",
		numbers: { a: 1, one: 1, two: 2, three: 3, four: 4 },
		units: ["week", "weeks"],
		phrasings: ["payable within", "payable in", "pay within", "pay it within", "payment within", "paid within", "terms of", "payment terms of", "terms are", "terms as", "settle within", "settled within", "we pay within", "we will pay within", "we'll pay within", "i will pay within", "i'll pay within", "terms:", "payment:", "pay in", "we pay in", "we will pay in", "we'll pay in"],
		examples: [
			["The invoice is payable within a week, as agreed.", 7],
			["We'll pay within two weeks of receiving it.", 14],
			["Our payment terms are 2 weeks.", 14],
			["Terms: 2 weeks.", 14],
			["We pay in 3 weeks, as always.", 21],
		],
		ignores: ["Delivery within a week would be great.", "We need the files within two weeks.", "The next batch is due in a week."],
	},
	{
		lang: "de",
		numbers: { eine: 1, einer: 1, zwei: 2, drei: 3, vier: 4 },
		units: ["Woche", "Wochen"],
		phrasings: ["zahlbar innerhalb von", "zahlbar innerhalb", "zahlbar binnen", "zahlbar innert", "zahlbar in", "Zahlungsziel", "Zahlungsziel von", "Zahlungsfrist von", "Zahlung innerhalb von", "Zahlung binnen", "zahlen innerhalb von", "zahlen wir innerhalb von", "überweisen innerhalb von"],
		examples: [["Zahlbar innerhalb von zwei Wochen, wie immer.", 14], ["Zahlungsziel 1 Woche bitte.", 7]],
		ignores: ["Lieferung innerhalb von zwei Wochen."],
	},
	{
		lang: "es",
		numbers: { una: 1, dos: 2, tres: 3, cuatro: 4 },
		units: ["semana", "semanas"],
		phrasings: ["pago a", "pago en", "pagar en", "pagamos en", "pagaremos en", "plazo de pago de", "pagadero en", "a pagar en"],
		examples: [["Pago a dos semanas, por favor.", 14]],
		ignores: ["Entrega en dos semanas."],
	},
	{
		lang: "fr",
		numbers: { une: 1, deux: 2, trois: 3, quatre: 4 },
		units: ["semaine", "semaines"],
		phrasings: ["paiement sous", "règlement sous", "payable sous", "paiement à", "règlement à", "payable dans", "paiement dans", "payée sous", "réglée sous", "délai de paiement de"],
		examples: [["Règlement sous deux semaines, merci.", 14]],
		ignores: ["Livraison sous deux semaines."],
	},
	{
		lang: "pt",
		numbers: { uma: 1, duas: 2, três: 3, quatro: 4 },
		units: ["semana", "semanas"],
		phrasings: ["pagamento em", "pagamento a", "pagar em", "pagamos em", "prazo de pagamento de", "vencimento em"],
		examples: [["Pagamento em duas semanas, ok?", 14]],
		ignores: ["Entrega em duas semanas."],
	},
	{
		lang: "it",
		numbers: { una: 1, due: 2, tre: 3, quattro: 4 },
		units: ["settimana", "settimane"],
		phrasings: ["pagamento entro", "pagamento a", "pagare entro", "paghiamo entro", "saldare entro", "da saldare entro"],
		examples: [["Pagamento entro due settimane, grazie.", 14]],
		ignores: ["Consegna entro due settimane."],
	},
	{
		lang: "nl",
		numbers: { een: 1, "één": 1, twee: 2, drie: 3, vier: 4 },
		units: ["week", "weken"],
		phrasings: ["betaling binnen", "betalen binnen", "betalen we binnen", "betaaltermijn van", "betalingstermijn van", "te betalen binnen"],
		examples: [["Betaling binnen twee weken graag.", 14]],
		ignores: ["Levering binnen twee weken."],
	},
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
/** How the customer pays, as written between the word for payment and its days ("Zahlung wie immer per Überweisung
 * innerhalb von 14 Tagen", "payment as always by bank transfer within 30 days"): it may stand in a "{W}" besides the
 * three words, so the days are still the terms. Only ways of paying: "Zahlung für das Shooting innerhalb …" stays
 * unread. */
export const PAYMENT_MEANS = [
	"by bank transfer", "by transfer", "by wire transfer", "by wire", "via bank transfer", "via transfer",
	"per Überweisung", "per Banküberweisung", "via Überweisung", "mittels Überweisung", "per Bank",
	"por transferencia bancaria", "por transferencia", "mediante transferencia", "vía transferencia",
	"par virement bancaire", "par virement",
	"por transferência bancária", "por transferência", "via transferência", "por Pix", "via Pix",
	"tramite bonifico bancario", "tramite bonifico", "con bonifico bancario", "con bonifico", "via bonifico", "mediante bonifico",
	"per overschrijving", "via overschrijving", "per overboeking", "via overboeking", "per bank",
];
/** "{W}" in a phrasing: up to three words between its parts ("Payment we do always within 30 days"), and how the
 * customer pays before or after them (PAYMENT_MEANS). Each part is bounded, so the gap stays linear. */
const MEANS = String.raw`(?:(?:${[...PAYMENT_MEANS].sort((a, b) => b.length - a.length).map(escape).join("|")}),?\s+)?`;
const GAP = String.raw`${MEANS}(?:[\p{L}'’]+\s+){0,3}${MEANS}`;
// A label's colon may follow its word at once or after a space ("Paiement: 30 jours", "Paiement : 30 jours").
const phrase = (s: string) => escape(s).replace(/\\\{W\\\}/g, GAP).replace(/\\s\+:/g, String.raw`\s*:`);
/** Where a clause opens: the text's start, a line, a punctuation mark, or one of the row's joining words. */
// The look-ahead first: the look-behind reads back over blanks, and tried at every blank of a long run it was quadratic
// (no phrasing opens with a blank, which the examples' test checks).
const clause = (joins: string[]) => String.raw`(?=\S)(?<=(?:^|\n|[,;:.!?(–—]|(?<![\p{L}])(?:${joins.join("|")}))[ \t]*)`;
const COMPILED = [...PAYMENT_TERMS, ...ACCEPTED_TERMS].flatMap((r) => r.phrasings.map((p) => {
	const [a, b] = p.split("{N}");
	// "Deliverables were due in 10 days": a time already past is no term for this invoice.
	return new RegExp(String.raw`${r.opensClause ? clause(r.opensClause) : ""}(?<![\p{L}\p{N}])(?<!(?:was|were|been)[ \t]{1,3})${phrase(a!)}(\d{1,3})${phrase(b ?? "")}(?![\p{L}])`, "iu");
}));

/** Each row of weeks as one pattern: its phrasings, the number (digits or a word), and the word for weeks. */
const WEEKS_COMPILED = WEEK_TERMS.map((r) => ({
	numbers: new Map(Object.entries(r.numbers).map(([w, n]) => [w.toLowerCase(), n])),
	re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${[...r.phrasings].sort((a, b) => b.length - a.length).map(phrase).join("|")})\s+(\d{1,2}|${Object.keys(r.numbers).map(escape).join("|")})\s+(?:${r.units.map(escape).join("|")})(?![\p{L}])`, "giu"),
}));

/** Every count of weeks written as payment terms, as days, with where each is written. */
function weekTerms(text: string): { at: number; days: number }[] {
	const out: { at: number; days: number }[] = [];
	for (const { numbers, re } of WEEKS_COMPILED) {
		re.lastIndex = 0;
		for (const m of text.matchAll(re)) {
			const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : numbers.get(m[1]!.toLowerCase()) ?? 0;
			if (n > 0) out.push({ at: m.index, days: n * 7 });
		}
	}
	return out;
}

/** The days of the payment terms written in the text (the first such phrase), or null. */
export function termsDays(text: string): number | null {
	let best: { at: number; days: number } | null = null;
	for (const re of COMPILED) {
		const m = re.exec(text);
		if (m && (best === null || m.index < best.at)) best = { at: m.index, days: Number(m[1]) };
	}
	for (const w of weekTerms(text)) if (best === null || w.at < best.at) best = w;
	return best && best.days > 0 ? best.days : null;
}

/** "2 % Skonto bei Zahlung in 7 Tagen", "2% discount if paid within 10 days": an early-payment discount's days are part of
 * the terms, not other terms. */
const DISCOUNT = /(?<![\p{L}])(?:skonto|discount|descuento|pronto pago|escompte|remise|sconto|desconto|korting|betalingskorting)(?![\p{L}])/iu;
function discountClause(text: string, start: number, end: number): boolean {
	const from = Math.max(...[",", ";", ".", "\n"].map((c) => text.lastIndexOf(c, start - 1))) + 1;
	const stop = /[,;.\n]|$/.exec(text.slice(end))!.index + end;
	return DISCOUNT.test(text.slice(from, stop));
}

/** Words that name payment or its terms, by language: a sentence with one of them and a count of days or weeks, from
 * which no terms (and no due date) could be read, holds terms the reader does not know how to read ("you can put
 * payment terms as 7 days" before that was known). The draft would leave them out, so they are asked about. Not a
 * payment made or a deposit. The examples run as tests (tests/connectors/gmail/payment-terms.test.ts). */
export const TERMS_HINTS: { lang: string; words: string[]; asks: string[]; ignores: string[] }[] = [
	{ lang: "en", words: ["payment", "pay", "payable", "terms", "term"], asks: ["For the payment, let's keep 10 days like the last project.", "Put the terms down at 3 weeks, please."], ignores: ["We paid within 14 days last time.", "The shoot took 3 days.", "Payment by bank transfer; delivery in 5 days.", "The payment for the 3 days of shooting is below."] },
	{ lang: "de", words: ["Zahlung", "zahlen", "zahlbar", "Zahlungsziel", "Zahlungsfrist", "Zahlungsbedingungen"], asks: ["Bei der Zahlung bleiben wir bei den üblichen 10 Tagen."], ignores: ["Wir haben die Anzahlung vor 10 Tagen überwiesen."] },
	{ lang: "es", words: ["pago", "pagar", "pagamos", "plazo de pago", "condiciones de pago"], asks: ["Para el pago mantenemos los 10 días de siempre."], ignores: ["El rodaje duró 3 días."] },
	{ lang: "fr", words: ["paiement", "payer", "règlement", "régler", "délai de paiement"], asks: ["Pour le paiement, on garde les 10 jours habituels."], ignores: ["Le tournage a duré 3 jours."] },
	{ lang: "pt", words: ["pagamento", "pagar", "prazo de pagamento"], asks: ["Para o pagamento mantemos os 10 dias de sempre."], ignores: ["A sessão durou 3 dias."] },
	{ lang: "it", words: ["pagamento", "pagare", "termini di pagamento"], asks: ["Per il pagamento teniamo i soliti 10 giorni."], ignores: ["Le riprese sono durate 3 giorni."] },
	{ lang: "nl", words: ["betaling", "betalen", "betaaltermijn", "betalingstermijn"], asks: ["Voor de betaling houden we de gebruikelijke 10 dagen aan."], ignores: ["De shoot duurde 3 dagen."] },
];
/** A payment made or a deposit: its days are no terms. */
const NOT_TERMS = /(?<![\p{L}])(?:paid|bezahlt|überwiesen|pagado|pagamos|payé|réglé|pagou|pagato|betaald|overgemaakt|deposit|anzahlung|anticipo|acompte|sinal|aanbetaling)(?![\p{L}])/iu;
const DAY_UNITS = ["days", "day", "Tage", "Tagen", "Tag", "días", "día", "jours", "jour", "dias", "dia", "giorni", "gg", "dagen", "dag", ...WEEK_TERMS.flatMap((r) => r.units)];
let hintsCompiled: { words: RegExp; count: RegExp } | null = null;

/** The first sentence that names payment or its terms and writes a count of days or weeks (no payment made, no
 * deposit, no count after "for": "the payment for the 3 days of shooting"), among those `sentencesOf` gives, or null.
 * The caller leaves out the sentences that hold an amount: their days are what is invoiced. */
export function termsHintSentence(text: string, sentencesOf: (text: string) => string[]): string | null {
	hintsCompiled ??= {
		words: new RegExp(String.raw`(?<![\p{L}])(?:${[...new Set(TERMS_HINTS.flatMap((r) => r.words))].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\p{L}])`, "iu"),
		count: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\d{1,3}|${[...new Set(WEEK_TERMS.flatMap((r) => Object.keys(r.numbers)))].filter((w) => w.length > 1).map(escape).join("|")})[ \t-]+(?:${[...new Set(DAY_UNITS)].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\p{L}])`, "iu"),
	};
	const { words, count } = hintsCompiled;
	if (!words.test(text) || !count.test(text)) return null;
	const forBefore = (s: string) => {
		const at = count.exec(s)?.index ?? 0;
		return /(?<![\p{L}])(?:for|für|pour|por|para|per|voor|pelos|pelas)(?:[ \t]+\p{L}+)?[ \t]+$/iu.test(s.slice(0, at));
	};
	// (A semicolon parts two clauses: "Payment by bank transfer; delivery in 5 days.")
	return sentencesOf(text).find((s) => s.split(";").some((c) => words.test(c) && count.test(c)) && !NOT_TERMS.test(s) && !forBefore(s)) ?? null;
}

let compiledAll: RegExp[] | null = null;

/** Every number of days the text writes as payment terms, in order, each once ("net 30 … actually make it 14 days"
 * gives [30, 14]): two different ones leave the terms a question. */
export function allTermsDays(text: string): number[] {
	compiledAll ??= COMPILED.map((re) => new RegExp(re.source, "giu"));
	const found: { at: number; days: number }[] = [];
	for (const re of compiledAll) for (const m of text.matchAll(re)) if (Number(m[1]) > 0 && !discountClause(text, m.index, m.index + m[0].length)) found.push({ at: m.index, days: Number(m[1]) });
	found.push(...weekTerms(text));
	return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.days))];
}

export interface ImmediateRow {
	lang: string;
	/** Words that ask for payment when the invoice arrives (Odoo's "Immediate Payment"). */
	phrases: string[];
	examples: string[];
	/** Texts with such words that set no terms. */
	ignores: string[];
}

/** Payment when the invoice arrives, beyond "due on receipt": "règlement par virement à réception de facture", "zahlbar
 * sofort nach Rechnungserhalt", "pago contra factura". Each phrase names the invoice or the payment, so "à réception du
 * colis" or "on receipt of the files" is no term. */
export const IMMEDIATE_TERMS: ImmediateRow[] = [
	{
		lang: "en",
		phrases: ["on receipt of invoice", "on receipt of the invoice", "upon receipt of invoice", "upon receipt of the invoice", "payable immediately", "pay immediately", "payment immediately", "payment on receipt", "payment upon receipt", "due immediately", "cash on invoice"],
		examples: ["We pay by bank transfer on receipt of the invoice.", "Payment on receipt, as always.", "It's payable immediately."],
		ignores: ["We pay on receipt of the files.", "Please confirm on receipt.", "Payment within 30 days upon receipt of the invoice."],
	},
	{
		lang: "de",
		phrases: ["sofort nach Rechnungserhalt", "sofort nach Rechnungseingang", "bei Rechnungserhalt", "nach Erhalt der Rechnung sofort", "sofort fällig", "sofort ohne Abzug", "zahlbar bei Erhalt"],
		examples: ["Zahlung sofort nach Rechnungserhalt.", "Der Betrag ist sofort fällig.", "Zahlbar bei Erhalt, danke."],
		ignores: ["Bitte sofort nach Erhalt der Fotos melden."],
	},
	{
		lang: "fr",
		phrases: ["à réception de facture", "à réception de la facture", "dès réception de facture", "dès réception de la facture", "règlement à réception", "paiement comptant", "payable comptant", "règlement comptant"],
		examples: ["Règlement par virement à réception de facture.", "Paiement dès réception de la facture.", "Règlement comptant, merci."],
		ignores: ["Merci de confirmer à réception du colis.", "Règlement à 30 jours à réception de facture, par virement.", "Paiement à 45 jours dès réception de la facture."],
	},
	{
		lang: "es",
		phrases: ["a la recepción de la factura", "al recibir la factura", "contra factura", "pago de contado", "pago al contado", "al contado"],
		examples: ["Pagamos al recibir la factura.", "Pago contra factura, por transferencia.", "Pago de contado."],
		ignores: ["Avísame al recibir las fotos."],
	},
	{
		lang: "pt",
		phrases: ["no recebimento da fatura", "ao receber a fatura", "contra apresentação da fatura", "contra entrega da fatura", "pagamento imediato"],
		examples: ["Pagamos no recebimento da fatura.", "Pagamento imediato por PIX."],
		ignores: ["Avise ao receber as fotos."],
	},
	{
		lang: "it",
		phrases: ["al ricevimento della fattura", "a ricevimento fattura", "a vista fattura", "rimessa diretta", "pagamento a vista"],
		examples: ["Pagamento a vista fattura.", "Bonifico al ricevimento della fattura.", "Rimessa diretta, grazie."],
		ignores: ["Fammi sapere al ricevimento del pacco.", "Pagamento a 60 giorni al ricevimento della fattura."],
	},
	{
		lang: "nl",
		phrases: ["bij ontvangst van de factuur", "na ontvangst van de factuur direct", "per omgaande", "direct betalen", "contante betaling"],
		examples: ["We betalen per omgaande.", "Betaling bij ontvangst van de factuur."],
		ignores: ["Laat het weten bij ontvangst van de bestanden."],
	},
	// "Sur réception" as Québec writes it, and the reader's own invoice named ("dès réception de votre facture").
	{
		lang: "fr",
		phrases: ["sur réception de la facture", "sur réception de facture", "sur réception de votre facture", "sur réception de ta facture", "dès réception de votre facture", "à réception de votre facture", "dès réception de ta facture"],
		examples: ["Nous payons sur réception de la facture.", "On paie dès réception de ta facture, comme d'habitude.", "Paiement par virement Interac sur réception de facture."],
		ignores: ["Merci de confirmer sur réception du colis.", "Nous payons à 30 jours sur réception de la facture."],
	},
];

let immediateCompiled: RegExp | null = null;

/** Whether the text asks for payment when the invoice arrives. */
export function immediatePayment(text: string): boolean {
	immediateCompiled ??= new RegExp(String.raw`(?<![\p{L}])(?:${[...new Set(IMMEDIATE_TERMS.flatMap((r) => r.phrases))].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\p{L}])`, "giu");
	immediateCompiled.lastIndex = 0;
	// "Règlement à 30 jours à réception de facture", "30 days upon receipt of invoice": the receipt starts the count of
	// days, it does not make the invoice payable at once.
	return [...text.matchAll(immediateCompiled)].some((m) => !COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)));
}

/** A count of days right before the words, maybe with "net", "fin de mois" or a comma between. */
// ("20 días siguientes a la recepción de la factura", "30 jours suivant la réception": the days after the receipt.)
const COUNT_BEFORE = /\d{1,3}[ \t]*(?:jours|days|Tage|Tagen|días|dias|giorni|gg\.?|dagen)(?:[ \t,]+(?:net|netto|nets?|fin de mois|end of month|siguientes|suivant|suivants|seguintes|successivi))?[ \t,]*$/iu;
