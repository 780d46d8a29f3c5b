// guard_us_per_kb: microseconds the sensitive-content guard (every rule, a 20-name Confidential list, the 13 secrets the
// plugin can hold) spends per KB of outgoing text, Unicode normalisation included (the prose has accents and emoji, so
// every text takes the normalising path). Measured on 64 KB of realistic post and email prose with a few hits sprinkled
// in; median of rounds.
import { scanTexts } from "../../../src/core/guard/scan.ts";
import { median } from "../stats.mjs";

const ROUNDS = 15;
const WARMUP = 3;

const PROSE = [
	"We just wrapped up the Bluebird Bakery website relaunch. Thank you to everyone who made it happen! ",
	"Our winter opening hours are up on the site: Monday to Saturday, 9 to 6. ",
	"Read the case study at https://studio.example/work/bluebird and tell us what you think. ",
	"Invoice 2026-11-0042 is attached; payment terms are 30 days as agreed on 2026-11-20. ",
	"Call us on +44 20 7946 0958 or write to hello@studio.example if anything is unclear. ",
	"We shipped 1,250 orders this quarter and grew the newsletter to 5,300 readers. ",
	"Café Müller’s crème brûlée is back — merci à toute l’équipe! ☕️🎉 ",
];

function corpus(kb) {
	let s = "";
	for (let i = 0; s.length < kb * 1024; i++) s += PROSE[i % PROSE.length];
	return s.slice(0, kb * 1024);
}

export const guardUsPerKb = {
	name: "guard_us_per_kb",
	unit: "us/KB",
	decimals: 1,
	async measure({ progress }) {
		const kb = 64;
		// Split like real requests: posts and email bodies of about 2 KB each.
		const text = corpus(kb);
		const texts = [];
		for (let i = 0; i < text.length; i += 2048) texts.push(text.slice(i, i + 2048));
		const context = {
			confidential: ["confidential", "internal", ...Array.from({ length: 18 }, (_, i) => `Client Name ${i}`)],
			ownAddresses: ["hello@studio.example"],
			secretValues: Array.from({ length: 13 }, (_, i) => ({ label: `secret ${i}`, value: `EAAGm0PX4ZCpsBAKZBZCqx7ZAd3ZBpWZCso${i}` })),
		};
		const samples = [];
		for (let r = 0; r < ROUNDS + WARMUP; r++) {
			const t0 = process.hrtime.bigint();
			const report = scanTexts(texts, context);
			const us = Number(process.hrtime.bigint() - t0) / 1000;
			if (report.hits.length === 0) throw new Error("the guard found nothing in a corpus with phone numbers in it");
			if (r >= WARMUP) samples.push(us / kb);
			progress?.(`guard round ${r + 1}/${ROUNDS + WARMUP}`);
		}
		return median(samples);
	},
};
