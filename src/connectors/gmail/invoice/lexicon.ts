// The words the extractor reads in English, German, Spanish, French, Portuguese, Italian and Dutch: units, per-unit
// markers, number words, articles, month names, and the words for totals, deposits, due dates and terms.
// A new language or spelling is a new entry here, not a new pattern elsewhere.

const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

/** Units of time or count written after a quantity ("12 hours", "3 Tage", "250 stuks"); shown as "(unit)" on the line. */
export const UNIT_WORDS = [
	// en
	"hours", "hour", "hrs", "hr", "h", "days", "day", "half-days", "half days", "weeks", "week", "months", "month", "seats", "seat", "licenses", "licences", "license", "licence", "users", "user", "nights", "night", "words", "pages", "units", "pieces", "pcs",
	// de
	"Stunden", "Stunde", "Std.", "Std", "Tage", "Tag", "Halbtage", "Personentage", "Wochen", "Monate", "Monat", "Stück", "Stk.", "Wörter", "Seiten", "Lizenzen", "Plätze",
	// es / pt
	"horas", "hora", "días", "día", "dias", "dia", "jornadas", "semanas", "meses", "mes", "unidades", "palabras", "páginas", "licencias", "plazas", "palavras", "diárias", "licenças",
	// fr
	"heures", "heure", "jours", "jour", "journées", "journée", "demi-journées", "semaines", "mois", "pièces", "mots", "licences", "unités",
	// it
	"ore", "giorni", "giornate", "settimane", "mesi", "pezzi", "parole", "pagine", "licenze", "posti",
	// nl
	"uur", "uren", "dagen", "dag", "dagdelen", "weken", "maanden", "stuks", "stuk", "woorden", "licenties", "plaatsen",
	// copies of a printed thing: how many, never the thing itself ("Druck von 500 Exemplaren" is the printing)
	"copies", "Exemplare", "Exemplaren", "exemplaires", "ejemplares", "copias", "exemplares", "cópias", "copie", "esemplari", "exemplaren",
	// pieces and copies written short ("500 nos. @ ₹ 36", "5 No. at KES 4,500 each", "2 000 ex. à 0,18 €", "300 uds. a 2 €", "50 pz. a 3 €", "20 Expl. à 4 €")
	"nos.", "no.", "ex.", "Ex.", "expl.", "Expl.", "uds.", "ud.", "unid.", "pz.", "pzs.", "pzas.", "pcs.", "pc.",
	// sets of a thing: how many, never the thing itself ("the prints, which came to 3 sets at £20 each")
	"sets",
	// measures, in every language that writes them so
	"kg", "kilos", "kilograms", "kilogrammes", "Kilo", "km", "m²", "m2", "sqm", "sq ft", "litres", "liters", "Liter", "litros", "litri", "tonnes", "tons",
	// nights, as "nights" is in English: how many, never the thing ("las fotos del evento: fueron 2 noches a USD 150")
	"noches", "noche", "Nächte", "Nacht", "nuits", "nuit", "notti", "notte", "nachten", "nacht", "noites", "noite",
];
export const UNIT = alt(UNIT_WORDS);
/** Measures of a thing's length, duration, size or volume ("a film of 90 seconds", "prints 20×30 cm"): a number before
 * one of them is how long or big the thing is, never how many are billed, unless the price is per that measure
 * ("90 minutes at $2 per minute"). */
export const MEASURE_WORDS = [
	// en
	"seconds", "second", "secs", "sec", "minutes", "minute", "mins", "min", "inches", "inch", "in", "feet", "ft", "metres", "meters", "metre", "meter", "mm", "cm", "m", "ml", "cl", "l", "gb", "mb", "tb", "px", "pixels", "pt", "dpi", "gsm", "years", "year", "yrs",
	// de
	"Sekunden", "Sekunde", "Sek.", "Minuten", "Minute", "Zoll", "Jahre", "Jahren",
	// es / pt
	"segundos", "segundo", "minutos", "minuto", "pulgadas", "metros", "años", "anos",
	// fr
	"secondes", "seconde", "pouces", "mètres", "ans", "années",
	// it
	"secondi", "minuti", "pollici", "metri", "anni",
	// nl
	"seconden", "minuten", "duim", "jaar", "jaren",
];
/** A description that is only a measure ("Seconden", "Cm"). */
export const MEASURE_ONLY = new RegExp(String.raw`^(?:${alt(MEASURE_WORDS)})$`, "iu");

/** Abbreviations shown in full on the line. */
export const UNIT_SHOWN: Record<string, string> = { h: "hours", hr: "hours", hrs: "hours", "std.": "Stunden", std: "Stunden", "stk.": "Stück", pcs: "pieces" };
// Short forms of pieces and copies, shown written out.
Object.assign(UNIT_SHOWN, { "nos.": "pieces", "no.": "pieces", "ex.": "exemplaires", "expl.": "Exemplare", "uds.": "unidades", "ud.": "unidades", "unid.": "unidades", "pz.": "pezzi", "pzs.": "piezas", "pzas.": "piezas" });

/** Written after a price: it is per unit ("each", "pièce", "per hour", "/h", "la hora", "pro Stück", "l'ora", "per uur"); the
 * Italian "per il/la/l'…" and the Spanish "por el/la…" are "for the …", never per unit. The Italian "cad." (cadauno)
 * only after a euro amount: after a dollar it is the Canadian code ("$150 CAD"). */
