// Decides what an email means for invoicing: not a request (and why), a request missing facts, or a confident draft.
import { createInvoiceParams } from "../../odoo/params";
import { currencyDecimals } from "../../odoo/money";
import type { InvoiceDecision, InvoiceContext, MailMessage } from "../../../core/watchers/gmail-watcher";
import { extractInvoice, type Extraction, type ExtractedLine } from "./extract";
import { findMoney } from "./money-text";
import { quoteSource } from "./source-quote";
import { declinedInvoice, findRequests } from "./requests";
import { ruleById, type RuleInput } from "./rules";
import { payerProblem } from "./payer-doubt";
import { asSigned, namedPayer } from "./customer";
import { pointsAtSubject } from "./subject-pointer";
import { subjectTailCompany } from "./domain-company";
import { agreedWithBiller, asksToPassOn, greetedName } from "./forward-go-between";
import { readReference, referenceAsked } from "./reference";
import { allTermsDays } from "./payment-terms";
import { REVISED_WORDS, alt } from "./lexicon";
import { droppedItem } from "./dropped-item";
import { alsoOnInvoice, pricedApart } from "./priced-apart";
import { partAsked } from "./part-payment";
import { consentToOffer, consentedOffer } from "./offer-consent";

/** The line a mail client writes above a forwarded email, as Gmail and Apple Mail write it in their users' languages. */
const FORWARD_MARKER = String.raw`(?:-{5,}[ \t]*(?:Forwarded message|Weitergeleitete Nachricht|Mensaje reenviado|Message transféré|Mensagem encaminhada|Messaggio inoltrato|Doorgestuurd bericht)[ \t]*-{5,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|Début du message réexpédié[ \t]?:|Inicio del mensaje reenviado:|Inizio messaggio inoltrato:|Início da mensagem (?:reencaminhada|encaminhada):|Begin doorgestuurd bericht:)`;
const FORWARD = new RegExp(String.raw`${FORWARD_MARKER}\s*\n([\s\S]*?)\n\s*\n([\s\S]*)$`, "i");

/** A forwarded email's original sender and body, when the new text is a forward ("---------- Forwarded message"). */
function forwarded(text: string): { from: { name: string; email: string }; to?: string; body: string; own: string } | null {
	const m = FORWARD.exec(text);
	if (!m) return null;
	// The header block in the forwarding client's language: "From:", "De :", "Von:", "Da:", "Van:".
	const from = /^\s*(?:From|De|Von|Da|Van)[ \t]?:\s*(?:"?([^"<\n]*?)"?\s*)?<([^>\s]+@[^>\s]+)>/im.exec(m[1]!) ?? /^\s*(?:From|De|Von|Da|Van)[ \t]?:\s*()([^\s<>]+@[^\s<>]+)/im.exec(m[1]!);
	if (!from) return null;
	const to = /^\s*(?:To|À|A|An|Para|Aan)[ \t]?:[^\n]*?<?([^\s<>]+@[^\s<>,]+)>?/im.exec(m[1]!)?.[1]?.toLowerCase();
	return { from: { name: from[1]?.trim() ?? "", email: from[2]!.toLowerCase() }, ...(to ? { to } : {}), body: m[2]!.replace(/^>\s?/gm, ""), own: text.slice(0, m.index) };
}

/** A forward whose mail client set the forwarded email off with "> " (Apple Mail's plain text): the new text ends in
 * the forward line and the ">" lines below it, split off as quoted history, are the forwarded email itself. */
function quotedForward(m: MailMessage): ReturnType<typeof forwarded> {
	if (!new RegExp(String.raw`${FORWARD_MARKER}\s*$`, "i").test(m.text) || !/^>/.test(m.quoted)) return null;
	return forwarded(`${m.text}\n${m.quoted.replace(/^>[ \t]?/gm, "")}`);
}

