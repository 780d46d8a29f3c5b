// Who the invoice is for: the person who asks, and their company from a "Bill to" block or their signature. A
// company is a capitalised name ending in a legal form ("Acme Outdoor Ltd", "Quinta do Vale Vinhos, Lda.").

/** The customer as the draft names them. */
export interface Customer {
	name: string;
	email: string;
	company?: string;
}

const LEGAL_FORMS = [
	"Ltd\\.?", "Limited", "LLC", "L\\.L\\.C\\.", "LLP", "PLC", "Inc\\.?", "Corp\\.?", "Co\\.", "Pty Ltd", "Pte\\.? Ltd\\.?", "Pvt\\.? Ltd\\.?", "W\\.L\\.L\\.?",
	"GmbH(?: & Co\\. KG)?", "AG", "KG", "e\\.K\\.", "SE", "SAS", "SARL", "S\\.A\\.S\\.", "S\\.A\\.", "SA", "S\\.L\\.P\\.", "S\\.L\\.", "SL", "S\\.r\\.l\\.", "Srl", "S\\.p\\.A\\.", "SpA",
	"Ltda\\.?", "Lda\\.?", "BV", "B\\.V\\.", "NV", "N\\.V\\.", "ApS", "A/S", "AS", "AB", "Oy", "Sp\\. z o\\.o\\.", "s\\.r\\.o\\.", "Kft\\.", "Studio", "Studios", "Agency", "Partners",
];
const LEGAL = `(?:${LEGAL_FORMS.join("|")})`;
const COMPANY = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:(?:\p{Lu}[\p{L}\p{N}&'’.-]*|&|van|de|der|den|von|du|des|la|le|y|e|et|and|of)[ \t]+){0,4}(?:\p{Lu}[\p{L}\p{N}&'’.-]*)[ \t]+${LEGAL}(?:[ \t]+${LEGAL})?)(?=[\s,;)]|$)`, "mu");
/** Words a company name does not start with, though they are capitalised at the start of a sentence. */
const NOT_COMPANY_START = /^(?:(?:Invoice|Bill|Please|Kindly|Thanks|Thank|Regards|Hi|Hello|Dear|From|For|To|At|Via|Attn|Bitte|Rechnung|Factura|Facture|Fattura|Factuur|Fatura)[ \t]+)+/u;

/** The customer: a "Bill to" block if there is one, else the sender; the company from the block or the signature. */
export function readCustomer(text: string, from: { name: string; email: string }): Customer {
	// A label, as on a form ("Bill to:" or on a line of its own), not "send an invoice to our accounts team".
	const billTo = /(?:^[ \t]*|\b)(?:bill(?:ed)? to|invoice to|billing (?:name|address)|rechnungsempfänger|rechnungsadresse|facturer à|facturar a|fatturare a|factureren aan)(?:[ \t]*:[ \t]*\n?|[ \t]*\n)\s*([^\n]+)(?:\n\s*([^\n]+))?/im.exec(text);
	let company: string | undefined;
	let name = from.name;
	if (billTo) {
		const first = billTo[1]!.trim();
		const second = billTo[2]?.trim() ?? "";
		const c1 = COMPANY.exec(first);
		if (c1) company = c1[1]!.trim().replace(NOT_COMPANY_START, "");
		else if (second && COMPANY.test(second)) company = COMPANY.exec(second)![1]!.trim().replace(NOT_COMPANY_START, "");
		else if (first && !/@/.test(first)) company = first.replace(/[,;]\s*$/, "");
	}
	if (!company) {
		const lines = text.split("\n");
		// The last company written near the end is the signature's (a greeting can name the recipient's firm).
		const lastOf = (t: string) => [...t.matchAll(new RegExp(COMPANY.source, "gmu"))].pop() ?? null;
		const sig = lastOf(lines.slice(-8).join("\n")) ?? COMPANY.exec(text);
		if (sig) company = sig[1]!.trim().replace(/^(at|from|of|for|and|y|e|et|de|van)\s+/, "").replace(NOT_COMPANY_START, "");
	}
	if (!name) name = company ?? from.email;
	return company && company !== name ? { name, email: from.email, company } : { name, email: from.email };
}