export const PER_UNIT = String.raw`each|apiece|pièce(?![\p{L}])|(?:die|der|das|den|el|le|il|het)\s+(?:Stunde|Stück|Tag|hora|heure|ora|uur|stuk|dag|día|jour|giorno)|a\s+[\p{L}]+|a piece|ea\.|per\s+(?!(?:il|lo|la|i|gli|le|un|uno|una)\s|l['’]|un['’])[\p{L}'’-]+|\/\s?[\p{L}]+|an?\s+(?:hour|day|month|week|piece|page|word|seat|unit|night)|pro\s+[\p{L}]+|je\s+[\p{L}]+|la\s+[\p{L}]+|l['’][\p{L}]+|de\s+l['’][\p{L}]+|par\s+[\p{L}]+|por\s+(?!(?:el|la|los|las|un|una|unos|unas|o|a|os|as|um|uma)\s)[\p{L}]+|cada(?:\s+(?:uno|una|um|uma))?|c\/u\.?|ciascun[oa]|cadaun[oa]|(?<=(?:€|EUR)[ \t\u00a0]*|(?:€|EUR)[ \t\u00a0]?\d[\d.,'’ \u00a0\u202f]*)cad(?:\.|(?![\p{L}]))|chacun(?:e)?|al\s+[\p{L}]+|all['’][\p{L}]+`;

/** Between a quantity and its unit price ("at", "@", "à", "a", "zu je", "tegen"). */
export const AT = String.raw`at|@|à|zu\s+je|zu|je|a|por|tegen|van|per`;

/** Number words for small quantities ("two training days", "drei Tage"). */
export const NUMBER_WORDS: Record<string, number> = {
	one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20,
	zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12,
	dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12,
	deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12,
	dois: 2, duas: 2, "três": 3, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10,
	due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, dieci: 10, dodici: 12,
	twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7, tien: 10, twaalf: 12,
};
/** A count as written: "12", "7.5", "1,5", "12,000", "4 500" (thousands grouped with a space), or a number word. */
export const QTY = String.raw`\d{1,3}(?:[ \u202f]\d{3})+(?![\d.,])|\d{1,3}(?:['’]\d{3})+(?![\d.,])|\d+(?:[.,]\d+)?|${alt(Object.keys(NUMBER_WORDS))}`;

/** Articles and possessives that start a description and are dropped from it. */
export const ARTICLE_WORDS = [
	"the", "our", "my", "your", "this", "that", "these", "those", "a", "an", "last week's", "last month's", "this month's",
	"die", "der", "das", "den", "dem", "des", "eine", "einen", "ein", "unsere", "unseren", "unser", "meine", "meinen", "mein", "deine", "Ihre",
	"le", "la", "les", "l'", "l’", "un", "une", "nos", "notre", "mes", "mon", "ma", "ton", "ta", "tes", "du", "des",
	"el", "los", "las", "una", "nuestro", "nuestra", "nuestros", "nuestras", "mi", "mis", "tu", "tus",
	"o", "os", "as", "um", "uma", "nosso", "nossa", "nossos", "nossas", "do", "da", "dos", "das",
	"il", "lo", "i", "gli", "uno", "nostro", "nostra", "nostri", "nostre", "del", "della", "dello", "dei", "delle",
	"het", "de", "een", "ons", "onze", "mijn", "jouw", "uw",
];
export const ARTICLE = alt(ARTICLE_WORDS);

/** What introduces the thing being invoiced ("for the logo", "über die Beratung", "pour la traduction"). */
export const TOPIC_WORDS = [
	"for", "für", "über", "pour", "por", "para", "per", "voor", "referente à", "referente ao", "referente a", "geht um", "gaat om", "se trata de", "il s'agit de", "si tratta di", "trata-se de", "correspondiente al", "correspondiente a", "relative à", "relative au", "relatif à", "relatif au", "relative aux", "correspondant à", "relativa a", "relativa à", "relativa às", "relativo a", "relativo ao", "relativo aos", "relativa al", "relativa alla", "relativa allo", "relativa ai", "relativa alle", "relativo al", "relativo alla", "relativo allo", "relativo ai", "relativi al", "relativi alla", "relative alla", "riguardante il", "riguardante la", "inerente a", "inerente al", "inerente alla", "betreffend", "inzake",
	"de", "del", "dos", "das", "do", "da", "di", "van", "du", "des", "della", "delle", "dei", "degli", "dello", "dell'", "fürs", "vom",
	// Portuguese "por" with its article ("Pela edição do vídeo combinamos R$ 800,00").
	"pela", "pelo", "pelas", "pelos",
];

/** Words that make an amount a total, a deposit already paid, or the balance after it. */
export const TOTAL_WORDS = [
	"grand total", "in total", "total", "sum", "altogether", "all up", "all in", "in all",
	"insgesamt", "gesamt", "Gesamtbetrag", "Summe", "Gesamtsumme", "Gesamtpreis", "Endbetrag", "Endsumme", "zusammen", "alles zusammen",
	"montant total", "total général", "prix total", "en tout", "au total", "soit",
	"en total", "importe total", "precio total", "en todo", "o sea",
	"totale", "in totale", "in tutto", "importo complessivo", "prezzo totale", "complessivamente", "ossia", "cioè",
	"totaal", "in totaal", "totaalbedrag", "totaalprijs", "samen", "bij elkaar", "oftewel",
	"total geral", "no total", "valor total", "ao todo", "ou seja",
	// A subtotal or an amount due names the lines' sum just as well (a tax or a deposit after it is asked or shown apart).
	"subtotal", "sub-total", "sub total", "total due", "amount due", "total amount", "total to pay", "Zwischensumme", "Rechnungsbetrag", "Gesamtbetrag netto", "sous-total", "total à payer", "montant dû", "total a pagar", "importe a pagar", "subtotale", "importo totale", "totale da pagare", "subtotaal", "totaal te betalen", "valor a pagar",
	// The amount to be charged or invoiced ("Valor a cobrar: $750.000", "Total a facturar: 1.200 €") is the total too.
	"valor a cobrar", "monto a cobrar", "importe a cobrar", "total a cobrar", "valor a facturar", "monto a facturar", "importe a facturar", "total a facturar", "monto total",
	// "so together 12 500 Kč", "ensemble 900 €", "todo junto 300 €": the lines summed up, in the words of the sum.
	"so together", "all together", "together that's", "together that makes", "together it's", "ensemble", "soit ensemble", "au global", "al todo", "todo junto", "en conjunto", "tutto insieme", "alles samen", "tudo junto",
];
/** A summing phrase the sentence's own small word leads ("so together", "dus in totaal", "donc ensemble", "also
 * insgesamt"): read as a "line" it would name the sum, never a thing, so a line named only so is no line. */
