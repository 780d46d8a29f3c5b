// Flood control: many new requests from one verified writer (or from outside the plugin) in a short window become one grouped card, not a storm of notices.
import type { VaultStore, YamlCodec } from "../ports";
import { writeNote } from "../requests/frontmatter";
import { slug } from "../requests/slug";
import { joinPath } from "../util/paths";
import type { Provenance } from "./stamp";

/** The one group for every request the plugin did not write itself, whatever writer it names. */
export const OUTSIDE_THE_PLUGIN = "outside the plugin";

/**
 * The writer a request is grouped under: the plugin's own origin when its mark verifies, else one group for all the
 * rest. `requested_by` (and an unverified `origin`) is the note's own claim, so 60 invented names are still one writer.
 */
export function floodGroup(provenance: Provenance | null): string {
	return provenance?.trusted ? provenance.origin : OUTSIDE_THE_PLUGIN;
}

export interface FloodState {
	writer: string;
	count: number;
	since: number;
	paths: string[];
}

export class FloodGuard {
	private readonly seen = new Map<string, { at: number; path: string }[]>();

	/**
	 * Records a new request from `writer`; returns the flood when this writer passed `threshold` requests within
	 * `windowMs` (the caller then groups instead of notifying), else null.
	 */
	record(writer: string, path: string, now: number, threshold: number, windowMs: number): FloodState | null {
		const list = (this.seen.get(writer) ?? []).filter((e) => e.at > now - windowMs);
		list.push({ at: now, path });
		this.seen.set(writer, list);
		if (list.length <= threshold) return null;
		return { writer, count: list.length, since: list[0]!.at, paths: list.map((e) => e.path) };
	}
}

/** Writes (or rewrites) the grouped review card for a flood in Needs_Action. */
export async function writeFloodCard(vault: VaultStore, yaml: YamlCodec, folder: string, flood: FloodState, now: number, kindWords: string): Promise<string> {
	const minutes = Math.max(1, Math.round((now - flood.since) / 60_000));
	const title = `${flood.count} new ${kindWords} from ${flood.writer} in ${minutes} minute${minutes === 1 ? "" : "s"}: review`;
	const path = joinPath(folder, `FLOOD_${slug(flood.writer)}.md`);
	const data = { type: "flood_review", writer: flood.writer, count: flood.count, since: new Date(flood.since).toISOString(), updated: new Date(now).toISOString() };
	const body = [
		`# ${title}`,
		"",
		"So many requests from one writer in so short a time is unusual (a runaway agent, or instructions hidden in an email).",
		"None of them runs without your click. Review them, and reject the ones you did not expect.",
		"",
		...flood.paths.map((p) => `- [[${p}]]`),
		"",
	].join("\n");
	await vault.mkdir(folder);
	await vault.write(path, writeNote(data, body, yaml));
	return path;
}
