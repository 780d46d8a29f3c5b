// The "Draft posts from this week" command: drafts now, then says what it wrote or why nothing.
import type { Plugin } from "obsidian";
import type { Engine } from "../core/engine";
import type { PostDrafter } from "../core/drafts/drafter";

export function registerDraftCommands(plugin: Plugin, parts: () => { engine: Engine; drafter: PostDrafter } | null): void {
	plugin.addCommand({
		id: "draft-posts-from-this-week",
		name: "Draft posts from this week",
		callback: () => {
			const p = parts();
			if (!p) return;
			void (async () => {
				const notify = (m: string, kind: "info" | "failure" = "info") => p.engine.host.notifier.notify(m, kind);
				try {
					const out = await p.drafter.draft();
					if (out.drafted.length) notify(`AI Employee drafted ${out.drafted.length} post${out.drafted.length > 1 ? "s" : ""} from ${out.events.length} event${out.events.length > 1 ? "s" : ""}; they wait in Pending_Approval.`);
					else if (out.askedForNews) notify(`AI Employee: nothing new to post about this week. See ${out.askedForNews}.`);
					if (out.problems.length) notify(`AI Employee post drafts: ${out.problems.join(" ")}`, "failure");
				} catch (err) {
					notify(`AI Employee could not draft posts: ${err instanceof Error ? err.message : String(err)}`, "failure");
				}
			})();
		},
	});
}