export const SUM_LEAD_WORDS = ["so", "also", "and", "that's", "that is", "which is", "which makes", "thus", "dus", "donc", "soit", "et", "quindi", "e", "então", "entonces", "o sea", "y", "und", "dann", "en", "alles", "tutto", "tudo", "todo"];
export const SUM_WORDS = ["together", "ensemble", "insieme", "juntos", "junto", "samen", "zusammen"];
/** Written after an amount, they make it the total ("$240 all up", "240 € en tout", "R$ 240 ao todo"). */
export const TOTAL_AFTER_WORDS = ["in total", "total", "together", "all together", "ensemble", "al todo", "tutto insieme", "todo junto", "tudo junto", "all up", "all in", "altogether", "in all", "insgesamt", "zusammen", "en total", "en todo", "au total", "en tout", "in totale", "in tutto", "in totaal", "samen", "bij elkaar", "no total", "ao todo", "no total geral"];
export const DEPOSIT_WORDS = ["deposit", "down payment", "downpayment", "down-payment", "part payment", "part-payment", "advance payment", "upfront payment", "up-front payment", "Anzahlung", "Vorauszahlung", "Vorschuss", "anticipo", "adelanto", "seña", "señal", "pago anticipado", "acompte", "arrhes", "aanbetaling", "voorschot", "vooruitbetaling", "sinal", "adiantamento", "pagamento antecipado", "acconto", "caparra"];
/** Words after an amount that make it a deposit ("$500 upfront", "500 € haben wir angezahlt", "500 € d'avance"). */
export const DEPOSIT_AFTER_WORDS = ["upfront", "up front", "up-front", "in advance", "angezahlt", "anbezahlt", "im Voraus", "vorab", "por adelantado", "por anticipado", "d'avance", "à l'avance", "adiantado", "adiantados", "antecipado", "in anticipo", "aanbetaald", "vooruitbetaald", "vooraf"];
export const PAID_WORDS = ["paid", "already", "received", "settled", "bezahlt", "gezahlt", "überwiesen", "erhalten", "bekommen", "bereits", "angezahlt", "anbezahlt", "pagado", "pagamos", "abonado", "ya", "payé", "versé", "reçu", "déjà", "pago", "pagou", "pagamos", "já", "adiantado", "adiantados", "pagato", "versato", "già", "betaald", "voldaan", "aanbetaald", "overgemaakt"];
export const BALANCE_WORDS = ["balance", "remaining", "remainder", "the rest", "Restbetrag", "Rest", "saldo", "solde", "restant", "resto", "restante", "restbedrag"];
/** Words that say the sum is the writer's own adding up ("which by my maths comes to £825", "nach meiner Rechnung"): they
 * give a restated sum no name of its own. */
export const OWN_RECKONING_WORDS = [
	"by my maths", "by my math", "by my count", "by my calculations", "by my calculation", "by my reckoning", "if I've added it up right", "if I've added up right",
	"nach meiner Rechnung", "nach meinen Berechnungen", "wenn ich richtig gerechnet habe",
	"según mis cálculos", "según mis cuentas", "si he sumado bien",
	"selon mes calculs", "d'après mes calculs", "si j'ai bien compté", "si je compte bien",
	"pelas minhas contas", "pelas nossas contas", "segundo as minhas contas", "pelos meus cálculos",
	"secondo i miei calcoli", "secondo i miei conti", "se ho fatto bene i conti",
	"volgens mijn berekening", "volgens mijn berekeningen", "als ik goed heb gerekend",
];
/** Nouns that only say "amount" (an amount sentence with one of them takes its description from the request). */
export const GENERIC_AMOUNT_WORDS = ["price", "amount", "fee", "cost", "rate", "sum", "figure", "total", "quote", "quoted price", "estimate", "Angebot", "Kostenvoranschlag", "devis", "presupuesto", "cotización", "orçamento", "preventivo", "offerte", "Preis", "Betrag", "Honorar", "Summe", "prix", "montant", "tarif", "precio", "importe", "monto", "tarifa", "preço", "valor", "montante", "prezzo", "importo", "cifra", "prijs", "bedrag", "tarief"];

export const MONTHS: string[][] = [
	["january", "januar", "jänner", "enero", "janvier", "janeiro", "gennaio", "januari"],
	["february", "februar", "febrero", "février", "fevereiro", "febbraio", "februari"],
	["march", "märz", "marzo", "mars", "março", "maart"],
	["april", "abril", "avril", "aprile"],
	["may", "mai", "mayo", "maio", "maggio", "mei"],
	["june", "juni", "junio", "juin", "junho", "giugno"],
	["july", "juli", "julio", "juillet", "julho", "luglio"],
	["august", "agosto", "août", "augustus"],
	["september", "septiembre", "setiembre", "septembre", "setembro", "settembre"],
	["october", "oktober", "octubre", "octobre", "outubro", "ottobre"],
	["november", "noviembre", "novembre", "novembro"],
	["december", "dezember", "diciembre", "décembre", "dezembro", "dicembre"],
];

