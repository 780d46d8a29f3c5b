// Briefing section "Social media": per network, posts in the period and their engagement.
import type { Model } from "../model";
import { AUDIT, evidence, plural } from "./shared";

function totals(t: Record<string, number>): string {
	const keys = Object.keys(t).sort();
	return keys.length === 0 ? "no engagement figures" : keys.map((k) => `${t[k]} ${k}`).join(", ");
}

export function socialSection(m: Model): string {
	const social = m.data.social;
	if (social === null) return `## Social media\n\nNo network is connected (see [[#Data gaps]]).\n`;
	if (social.length === 0) return `## Social media\n\nNo network is set up.\n`;
	const lines = social.map((n) => {
		if (n.error) return `- **${n.network}**: not read (${n.error.message}).`;
		if (!n.available) return `- **${n.network}**: ${plural(n.posts.length, "post")}; metrics not available (${n.note ?? "access level"}).`;
		const best = [...n.posts].sort((a, b) => sum(b.metrics) - sum(a.metrics))[0];
		const top = best ? ` Best: [${best.text.slice(0, 60)}](${best.url}).` : "";
		return `- **${n.network}**: ${plural(n.posts.length, "post")}; ${totals(n.totals)}.${top}`;
	});
	return `## Social media\n\n${lines.join("\n")}\n\nDetails: ${evidence(m, AUDIT.social)}.\n`;
}

function sum(x: Record<string, number>): number {
	return Object.values(x).reduce((s, v) => s + v, 0);
}