/** A forward as Outlook writes it ("FW: …" / "WG:" / "TR:" / "RV:" / "ENC:" / "I:" above "-----Original Message-----"
 * or a "From: … Sent: … Subject:" block): the forwarded mail was split off as quoted history, but it is what the
 * sender sends us now. Only when the subject says it is a forward — a reply's quoted history is no forward. */
function outlookForward(m: MailMessage): ReturnType<typeof forwarded> {
	if (!/^\s*(?:(?:re|aw|sv)\s*:\s*)*(?:fwd?|fw|wg|tr|rv|enc|i|doorst)\s*:/i.test(m.subject)) return null;
	// The header lines come in the client's order: Outlook writes From first, Thunderbird ("-------- Original Message
	// --------") Subject, Date, From, To.
	const head = /^(?:[-_]{2,}[^\n]*[-_]{2,}\s*\n)?((?:[ \t]*\*?[\p{L} ]{2,12}\s?:\*?[^\n]*\n){2,7})\s*\n/u.exec(m.quoted);
	const from = head ? /^[ \t]*\*?(?:From|Von|De|Da|Van)\s?:\*?[ \t]*(?:"?([^"<\n]*?)"?\s*)?<([^>\s]+@[^>\s]+)>/mu.exec(head[1]!) : null;
	if (!head || !from || !/^\s*\*?(?:Subject|Betreff|Objet|Asunto|Oggetto|Onderwerp|Assunto)\s?:/mu.test(head[1]!)) return null;
	return { from: { name: from[1]?.trim() ?? "", email: from[2]!.toLowerCase() }, body: m.quoted.slice(head[0].length).replace(/^>\s?/gm, ""), own: m.text };
}

/** The text the facts are read from: the body, led by the subject when only the subject writes an amount (a request
 * sent as "Factura por favor: diseño del catálogo 1.200 €" with "Gracias" as its body). */
function factsText(subject: string, body: string): string {
	const s = subject.replace(/^(?:(?:re|fwd?|aw|wg|tr|rv|sv)\s*:\s*)+/i, "").trim();
	// "as per subject mate, $585 all up": a body that points at the subject asks for what the subject writes.
	return (findMoney(body).length === 0 || pointsAtSubject(body) !== null) && findMoney(s).length > 0 ? `${s}\n\n${body}` : body;
}

function oneLine(s: string): string {
	const t = s.replace(/\s+/g, " ").trim();
	return t.length > 160 ? `${t.slice(0, 157)}…` : t;
}

function decimalString(amount: string, decimals: number): string {
	const [w, f = ""] = amount.split(".");
	return decimals === 0 ? w! : `${w}.${f.padEnd(decimals, "0")}`;
}

type Decided = { decision: InvoiceDecision } | { asked: string };

/** "Perfect, let's go with the 2 banners at $340 each" above your own quote of "CAD $340 per banner": a reply's bare
 * "$" is the dollar its quoted thread writes with amounts. One such dollar other than the US one (with the same
 * decimals) is read as that; two, or one beside US dollars, leave the "$" a question. Null when the thread names none. */
function quotedDollar(facts: string, quoted: string): { code: string } | { ask: string } | null {
	const own = findMoney(facts);
	if (!own.some((mm) => mm.bareDollar) || own.some((mm) => !mm.bareDollar && mm.raw.includes("$"))) return null;
	const named = new Set(findMoney(quoted).filter((mm) => !mm.bareDollar && mm.raw.includes("$") && mm.currency).map((mm) => mm.currency!));
	const others = [...named].filter((c) => c !== "USD");
	if (others.length === 0) return null;
	if (others.length === 1 && !named.has("USD") && currencyDecimals(others[0]!) === currencyDecimals("USD")) return { code: others[0]! };
	return { ask: `the currency "$" could be ${[...named].join(", ")}${named.has("USD") ? "" : " or USD"}: the earlier emails in the thread write ${others.join(", ")} — which one?` };
}

/** "Our terms are net 30 … this time 14 days would help": two different terms, and the one the draft would carry may
 * be the wrong one — which is asked, never guessed. */