/** Words before a due date ("due", "payable by", "zahlbar bis", "à régler avant le", "te betalen vóór", "con scadenza"). */
export const DUE_WORDS = String.raw`due(?:\s+(?:by|on|before|date:?))?|payable\s+(?:by|on|before)|payment\s+(?:by|due(?:\s+(?:by|on))?|date:?)|pay\s+by|zahlbar\s+(?:bis(?:\s+zum)?|am)|fällig\s+(?:am|bis(?:\s+zum)?)|Zahlung\s+bis(?:\s+zum)?|a\s+pagar\s+(?:antes\s+del|el|hasta\s+el)|pagadero\s+(?:el|antes\s+del)|vencimiento(?:\s+el)?|(?:à\s+régler|à\s+payer|payable)\s+(?:avant\s+le|au|le|d['’]ici\s+le)|échéance(?:\s+(?:le|au))?|vencimento(?:\s+(?:em|a|até))?|a\s+pagar\s+até|pagável\s+até|(?:con\s+)?scadenza(?:\s+(?:il|al))?|da\s+pagare\s+entro\s+il|te\s+betalen\s+(?:vóór|voor|uiterlijk\s+op|op)|vervaldatum`;

/** Payment terms in days ("net 30", "Zahlungsziel 14 Tage", "à 30 jours", "binnen 14 dagen"). */
export const TERMS = String.raw`net\s*(?<a>\d{1,3})|(?:within|in)\s+(?<b>\d{1,3})\s+days|payment\s+terms?:?\s*(?:net\s*)?(?<c>\d{1,3})\s*days?|(?<d>\d{1,3})[- ]days?\s+(?:payment\s+)?terms|payment\s+terms\s+of\s+(?<s>\d{1,3})\s+days|Zahlungsziel:?\s*(?<e>\d{1,3})\s*Tage|zahlbar\s+(?:innerhalb\s+(?:von\s+)?|in\s+)(?<f>\d{1,3})\s+Tagen|(?:à|sous)\s+(?<g>\d{1,3})\s+jours|(?:a|dentro\s+de)\s+(?<h>\d{1,3})\s+días|binnen\s+(?<i>\d{1,3})\s+dagen|(?:entro|a)\s+(?<j>\d{1,3})\s+giorni|(?:no\s+prazo\s+de|a)\s+(?<k>\d{1,3})\s+dias|(?:forma|plazo|condiciones)\s+de\s+pago:?\s*(?<l>\d{1,3})\s+días|(?:Zahlungsbedingungen|Zahlungsfrist):?\s*(?<m>\d{1,3})\s*Tage|(?:délai|conditions)\s+de\s+paiement\s*:?\s*(?<n>\d{1,3})\s+jours|betalingstermijn:?\s*(?<o>\d{1,3})\s+dagen|(?:termini\s+di\s+)?pagamento:?\s*(?<p>\d{1,3})\s+giorni|(?:prazo|condições)\s+de\s+pagamento:?\s*(?<q>\d{1,3})\s+dias|(?<r>\d{1,3})\s+(?:days|Tage|jours|días|dias|giorni|dagen)\s+(?:net|netto|netos|nets|netti|líquidos)`;

/** Word starts that speak of paying, in the seven languages: a clause with one of them makes "within 30 days" or "à 30
 * jours" payment terms (extract.ts). A start, so "pay" covers "payable", "payment" and "pago" "pagos". Not the invoice's own
 * word: "send the invoice in 3 days" is no term. */
export const PAYMENT_CLAUSE_WORDS = String.raw`pay|paid|due\b|settle|terms|net\b|remit|clear|zahl|bezahl|überweis|fällig|pago|pagar|pagam|pagad|pagáv|pagh|pagat|venc|paie|payé|payer|règle|régl|échéance|virement|saldar|scadenz|bonific|betal|betaal|vervaldatum|overmak|betaaltermijn|betalingstermijn`;

/** Payment on receipt, in the seven languages (Odoo's "Immediate Payment"). */
export const IMMEDIATE = ["due on receipt", "due upon receipt", "payable on receipt", "payable upon receipt", "immediate payment", "sofort zahlbar", "zahlbar sofort", "sofort nach Erhalt", "pago inmediato", "pago al recibir", "paiement à réception", "paiement dès réception", "payable à réception", "pagamento immediato", "pagamento a vista", "pagamento à vista", "betaling bij ontvangst", "direct te betalen"];

/** Words that stand for a thing already named ("Dat was €650", "Das waren 650 €", "Eso fue 300 €") or only link it to
 * its price: a description that is one of them names nothing, and the thing is the one named before. */
export const NOT_A_THING_WORDS = ["it", "this", "that", "these", "those", "dat", "dit", "het", "deze", "die", "das", "dies", "es", "esto", "eso", "esta", "isso", "isto", "ça", "cela", "ceci", "questo", "quello", "ciò", "was", "were", "waren", "war", "ist", "sind", "is", "are", "était", "fue", "fueron", "era", "erano", "foi", "foram", "kostte", "kosten", "kostet", "kostete", "cost", "costs", "coûte", "coûtent", "cuesta", "cuestan", "custa", "custam", "costa", "costano", "kost", "tout", "le tout", "alles", "todo", "tutto", "tudo", "everything", "now", "for now", "later", "today", "when", "whenever", "us", "me", "them", "uns", "mir", "nos", "nous", "moi", "ci", "mi", "ons", "mij", "macht", "machen", "fait", "hace", "fa", "faz",
	// "You said 120 for that one": "one" points back at a thing named before, it names none itself.
	"one", "that one", "this one", "the one",
	// "Daar komen de afdrukken nog bij, die kostten € 90": a verb of costing read after "die" as if it were the thing.
	"kostte", "kostten", "kostete", "kosteten", "kostet", "kosten", "cost", "costs", "costó", "costaba", "custou", "custava", "costava", "coûtait",
	// "…si aggiunge, quella era 300 €", "…va aparte, esa fue de 300 €": a pointer back at a thing named before names none.
	// Only pointers at one thing: "5 de esas", "5 di quelle" count things named before, read elsewhere.
	"quella", "ese", "esa", "esse", "essa", "aquele", "aquela", "celui-là", "celle-là", "dieser", "dieses",
	// "Le logo, c'était 600 €": the pointer with its verb names no thing either.
	"c'était", "c’était", "c'est", "c’est", "ça faisait", "ça fait", "ce fut"];

