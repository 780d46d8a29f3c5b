// Helpers the briefing sections share: evidence links into the audit and money in the briefing's currency.
import { AUDIT, auditLink, type AuditSection } from "../links";
import { formatMoney } from "../money";
import type { Model } from "../model";

export { AUDIT };

/** A link to a section of this period's audit, labelled "evidence" unless told otherwise. */
export function evidence(m: Model, section: AuditSection, label = "evidence"): string {
	return auditLink(m.data.root, m.data.period, section, label);
}

export function money(m: Model, minor: number): string {
	return formatMoney(minor, m.finance.currency);
}

export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