function termsProblem(facts: string, read: string | null): string | null {
	const days = allTermsDays(facts);
	const readDays = read ? Number(/^(\d+) Days$/.exec(read)?.[1] ?? NaN) : NaN;
	const all = Number.isNaN(readDays) ? days : [...new Set([readDays, ...days])];
	return all.length > 1 ? `the payment terms: the email writes ${all.map((d) => `${d} days`).join(" and ")} — which one?` : null;
}

/** The rules that decide whether the email asks for an invoice at all; `asked` is the sentence that asks. */
function askedFor(m: MailMessage, ctx: InvoiceContext, fwd: ReturnType<typeof forwarded>): Decided {
	const input: RuleInput = { subject: m.subject, text: m.text, fromName: m.fromName, fromEmail: m.fromEmail, replyToEmail: m.replyToEmail, bulk: m.bulk };
	const none = (rule: string, words: string): Decided => ({ decision: { kind: "none", rule, reason: `${ruleById(rule).says}: "${words}"` } });
	const first = (ids: string[], inputs: RuleInput[] = [input]): Decided | null => {
		for (const id of ids) {
			for (const i of inputs) {
				const hit = ruleById(id).match(i, ctx.extraPhrases);
				if (hit) return none(id, hit);
			}
		}
		return null;
	};
	// A forward that asks for no invoice says why in the forwarded email as much as in the forwarder's note above it.
	const own = fwd ? [input, { ...input, text: fwd.body }] : [input];
	const spam = first(["newsletter", "phishing"]);
	if (spam) return spam;
	// "Yes please go ahead." under your quoted "Shall I send the invoice for the shoot now?": the reply asks by consenting.
	const consent = fwd ? null : consentToOffer(m.text, m.quoted, ctx.ownerEmails.map((e) => e.toLowerCase()));
	const asked = ruleById("invoice-request").match(fwd ? { ...input, text: fwd.body } : input, ctx.extraPhrases) ?? ruleById("invoice-request").match(input, ctx.extraPhrases) ?? (consent ? `${consent.yes} (to your "${consent.offer}")` : null);
	// A quote request that speaks of invoicing later ("once approved, invoice us in two parts") asks for a quote.
	const hits = findRequests(fwd ? fwd.body : m.text);
	// Its "invoice us in the new year" is the quote's later step, not a wait: the quote is what it asks for now.
	if (asked && hits.length > 0 && hits.every((h) => h.later) && own.some((i) => ruleById("quote").match(i, ctx.extraPhrases))) return first(["bill-to-owner", "receipt", "quote"], own)!;
	if (!asked) return first(["wait", "bill-to-owner", "receipt", "quote"], own) ?? { decision: { kind: "none", rule: "no-request", reason: "it does not ask you to issue an invoice" } };
	return first(["wait", "bill-to-owner"]) ?? { asked };
}

/** What was read, in the owner's words: each line next to the sentence it came from. */
function evidenceOf(x: Extraction, asked: string, currency: string): string[] {
	return [
		`Asked: "${asked}"`,
		// Each line next to the sentence it was read from, so the owner can check it against the email at a glance.
		...x.lines.map((l) => `Line: ${l.quantity} × ${l.description} at ${l.unitPrice} ${currency}${l.lineTotal && l.quantity !== "1" ? ` (the email writes ${l.lineTotal} ${currency} for all ${l.quantity})` : ""}, from "${quoteSource(l.source, l.unitPrice)}"`),
		...(x.total ? [`Stated total ${x.total.amount} ${currency} matches the lines`] : []),
		...(x.depositPaid ? [`Deposit already paid: ${x.depositPaid.amount} ${currency}, from "${oneLine(x.depositPaid.source)}" (record it as a payment; the invoice shows the full amount)`] : []),
		...(x.dueDate ? [`Due ${x.dueDate}`] : x.paymentTerms ? [`Terms: ${x.paymentTerms}`] : []),
		...(x.pastDueDate ? [`The email asks for payment by ${x.pastDueDate}, which is already past: the draft leaves the due date to Odoo's terms`] : []),
		...(x.reference ? [`Reference ${x.reference}`] : []),
	];
}