/** A price cut the lines do not show ("minus the 10% loyalty discount", "abzüglich 5 % Rabatt"): the draft would
 * overcharge, so it is asked about. (Skonto, an early-payment discount, is a payment term, not a price cut.) */
/** Verbs that end a "description" read from "Le tout fait 900 €" or "Alles zusammen macht 300 €": such words are the
 * link to the price, and the words before them are no thing either. */
export const LINK_VERB_WORDS = ["fait", "font", "macht", "kostet", "kosten", "costa", "cuesta", "custa", "kost", "kostte", "came", "comes", "totals", "sale", "sont", "sind", "son", "sono", "são", "zijn"];

/** Words naming the paperwork a price is written in, not the thing billed ("6 hours at $75/hour per your timesheet",
 * "as per our quote", "laut Angebot", "selon le devis"). */
export const PAPERWORK_WORDS = [
	"timesheet", "timesheets", "time sheet", "quote", "quotation", "estimate", "offer", "proposal", "order", "purchase order", "PO", "contract", "agreement", "invoice", "email", "message", "call", "records", "log",
	"Stundenzettel", "Stundennachweis", "Angebot", "Kostenvoranschlag", "Auftrag", "Bestellung", "Vertrag",
	"presupuesto", "cotización", "oferta", "pedido", "contrato", "hoja de horas",
	"devis", "offre", "commande", "contrat", "relevé d'heures", "feuille de temps",
	"orçamento", "cotação", "proposta", "encomenda",
	"preventivo", "offerta", "ordine", "contratto",
	"offerte", "urenstaat", "urenregistratie", "bestelling", "opdrachtbevestiging", "contract",
];

/** Words that name a whole job, not which thing it was ("the full job was KSh 145,000 for the photo package"). */
export const JOB_WORDS = ["job", "work", "project", "thing", "whole thing", "lot", "Job", "Auftrag", "Projekt", "Arbeit", "trabajo", "proyecto", "encargo", "travail", "projet", "boulot", "mission", "lavoro", "progetto", "incarico", "trabalho", "projeto", "serviço", "klus", "opdracht", "werk"];
/** What makes a job word whole ("the full job", "das ganze Projekt", "todo el trabajo"). */
export const WHOLE_WORDS = ["full", "whole", "entire", "complete", "total", "overall", "ganze", "ganzen", "gesamte", "gesamten", "komplette", "todo el", "completo", "entero", "tout le", "complet", "entier", "intero", "completo", "todo o", "inteiro", "hele", "gehele", "volledige", "complete", "totale"];

/** What a sender thanks for that is no thing billed ("thanks for the quick reply", "merci pour votre retour"). */
export const THANKED_NOT_A_THING_WORDS = [
	"reply", "replies", "response", "answer", "email", "e-mail", "mail", "message", "note", "call", "chat", "meeting", "update", "info", "information", "details", "help", "patience", "feedback", "time", "effort", "efforts", "turnaround", "support", "cooperation", "understanding", "business", "reminder", "heads-up", "heads up", "offer", "quote", "invoice", "confirmation", "flexibility", "delivery", "invite", "invitation", "opportunity", "chance", "referral", "recommendation", "suggestions", "kind words", "compliments", "lunch", "coffee", "dinner", "visit", "hospitality", "trust",
	"Antwort", "Rückmeldung", "Nachricht", "Mail", "Hilfe", "Geduld", "Unterstützung", "Zusammenarbeit", "Mühe", "Info", "Erinnerung", "Angebot",
	"réponse", "retour", "aide", "patience", "collaboration", "soutien", "rappel", "devis",
	"respuesta", "mensaje", "correo", "ayuda", "paciencia", "colaboración", "apoyo", "presupuesto",
	"resposta", "mensagem", "ajuda", "paciência", "colaboração", "apoio", "orçamento",
	"risposta", "messaggio", "aiuto", "pazienza", "collaborazione", "supporto", "preventivo",
	"antwoord", "bericht", "hulp", "geduld", "reactie", "samenwerking", "offerte",
];

/** Words that say a discount named without its size is no cut the lines miss: there is none ("no discount this time",
 * "ohne Rabatt"), or the prices already show it ("the discount is already included", "Rabatt bereits abgezogen"). */
export const DISCOUNT_SHOWN_WORDS = ["no", "not", "without", "already", "included", "includes", "kein", "keinen", "keine", "ohne", "bereits", "schon", "inklusive", "sin", "ya", "incluido", "incluye", "sans", "pas de", "déjà", "inclus", "inclut", "senza", "nessuno", "già", "incluso", "geen", "zonder", "al", "inbegrepen", "sem", "já", "incluído"];

/** Words that point back at a thing already named ("for this video", "dasselbe Logo", "questo video", "dat logo"): a
 * line priced for one of them is the same thing again. (German "die" is left out: it is the article too.) */
