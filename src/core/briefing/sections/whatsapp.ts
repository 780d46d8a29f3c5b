// Briefing section "WhatsApp": messages waiting, replies sent in the period, and how fast customers got an answer.
// Left out when the week had no WhatsApp at all.
import type { Model } from "../model";
import { baseName } from "../../util/paths";
import { plural } from "./shared";
import { duration, median } from "../../status/response-time";

export function whatsappSection(m: Model): string {
	const waiting = m.data.vault.waiting.filter((w) => w.folder === "Needs_Action" && baseName(w.path).startsWith("WHATSAPP_"));
	const replies = m.data.vault.outcomes.filter((o) => o.action === "whatsapp.send" && o.status === "completed" && !o.dryRun);
	const failed = m.data.vault.outcomes.filter((o) => o.action === "whatsapp.send" && o.status === "failed");
	if (waiting.length === 0 && replies.length === 0 && failed.length === 0) return "";
	const lines: string[] = [];
	const endMs = m.data.period.endMs;
	if (waiting.length > 0) {
		const oldest = Math.min(...waiting.map((w) => w.sinceMs));
		lines.push(`- **Waiting for an answer**: ${plural(waiting.length, "message")}, the oldest for ${duration(endMs - oldest)} ([[${waiting[0]!.path}|oldest]]).`);
	} else lines.push("- **Waiting for an answer**: none.");
	lines.push(`- **Replies sent**: ${replies.length}${failed.length > 0 ? ` (${plural(failed.length, "reply", "replies")} failed: see [[#Bottlenecks]])` : ""}.`);
	const times = replies.filter((r) => r.customerWroteAt).map((r) => Date.parse(r.at) - Date.parse(r.customerWroteAt!));
	if (times.length > 0) lines.push(`- **Response time**: median ${duration(median(times))} over ${plural(times.length, "reply", "replies")}${times.some((t) => t > 24 * 3600_000) ? "; some answers came after the 24-hour window and needed a template" : ""}.`);
	else if (replies.length > 0) lines.push("- **Response time**: not known (the replies do not say when the customer wrote).");
	return `## WhatsApp\n\n${lines.join("\n")}\n`;
}