/** The draft's params from what was read, checked against the create-invoice schema; a clarification if they fail it. */
function draftOf(x: Extraction, currency: string, asked: string, today: string): InvoiceDecision {
	const decimals = currencyDecimals(currency);
	const params: Record<string, unknown> = {
		customer: x.customer,
		invoice_date: today,
		...(x.dueDate ? { due_date: x.dueDate } : {}),
		...(x.paymentTerms && !x.dueDate ? { payment_terms: x.paymentTerms } : {}),
		currency,
		lines: x.lines.map((l) => ({ description: l.description, quantity: Number(l.quantity), unit_price: decimalString(l.unitPrice, decimals) })),
		...(x.reference ? { reference: x.reference } : {}),
	};
	const checked = createInvoiceParams.safeParse(params);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		return { kind: "clarify", missing: [`the facts read from the email do not make a valid invoice (${issue?.path.join(".") ?? ""} ${issue?.message ?? ""})`], asked };
	}
	const totalMinor = x.lines.reduce((s, l) => s + Math.round(Number(l.quantity) * Math.round(Number(l.unitPrice) * 10 ** decimals)), 0);
	return {
		kind: "draft",
		params,
		total: `${(totalMinor / 10 ** decimals).toFixed(decimals)} ${currency}`,
		evidence: evidenceOf(x, asked, currency),
		sources: x.lines.map((l) => quoteSource(l.source, l.unitPrice)),
	};
}

/** "Could you re-issue this invoice?" above a forward of your own invoice: the forwarder asks for it again. */
const AGAIN = /(?<![\p{L}])(?:re-?issue|invoice (?:us|me) again|new invoice|(?:send|issue|make) (?:us |me )?(?:a |the )?(?:new|fresh|corrected) (?:invoice|copy)|neu ausstellen|erneut ausstellen|neue Rechnung|nueva factura|volver a emitir|emitir de nuevo|nouvelle facture|réémettre|rééditer|nuova fattura|riemettere|nova fatura|reemitir|nieuwe factuur|opnieuw (?:uitschrijven|opstellen|sturen))(?![\p{L}])/iu;

/** A forward of your own invoice whose sender asks, in their own words above it, to issue it again: a request from the
 * forwarder, read from the forwarded invoice (the customer from the forwarder's own text, never your signature). */
function reissued(m: MailMessage, ctx: InvoiceContext, fwd: NonNullable<ReturnType<typeof forwarded>>, at: number): InvoiceDecision {
	const input: RuleInput = { subject: m.subject, text: m.text, fromName: m.fromName, fromEmail: m.fromEmail, replyToEmail: m.replyToEmail, bulk: m.bulk };
	for (const id of ["newsletter", "phishing"]) {
		const hit = ruleById(id).match(input, ctx.extraPhrases);
		if (hit) return { kind: "none", rule: id, reason: `${ruleById(id).says}: "${hit}"` };
	}
	const from = { name: m.fromName, email: m.fromEmail };
	const start = Math.max(fwd.own.lastIndexOf("\n", at), ...[".", "?", "!"].map((c) => fwd.own.lastIndexOf(`${c} `, at) + 1)) + 1;
	const end = /[.?!\n]|$/.exec(fwd.own.slice(at))!.index + at + 1;
	const asked = fwd.own.slice(start, end).trim();
	const x = { ...extractInvoice(fwd.body, from, ctx.today, currencyDecimals), customer: extractInvoice(fwd.own, from, ctx.today, currencyDecimals).customer };
	if (x.problems.length > 0 || !x.currency) return { kind: "clarify", missing: x.problems.length > 0 ? x.problems : ["no currency given"], asked };
	return draftOf(x, x.currency, asked, ctx.today);
}

/** The part of an address after its "@", lower case ("" without one). */
const domain = (e: string) => e.toLowerCase().split("@")[1] ?? "";

