// Briefing section "Bottlenecks": a table of item, expected, actual and delay, worst first.
import { noteLink, table } from "../links";
import type { Model } from "../model";

export function bottlenecksSection(m: Model): string {
	if (m.bottlenecks.length === 0) return `## Bottlenecks\n\nNothing is stuck: no item waited longer than expected and no request failed.\n`;
	const rows = m.bottlenecks.map((b) => [noteLink(b.path, b.item), b.expected, b.actual, b.delay]);
	return `## Bottlenecks\n\n${table(["item", "expected", "actual", "delay"], rows)}\n`;
}