export const BACK_REFERENCE_WORDS = ["this", "that", "the same", "said", "dieses", "diesen", "dieser", "diese", "dasselbe", "denselben", "dieselbe", "este", "esta", "ese", "esa", "mismo", "misma", "ce", "cet", "cette", "même", "questo", "questa", "quel", "quello", "quella", "stesso", "stessa", "deze", "dit", "dat", "hetzelfde", "dezelfde", "esse", "essa", "aquele", "aquela", "mesmo", "mesma"];

export const DISCOUNT_WORDS = ["discount", "discounted", "rebate", "reduction", "Rabatt", "Nachlass", "Preisnachlass", "descuento", "rebaja", "remise", "réduction", "ristourne", "sconto", "riduzione", "korting", "desconto", "abatimento"];

/** People and parties an invoice can be for ("invoice our client", "bill my sister"): someone other than the sender. */
export const PARTY_WORDS = [
	"client", "clients", "customer", "customers", "sister", "brother", "mother", "father", "mum", "mom", "dad", "parents", "partner", "wife", "husband", "friend", "tenant", "tenants", "landlord", "neighbour", "neighbor", "boss", "colleague", "member", "guest", "patient", "son", "daughter",
	"Kunden", "Kundin", "Kunde", "Schwester", "Bruder", "Mutter", "Vater", "Mieter",
	"cliente", "clientes", "clienta", "hermana", "hermano", "madre", "padre", "inquilino",
	"sœur", "frère", "mère", "père", "locataire",
	"klant", "klanten", "zus", "broer", "huurder",
	"irmã", "irmão", "mãe", "pai",
	"sorella", "fratello",
];

export { alt };

/** Words after an amount that make it the balance still to pay once a deposit is paid ("so there's $3,200 to go",
 * "800 € sind noch offen", "quedan 800 € pendientes", "reste 800 € à payer", "R$ 800 em aberto", "nog € 800 open"). */
export const BALANCE_AFTER_WORDS = ["to go", "left", "left to pay", "remaining", "outstanding", "still due", "still owing", "still to pay", "still open", "noch offen", "offen", "ausstehend", "sind noch offen", "pendiente", "pendientes", "restantes", "por pagar", "à payer", "restants", "restant", "em aberto", "a pagar", "restantes", "da saldare", "rimanenti", "restanti", "ancora da pagare", "open", "openstaand", "te betalen", "nog te betalen"];
/** Words before an amount that make it that balance ("we still owe you $800", "il reste 800 €", "faltan 800 €"). */
export const BALANCE_BEFORE_WORDS = ["still owe", "still owe you", "we owe", "we owe you", "leaves", "leaving",
	// what would be left once a deposit is taken off ("descuéntalo, por favor (quedarían 890,00 €)", "that would leave $700")
	"would leave", "that would leave", "which would leave", "quedarían", "quedaría", "resterait", "resteraient", "würden bleiben", "blieben", "restariam", "restaria", "ficariam", "ficaria", "resterebbero", "resterebbe", "rimarrebbero", "rimarrebbe", "zou overblijven", "blijft dan", "verbleiben", "bleiben", "quedan", "queda", "faltan", "falta", "il reste", "reste", "restam", "resta", "restano", "faltam", "falta", "resteert", "blijft over"];

/** Words that say a price is one flat sum, written between a thing and its price ("Bildbearbeitung: pauschal 150 €",
 * "Editing: flat fee $150", "Retouche : forfait 150 €", "Edición: tarifa plana 150 €") or after it ("150 € pauschal"):
 * how the thing is charged, never the thing itself. */
export const FLAT_WORDS = [
	// en
	"flat", "flat fee", "flat rate", "flat price", "fixed fee", "fixed price", "lump sum", "lump-sum", "all-in",
	// de
	"pauschal", "Pauschale", "pauschal zu", "als Pauschale", "Pauschalpreis", "Festpreis", "zum Festpreis", "Pauschalbetrag",
	// fr
	"forfait", "au forfait", "forfaitaire", "prix forfaitaire", "prix fixe",
	// es
	"tarifa plana", "precio fijo", "precio cerrado", "a tanto alzado", "suma global",
	// pt
	"valor fixo", "preço fixo", "preço fechado", "valor fechado", "forfait",
	// it
	"forfettario", "forfettaria", "a forfait", "forfait", "prezzo fisso", "a corpo", "importo forfettario",
	// "420,00 € forfettari": the plural forms, as an amount for several things together is written.
	"forfettari", "forfettarie", "forfettariamente",
	// nl
	"vast bedrag", "vaste prijs", "forfaitair", "vast tarief", "all-in",
];

/** Words that open a sentence without naming a thing ("Also, 3 hours at €50", "Dann noch, 2 Tage à 400 €"): a
 * "label" made of them before a count names nothing. */
export const LEAD_ADVERB_WORDS = [
	// interjections that open a reply ("Great, 200 menus at $2.50 each")
	"great", "perfect", "thanks", "cool", "super", "fine", "good", "done", "sure", "awesome", "lovely", "brilliant", "excellent", "wonderful", "ok then",
	"perfekt", "prima", "toll", "klasse", "super", "wunderbar", "parfait", "génial", "super", "merci", "perfecto", "genial", "listo", "vale", "gracias", "perfeito", "ótimo", "obrigado", "obrigada", "perfetto", "ottimo", "grazie", "perfect", "top", "mooi", "bedankt", "dank je",
	"also", "then", "so", "plus", "and", "anyway", "additionally", "besides", "finally", "lastly", "next", "overall", "basically", "ok", "okay", "right", "yes", "well", "oh", "sorry", "as agreed", "as discussed", "as always", "like last time",
	"außerdem", "dann", "dazu", "zusätzlich", "und", "noch", "ja", "gut", "also", "wie besprochen", "wie vereinbart", "wie immer",
	"ensuite", "puis", "aussi", "et", "enfin", "bon", "oui", "comme convenu", "comme d'habitude",
	"además", "luego", "después", "y", "bueno", "sí", "como acordamos", "como siempre", "también",
	"inoltre", "poi", "e", "allora", "sì", "come d'accordo", "come sempre", "anche",
	"daarnaast", "verder", "daarna", "en", "ook", "ja", "zoals afgesproken", "zoals altijd",
	"além disso", "depois", "também", "sim", "como combinado", "como sempre",
];