/** A forward of a colleague's email with the forwarder's own request above it: the forwarded email went to the
 * forwarder, from the same firm's domain (never the owner's own). */
function colleagueForward(fwd: NonNullable<ReturnType<typeof forwarded>>, fromEmail: string, owner: string[]): boolean {
	const d = domain(fromEmail);
	if (!d || owner.some((o) => domain(o) === d)) return false;
	// The forwarder asks in their own words ("Could you invoice us for the Christmas campaign?"); one who only passes
	// it on ("forwarding this from our office manager") leaves the colleague who asked as the customer.
	// A forwarded email that asks the forwarder to pass it on ("Please ask Sam to raise the invoice … Details as agreed
	// with him", "Please tell Sam to raise the invoice") was written by the client who made the deal, whatever the
	// forwarder adds ("send the invoice to me"):
	// forward-go-between.ts.
	if (domain(fwd.from.email) !== d || fwd.to !== fromEmail.toLowerCase() || findRequests(fwd.own).length === 0) return false;
	const billed = greetedName(fwd.own);
	return !(asksToPassOn(fwd.body, billed, true) || (asksToPassOn(fwd.body, billed) && agreedWithBiller(fwd.body, billed)));
}

/** The text of a forward the facts are read from: the forwarded email, unless it writes no amount and the forwarder's
 * own note above it does ("Can you invoice us for the annual report? The layout was 1.5k as quoted …", "see below from
 * Linda … the infographics 5 at $80 each"): then the note gives the amounts, and the forwarded email still the terms
 * and the firm. A note that only passes the mail on ("FYI", "see below") leaves the forwarded email as the facts. */
function forwardFacts(fwd: NonNullable<ReturnType<typeof forwarded>>): string {
	return findMoney(fwd.body).length === 0 && findMoney(fwd.own).length > 0 ? `${fwd.own.trim()}\n\n${fwd.body}` : fwd.body;
}

/** "The amount I have noted is R$ 3.500,00" above a forward that writes R$ 3.200,00: the forwarder's own figure and the
 * forwarded email's disagree, and which one the invoice carries is asked, both named. */
function noteProblem(own: string, facts: string): string | null {
	const factMoney = findMoney(facts);
	if (factMoney.length === 0) return null;
	const known = new Set(factMoney.map((mm) => Number(mm.amount)));
	const apart = findMoney(own).filter((mm) => !known.has(Number(mm.amount)));
	if (apart.length === 0) return null;
	return `which amount is right: the forwarding note writes ${apart.map((mm) => mm.raw.trim()).join(", ")}, the forwarded email ${factMoney.map((mm) => mm.raw.trim()).join(", ")}`;
}

