// A subject that ends on the sender's business after a dash ("invoice pls - 3 x pull-up banners … - Coogee Point
// Boardriders" from darren@coogeepointboardriders.example): the words the mail domain spells are the firm the invoice
// is for, written without a legal form. Only the subject's last dash-set part, two to five capitalised words whose
// letters together are the domain's name, and never the sender's own name (a domain of one's name is a person's). A
// business named only in a signature stays with the signature readers (the labels leave a bare trade name off there).

/** Two to five capitalised words, one or two blanks apart, the whole part. */
const NAME = /^\p{Lu}[\p{L}'’]{0,24}(?:[ \t]{1,2}\p{Lu}[\p{L}'’]{0,24}){1,4}$/u;

const letters = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, "");

/** The business the subject's last dash-set part names as the sender's mail domain spells it, or null. */
export function subjectTailCompany(subject: string, fromEmail: string, fromName: string): string | null {
	const label = /@([^@.\s]+)\./.exec(fromEmail)?.[1];
	if (!label) return null;
	const domain = letters(label);
	if (domain.length < 6 || domain === letters(fromName)) return null;
	const parts = subject.split(/[ \t]+[-–—][ \t]+/);
	if (parts.length < 2) return null;
	const tail = parts[parts.length - 1]!.trim();
	return NAME.test(tail) && letters(tail) === domain ? tail : null;
}