/** Words before "of/de/di" that introduce a count rather than name what is counted ("Il s'agit de 6 heures", "a maximum
 * of 6 hours", "un total de 12 heures", "es handelt sich um 4 Tage"). */
export const COUNT_INTRO_WORDS = [
	"maximum", "minimum", "max", "min", "total", "couple", "lot", "number", "amount", "quantity", "sum", "average", "range", "upwards", "excess",
	"Anzahl", "Menge", "Summe", "Gesamt", "insgesamt",
	"s'agit", "s’agit", "il s'agit", "il s’agit", "nombre", "quantité", "moyenne",
	"se trata", "trata", "número", "cantidad", "promedio", "cerca", "alrededor",
	"trata-se", "quantidade", "média", "cerca",
	"si tratta", "tratta", "numero", "quantità", "media", "circa",
	"aantal", "totaal", "gemiddeld", "ongeveer",
];

/** Words that say when work was done ("last week", "gestern", "la semaine dernière"), never what it was. */
export const TIME_WORDS = [
	"today", "yesterday", "tonight", "tomorrow", "week", "weeks", "month", "months", "year", "weekend", "morning", "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"heute", "gestern", "morgen", "Woche", "Wochen", "Monat", "Wochenende", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
	"aujourd'hui", "hier", "demain", "semaine", "mois", "année", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	"hoy", "ayer", "mañana", "semana", "mes", "año", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
	"hoje", "ontem", "amanhã", "mês", "ano", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
	"oggi", "ieri", "domani", "settimana", "mese", "anno", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
	"vandaag", "gisteren", "morgen", "maand", "jaar", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
];

/** Words that number a part of a series ("Phase 2 landing page", "Sprint 14", "Fase 3", "Staffel 2"): the number after
 * them is part of a row's name, never its count. */
export const SERIES_WORDS = ["phase", "stage", "part", "step", "sprint", "season", "episode", "module", "level", "round", "milestone", "wave", "release", "chapter", "volume", "vol.", "issue", "edition", "Phase", "Teil", "Stufe", "Etappe", "Runde", "Folge", "Staffel", "Ausgabe", "Meilenstein", "Modul", "Kapitel", "fase", "etapa", "parte", "lote", "temporada", "episodio", "capítulo", "entrega", "módulo", "étape", "partie", "lot", "saison", "épisode", "tranche", "volet", "chapitre", "stagione", "puntata", "tappa", "lotto", "capitolo", "modulo", "deel", "stap", "ronde", "aflevering", "seizoen", "hoofdstuk", "episódio"];

/** A count that names what makes up one thing ("set of 6 sizes", "pack of 12", "Satz mit 4 Motiven", "lot de 3",
 * "juego de 6"): one set, bundle or pack, priced as one. */
export const SET_OF = String.raw`(?:set|pack|bundle|kit|suite|series|Set|Satz|Paket|Serie|lot|jeu|pack|série|juego|paquete|conjunto|serie|pacote|kit|pacchetto|reeks|pakket)[ \t]+(?:of|mit|aus|von|de|di|da|van|met)[ \t]+\d{1,3}(?![\d.,])`;

/** A fee named as the price of one month ("monthly fee", "Monatspauschale", "cuota mensual", "forfait mensuel"): its
 * amount is for each month, never the whole. */
export const MONTHLY_FEE = String.raw`monthly[ \t]+(?:fee|rate|charge|price|retainer)|Monatsgebühr|Monatspauschale|Monatsrate|monatliche[nr]?[ \t]+(?:Gebühr|Pauschale|Rate)|cuota[ \t]+mensual|tarifa[ \t]+mensual|mensualidad|mensualité|forfait[ \t]+mensuel|redevance[ \t]+mensuelle|canone[ \t]+mensile|tariffa[ \t]+mensile|maandbedrag|maandelijkse[ \t]+(?:vergoeding|fee|prijs)|mensalidade|taxa[ \t]+mensal`;

/** Words that say a figure replaces an earlier one ("please invoice the revised amount, $2,100", "der neue Preis"): a
 * reply's figure that differs from the quoted thread's is then the revision, not a disagreement to ask about. */
export const REVISED_WORDS = [
	// en
	"revised", "updated", "new price", "new amount", "new figure", "new total", "reduced", "lowered", "adjusted", "corrected", "discounted", "instead of", "rather than",
	// de
	"überarbeitet", "überarbeiteten", "angepasst", "angepassten", "neuer Preis", "neuen Preis", "neue Preis", "neuer Betrag", "neuen Betrag", "neue Betrag", "reduziert", "reduzierten", "korrigiert", "korrigierten", "statt", "anstatt", "anstelle",
	// es
	"revisado", "revisada", "actualizado", "actualizada", "nuevo precio", "nuevo importe", "ajustado", "ajustada", "corregido", "corregida", "rebajado", "rebajada", "en lugar de", "en vez de",
	// fr
	"révisé", "révisée", "mis à jour", "nouveau prix", "nouveau montant", "ajusté", "ajustée", "corrigé", "corrigée", "réduit", "réduite", "au lieu de",
	// pt
	"revisto", "revista", "atualizado", "atualizada", "novo preço", "novo valor", "corrigido", "corrigida", "em vez de", "ao invés de",
	// it
	"rivisto", "rivista", "aggiornato", "aggiornata", "nuovo prezzo", "nuovo importo", "corretto", "corretta", "ridotto", "ridotta", "invece di",
	// nl
	"herzien", "herziene", "aangepast", "aangepaste", "nieuwe prijs", "nieuw bedrag", "gecorrigeerd", "gecorrigeerde", "verlaagd", "verlaagde", "in plaats van",
];