const REVISED_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(REVISED_WORDS).replace(/ /g, String.raw`\s+`)})(?![\p{L}])`, "iu");

/** "Go ahead and invoice for the website build – NZ$1,500 as we agreed" above your own earlier "the website build comes
 * to NZ$1,200": the customer's figure and the quoted thread's for the same thing disagree, and which one the invoice
 * carries is asked, both named. The same thing is the line's name written in a quoted sentence with one amount only
 * (a sentence with two, "was $1,200, now $1,500", is not read); an amount the reply writes too is no disagreement, nor
 * is one the reply calls a revision ("please invoice the revised amount, $2,100"). */
/** Words that change a price within one sentence ("was $1,200, now $1,500", "statt 500 € nur 450 €", "would normally
 * be $420, but I can do $350"). */
const CHANGED_PRICE = /(?<![\p{L}])(?:now|instead|rather|then|jetzt|nun|statt|anstatt|stattdessen|maintenant|désormais|au lieu|ahora|en vez|en lugar|ora|invece|anziché|nu|in plaats|agora|em vez|was|were|war|waren|était|era|erano|fue|foi|werd|but|aber|doch|mais|pero|sino|ma|però|maar|mas|porém|normally|usually|normalerweise|sonst|normalement|d'habitude|normalmente|normaal|gewoonlijk|discount|off|Rabatt|remise|descuento|sconto|korting|desconto)(?![\p{L}])/iu;
function threadProblem(lines: ExtractedLine[], facts: string, quoted: string): string | null {
	if (REVISED_RE.test(facts)) return null;
	const own = findMoney(facts);
	const sentences = quoted.replace(/^[ \t]*>[ \t>]*/gm, "").replace(/\s+/g, " ").split(/(?<=[.!?])\s+/);
	for (const l of lines) {
		const name = l.description.replace(/\s*\([^)]*\)/g, "").trim();
		if (!/\p{L}{3}/u.test(name)) continue;
		const nameRe = new RegExp(String.raw`(?<![\p{L}\p{N}])${alt([name]).replace(/\s+/g, String.raw`\s+`)}(?![\p{L}\p{N}])`, "iu");
		const read = [l.unitPrice, l.lineTotal ?? l.unitPrice, String(Number(l.unitPrice) * Number(l.quantity))].map(Number);
		for (const whole of sentences) {
			if (!nameRe.test(whole)) continue;
			// "Website $2,000 and logo $650, as quoted.": a sentence pricing several things is read clause by clause, the
			// clause naming the thing with its one amount; never one that changes a price ("was $1,200, now $1,500").
			const several = new Set(findMoney(whole).map((mm) => Number(mm.amount))).size > 1;
			const s = several && !CHANGED_PRICE.test(whole) ? (whole.split(/[,;]\s+|\s+(?:and|und|et|y|e|en|plus)\s+/u).find((c) => nameRe.test(c)) ?? whole) : whole;
			const amounts = findMoney(s);
			if (new Set(amounts.map((mm) => Number(mm.amount))).size !== 1) continue;
			const then = amounts[0]!;
			const n = Number(then.amount);
			if (read.includes(n) || own.some((mm) => Number(mm.amount) === n) || (then.currency && l.currency && then.currency !== l.currency)) continue;
			const now = own.find((mm) => read.includes(Number(mm.amount)))?.raw.trim() ?? l.unitPrice;
			return `which amount is right for the ${name.toLowerCase()}: this email writes ${now}, the earlier message quoted below ${then.raw.trim()}`;
		}
	}
	return null;
}

/** "No invoice needed for the logo (500 €), but please invoice the flyers, 200 €": the email asks for an invoice and
 * says none is needed for something. Which amount or line is the thing not to invoice is not read safely (a line's
 * name may be taken from the declining words), so what the invoice holds is asked, never guessed. */
function declinedProblem(facts: string): string | null {
	const words = declinedInvoice(facts);
	return words ? `what to invoice: the email also says "${oneLine(words)}" — which items does the invoice hold?` : null;
}

/** "the business cards at $120 — actually scratch the cards", "Correction: make that 4 banners": a drafted line taken
 * back or changed, so which lines the invoice holds is asked. */
function droppedProblem(facts: string, lines: ExtractedLine[]): string | null {
	const words = droppedItem(facts, lines.map((l) => l.description));
	return words ? `what to invoice: the email takes back or changes an item ("${oneLine(words)}") — which items and counts does the invoice hold?` : null;
}

/** "plus the packaging design, which we'll quote separately", "que cotizamos aparte": a thing whose price comes apart,
 * so whether it is on this invoice, and at what price, is asked. */
function apartProblem(facts: string): string | null {
	const words = pricedApart(facts);
	return words ? `what to invoice: the email says a price comes separately ("${oneLine(words)}") — is that item on this invoice, and at what price?` : null;
}

/** "La carta de vinos también va en la factura": one more thing said to go on the invoice, with no amount. */
function alsoProblem(facts: string, lines: ExtractedLine[]): string | null {
	const words = alsoOnInvoice(facts, lines.map((l) => l.description));
	return words ? `what else to invoice: the email says "${oneLine(words)}" — at what price?` : null;
}

/** "die zweite Hälfte für die Website: 2.000 €": a part of the work, and whether the amount is the part's or the
 * whole's is asked. */
function partProblem(facts: string, lines: ExtractedLine[]): string | null {
	const words = partAsked(facts, lines.map((l) => l.description));
	return words ? `the email asks to invoice part of the work ("${oneLine(words)}"): is the amount written that part's or the whole's, and which part is it?` : null;
}

/** The longest email text (quoted history apart) a draft is read from. The reader runs a few hundred patterns over the
 * text, several of them per line, so its work grows with the length: a request customers write is well under 2,000
 * characters (the labelled corpus's longest is 1,879), and 12,000 keeps a pasted table or a long disclaimer readable
 * while a 50,000-character mail (thousands of lines, a pasted log) is decided in a moment instead of many seconds. */
export const MAX_READ_CHARS = 12_000;

/** Why a request this long is not drafted, in the owner's words, or null when it is short enough to read. */
function tooLongToRead(text: string): string | null {
	if (text.length <= MAX_READ_CHARS) return null;
	const n = (x: number) => x.toLocaleString("en-US");
	return `the whole invoice: the email is ${n(text.length)} characters long, and drafts are read only from emails up to ${n(MAX_READ_CHARS)} characters; write the invoice request by hand from the email`;
}

export function decideInvoice(m: MailMessage, ctx: InvoiceContext): InvoiceDecision {
	const owner = ctx.ownerEmails.map((e) => e.toLowerCase());
	const fwd = forwarded(m.text) ?? quotedForward(m) ?? outlookForward(m);
	const again = fwd && owner.includes(fwd.from.email) && !owner.includes(m.fromEmail.toLowerCase()) ? AGAIN.exec(fwd.own) : null;
	if (fwd && again) return reissued(m, ctx, fwd, again.index);
	const decided = askedFor(m, ctx, fwd);
	if ("decision" in decided) return decided.decision;
	// A colleague's email forwarded from within the customer's own firm ("See below from Ciarán … Could you invoice
	// us"): the forwarder asks and is the customer; the forwarded email only gives the facts.
	const inHouse = fwd !== null && colleagueForward(fwd, m.fromEmail, owner);
	const customerFrom = fwd && !inHouse ? fwd.from : { name: m.fromName, email: m.fromEmail };
	if (owner.includes(customerFrom.email)) return { kind: "none", rule: "from-owner", reason: "it was sent from your own address" };
	const tooLong = tooLongToRead(m.text);
	if (tooLong) return { kind: "clarify", missing: [tooLong], asked: decided.asked };
	// A yes to your quoted offer that writes no amount ("Now is perfect … Go ahead and send it on." under your "the bill
	// would be: … Shall I send the invoice now?"): your offer's bill is what it consents to, read after the reply.
	const offered = fwd ? null : consentedOffer(m.text, m.quoted, owner);
	const own = factsText(m.subject, fwd ? forwardFacts(fwd) : m.text);
	const facts = offered && findMoney(own).length === 0 ? `${own}\n\n${offered}` : own;
	const forwarder = inHouse ? extractInvoice(fwd.own, customerFrom, ctx.today, currencyDecimals) : null;
	const fromFacts = extractInvoice(facts, customerFrom, ctx.today, currencyDecimals);
	// The forwarder's own words set the customer (their signature's firm) and the terms they accept ("Net 30 is grand"),
	// or a due date already past ("AP asked that the due date be 20 Nov"): shown on the draft, never dropped unseen.
	// "billed to Savannah Roots Coffee Ltd. Kindly quote …" above a forward signed "Savannah Roots Coffee Ltd": the firm
	// is spelled as the whole mail writes it, the forwarded signature too (the dot ended the note's sentence).
	// "Operations Manager | Qasr Dunes Hospitality" above a forwarded note billing "Qasr Dunes Hospitality LLC": the same
	// firm, written whole with its legal form.
	const whole = (a: string, b: string | undefined) => (b && b !== a && b.startsWith(`${a} `) ? b : a);
	const firm = forwarder?.customer.company ? { ...forwarder.customer, company: asSigned(whole(forwarder.customer.company, fromFacts.customer.company), m.text)! } : null;
	// "Can you get Sam to invoice for …" signed "Tom" above a forwarder's signature "Accounts | Ashdown Bakery Ltd" from
	// the same domain: the colleague who asked is the customer, of the firm the forwarder's signature names.
	const colleagueNote = fwd && !inHouse && domain(fwd.from.email) === domain(m.fromEmail) ? extractInvoice(fwd.own, customerFrom, ctx.today, currencyDecimals) : null;
	// The note above a forward (the in-house forwarder's or the colleague's) gives the terms or due date ("AP asked that
	// the due date be 20 Nov") when the forwarded email writes none.
	const above = forwarder ?? colleagueNote;
	const noteTerms = above && !(fromFacts.dueDate || fromFacts.paymentTerms || fromFacts.pastDueDate) ? { dueDate: above.dueDate, paymentTerms: above.paymentTerms, pastDueDate: above.pastDueDate } : {};
	const noteFirm = colleagueNote && !fromFacts.customer.company ? colleagueNote.customer.company : undefined;
	const customer = firm ?? (noteFirm ? { ...fromFacts.customer, company: noteFirm } : fromFacts.customer);
	// "invoice pls - 3 x pull-up banners … - Coogee Point Boardriders" from darren@coogeepointboardriders.example: the
	// subject's last part names the sender's firm as their mail domain spells it.
	const tailFirm = fwd || customer.company ? null : subjectTailCompany(m.subject, customerFrom.email, customerFrom.name);
	const body = { ...fromFacts, ...noteTerms, customer: tailFirm && tailFirm !== customer.name ? { ...customer, company: tailFirm } : customer };
	// "Subject: Invoice for new kit design - PO 5521": an order number the body does not repeat is the subject's.
	// "See below from Declan … Our PO for this is BCB-PO-2231": the forwarder's own note may give the order number the
	// forwarded email leaves out.
	const reference = body.reference ?? (fwd ? readReference(fwd.own) : null) ?? readReference(m.subject.replace(/^(?:(?:re|fwd?|aw|wg|tr|rv|sv)\s*:\s*)+/i, ""));
	// "Please quote our PO number" with no number that can be read: a draft without it would be refused, so it is asked.
	const asked = reference ? null : referenceAsked(fwd ? `${fwd.own}\n\n${facts}` : facts);
	const withReference = body.reference === reference ? body : { ...body, reference };
	const read = asked ? { ...withReference, problems: [...withReference.problems, `which order number or reference the invoice should quote: the email says "${oneLine(asked)}", and no number could be read from it`] } : withReference;
	// "It should go to the client rather than us": the sender is not the payer, and who is, is asked.
	const payer = payerProblem(facts, namedPayer(facts));
	const terms = termsProblem(facts, read.paymentTerms);
	const note = (fwd ? noteProblem(fwd.own, facts) : m.quoted ? threadProblem(read.lines, facts, m.quoted) : null) ?? declinedProblem(facts) ?? droppedProblem(facts, read.lines) ?? partProblem(facts, read.lines) ?? apartProblem(facts) ?? alsoProblem(facts, read.lines);
	const withPayer = payer || terms || note ? { ...read, problems: [...read.problems, ...(payer ? [payer] : []), ...(terms ? [terms] : []), ...(note ? [note] : [])] } : read;
	const thread = !fwd && withPayer.currency === "USD" && m.quoted ? quotedDollar(facts, m.quoted) : null;
	const x = thread && "code" in thread ? { ...withPayer, currency: thread.code } : thread ? { ...withPayer, problems: [...withPayer.problems, thread.ask] } : withPayer;
	if (x.problems.length > 0 || !x.currency) return { kind: "clarify", missing: x.problems.length > 0 ? x.problems : ["no currency given"], asked: decided.asked };
	return draftOf(x, x.currency, decided.asked, ctx.today);
}
