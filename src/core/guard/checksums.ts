// Checksums that tell real card numbers and IBANs from look-alikes, so an order number does not stop a post.

/** The Luhn check used by payment cards: a number that fails it is not a card. */
export function luhnValid(digits: string): boolean {
	let sum = 0;
	let double = false;
	for (let i = digits.length - 1; i >= 0; i--) {
		let d = digits.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return false;
		if (double) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
		double = !double;
	}
	return digits.length > 0 && sum % 10 === 0;
}

/** ISO 13616 mod-97 check of an IBAN (spaces removed, upper case). */
export function ibanValid(iban: string): boolean {
	const s = iban.replace(/\s+/g, "").toUpperCase();
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
	const moved = s.slice(4) + s.slice(0, 4);
	let rest = 0;
	for (const ch of moved) {
		const v = ch >= "A" ? String(ch.charCodeAt(0) - 55) : ch;
		for (const digit of v) rest = (rest * 10 + (digit.charCodeAt(0) - 48)) % 97;
	}
	return rest === 1;
}