/** Words of counting that name no thing ("each", "per piece", "cada uno", "jeweils", "chacun"): a line named by one alone
 * is asked about. */
export const QUANTIFIER_WORDS = [
	"each", "each one", "apiece", "a piece", "per piece", "per unit", "per item", "per one", "every", "every one", "all", "both", "ea",
	"je", "jeweils", "pro Stück", "pro Einheit", "das Stück", "alle", "beide", "pro stuk", "per stuk", "elk", "elke", "allemaal", "beide",
	"cada", "cada uno", "cada una", "cada um", "cada uma", "por unidad", "por pieza", "la unidad", "todos", "todas", "ambos", "ambas",
	"chacun", "chacune", "la pièce", "par pièce", "par unité", "l'unité", "tous", "toutes", "les deux",
	"ciascuno", "ciascuna", "cadauno", "cadauna", "ognuno", "ognuna", "al pezzo", "per pezzo", "tutti", "tutte", "entrambi",
];

/** Things counted by the piece whose word names what is counted, not the work done on them ("the retouching: 30
 * photos", "background removal for the same 40 photos"): beside another named thing, the line is that thing's. */
export const COUNTED_THING_WORDS = [
	"photos", "photo", "pictures", "images", "shots", "items", "products", "files", "pieces",
	"Fotos", "Bilder", "Aufnahmen", "Artikel", "Produkte", "Dateien", "Stück",
	"fotos", "fotografías", "imágenes", "artículos", "productos", "archivos", "piezas",
	"photographies", "articles", "produits", "fichiers", "pièces",
	"foto", "fotografie", "immagini", "articoli", "prodotti", "pezzi",
	"foto's", "afbeeldingen", "beelden", "artikelen", "producten", "bestanden", "stuks",
	"imagens", "itens", "produtos", "arquivos", "ficheiros", "peças",
];

/** Work Sam is said to have done, as a verb ("you retouched the author portrait"), and the noun that names it on a line
 * ("Author portrait retouching"): the thing a "For this, add ¥25,000" that follows prices. */
export const DONE_WORK_NOUNS: Record<string, string> = {
	retouched: "retouching", edited: "editing", proofread: "proofreading", translated: "translation", designed: "design",
	redesigned: "redesign", illustrated: "illustration", photographed: "photography", filmed: "filming", recorded: "recording",
	mixed: "mixing", mastered: "mastering", printed: "printing", framed: "framing", scanned: "scanning", restored: "restoration",
	updated: "update", resized: "resizing", transcribed: "transcription", subtitled: "subtitling", animated: "animation",
	"colour-graded": "colour grading", "color-graded": "color grading", "colour graded": "colour grading", "color graded": "color grading",
	copyedited: "copyediting", typeset: "typesetting", digitised: "digitising", digitized: "digitizing", installed: "installation",
};

/** Words after "for/pour/por/per" that open a remark or a request formula, never the thing a price is for ("Pour
 * rappel, nous avions convenu d'un forfait de 420 € pour la conception…", "descuéntalo, por favor (quedarían 890 €)",
 * "for the record", "per favore", "para que conste"). */
export const NOT_A_THING_AFTER_FOR = ["rappel", "mémoire", "info", "information", "informations", "the record", "record", "your information", "your info", "reference", "your reference", "favor", "favour", "favore", "cierto", "que conste", "la cronaca", "memoria", "lembrar", "a informação", "sua informação", "die Vollständigkeit", "Ihre Information", "de volledigheid", "de duidelijkheid", "uw informatie", "completezza", "vostra informazione", "votre information", "su información", "tu información"];

/** Verbs of how long a piece of work took ("took", "ont pris", "llevó", "levou", "ha richiesto", "duurde"): the work is
 * the sentence's subject, and the hours after the verb only how it is counted. */
export const TOOK_WORDS = ["took", "has taken", "have taken", "had taken", "ont pris", "a pris", "ont demandé", "a demandé", "ont duré", "a duré", "ont nécessité", "a nécessité", "dauerte", "dauerten", "brauchte", "brauchten", "llevó", "llevaron", "tomó", "tomaron", "requirió", "requirieron", "levou", "levaram", "demorou", "demoraram", "ha richiesto", "hanno richiesto", "ha preso", "hanno preso", "ha impiegato", "hanno impiegato", "è durato", "è durata", "sono durate", "sono durati", "duurde", "duurden", "kostte", "kostten", "nam", "namen"];
/** The participle closing "hat 3 Stunden gedauert", "heeft 3 uur geduurd" (its verb "hat/heeft" stands before the count). */
export const TOOK_AFTER_WORDS = ["gedauert", "gebraucht", "beansprucht", "in Anspruch genommen", "geduurd", "gekost", "in beslag genomen"];

/** Copies of a printed thing. "Druck, 150 Exemplare à CHF 14.50": a row's label, a comma, then the copies names the
 * print run — the run is part of what the line is for, so the line keeps it ("Druck, 150 Exemplare"). */
export const COPIES_WORDS = ["copies", "Exemplare", "Exemplaren", "exemplaires", "ejemplares", "copias", "exemplares", "cópias", "copie", "esemplari", "exemplaren"];
