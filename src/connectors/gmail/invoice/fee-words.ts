// Nouns that name a fee by themselves (shipping, travel, expenses, a rush charge), in the seven languages: an amount
// written beside one of them ("plus the $35 shipping", "+ 12 € di spedizione", "die Spesen pauschal CHF 480.–") is a
// line of its own, named by the noun. A closed list: a noun phrase of any other kind is not read as a fee this way.
// A new fee word is a new entry here; the phrasings "fee-amount-then-noun" and "fee-noun-then-amount" read them.

export const FEE_NOUNS: Record<string, string[]> = {
	en: ["shipping", "shipping costs", "shipping and handling", "shipping & handling", "postage & packing", "P&P", "delivery", "delivery costs", "postage", "postage and packing", "courier", "freight", "travel", "travel costs", "travel expenses", "mileage", "expenses", "rush delivery", "express delivery", "express shipping", "rush fee", "rush charge", "rush surcharge", "express fee", "express surcharge", "urgent fee", "same-day surcharge", "weekend surcharge"],
	de: ["Versand", "Versandkosten", "Porto", "Lieferung", "Lieferkosten", "Anfahrt", "Anfahrtskosten", "Fahrtkosten", "Reisekosten", "Spesen", "Kurier", "Expresszuschlag", "Eilzuschlag", "Express-Zuschlag", "Expressgebühr", "Eilgebühr", "Expresslieferung", "Wochenendzuschlag"],
	es: ["envío", "envio", "gastos de envío", "gastos de envio", "transporte", "desplazamiento", "viáticos", "mensajería", "portes", "flete", "gastos de viaje", "envío urgente", "envío exprés", "recargo por urgencia", "recargo urgente", "cargo por urgencia", "suplemento por urgencia", "suplemento urgente"],
	fr: ["livraison", "frais de port", "frais de livraison", "frais d'envoi", "frais de déplacement", "déplacement", "transport", "coursier", "livraison express", "supplément urgence", "supplément urgent", "supplément express", "frais d'urgence", "majoration urgence"],
	pt: ["frete", "envio", "portes", "portes de envio", "despesas de envio", "deslocação", "deslocamento", "despesas de deslocação", "motoboy", "entrega expressa", "taxa de urgência", "taxa de urgencia", "taxa urgente", "adicional de urgência"],
	it: ["spedizione", "spese di spedizione", "trasporto", "trasferta", "spese di trasferta", "corriere", "spese di viaggio", "spese", "spedizione urgente", "supplemento urgenza", "supplemento per urgenza", "supplemento urgente", "maggiorazione urgenza", "maggiorazione per urgenza"],
	nl: ["verzending", "verzendkosten", "bezorging", "bezorgkosten", "reiskosten", "voorrijkosten", "koerier", "spoedtoeslag", "spoedlevering", "weekendtoeslag"],
};

/** Words that make the noun phrase before them a fee ("travel fee", "rush surcharge", "Reisekosten", "frais"), as a
 * pattern alternation. */
export const FEE_WORDS = ["fee", "charge", "surcharge", "costs", "cost", "expenses", "Gebühr", "Pauschale", "Zuschlag", "Kosten", "frais", "gastos", "tarifa", "taxa", "spese", "kosten", "toeslag"]
	.sort((a, b) => b.length - a.length)
	.join("|");

/** Every fee noun, longest first (so "spese di spedizione" wins over "spese"), as a pattern alternation; spaces match
 * any run of blanks. */
export const FEE_NOUN = Object.values(FEE_NOUNS)
	.flat()
	.sort((a, b) => b.length - a.length)
	.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]+").replace(/'/g, "['’]"))
	.join("|");
