// The request notes of one folder (pending approvals, the failure queue), kept up to date note by note from vault events.
import type { ConnectorLookup, SecretMask, VaultNotes } from "../engine-ports";
import { loadRequest } from "../approval/request-checks";
import { readFrontmatter } from "../requests/frontmatter";
import { extension, isInside, stem } from "../util/paths";
import type { RequestItem } from "./types";
import { concealText, describeConcealed } from "../guard/conceal";
import type { SecretValue } from "../guard/types";

function str(v: unknown): string | null {
	if (v instanceof Date) return v.toISOString();
	return typeof v === "string" && v !== "" ? v : null;
}

function conceal(s: string | null, secrets: readonly SecretValue[]): string | null {
	return s === null ? null : concealText(s, secrets);
}

function firstHeading(body: string): string | null {
	const m = /^#{1,6}\s+(.+?)\s*#*\s*$/m.exec(body);
	return m ? m[1]!.trim() : null;
}

/** Reads one request note into what the lists show; a note that is not a valid request still shows, with its file name. */
export async function readRequestItem(deps: VaultNotes & SecretMask & ConnectorLookup, path: string): Promise<RequestItem | null> {
	const text = await deps.vault.read(path);
	if (text === null) return null;
	const fm = readFrontmatter(text, deps.yaml);
	const data = fm.ok ? fm.data : {};
	let summary: string | null = null;
	// The status view shows the note's heading and the action's summary: neither may show a secret.
	const secrets = deps.secretValues?.() ?? [];
	const checked = await loadRequest(deps, path);
	if (checked.ok) {
		try {
			summary = describeConcealed(checked.handler, checked.params, secrets).summary;
		} catch {
			summary = null;
		}
	}
	const name = stem(path);
	return {
		path,
		id: str(data.id),
		action: str(data.action),
		title: concealText((fm.ok ? firstHeading(fm.body) : null) ?? summary ?? name, secrets),
		summary,
		created: str(data.created),
		error: conceal(str(data.error) ?? (checked.ok ? null : str(data.status) === "pending" ? checked.error : null), secrets),
		category: str(data.error_category),
		suggestion: conceal(str(data.suggestion), secrets),
		secretInPath: concealText(path, secrets) !== path,
	};
}

export class RequestIndex {
	private readonly items = new Map<string, RequestItem>();
	/** Bumped per path so an older read finishing late cannot overwrite a newer one. */
	private readonly versions = new Map<string, number>();

	constructor(
		private readonly deps: VaultNotes & SecretMask & ConnectorLookup,
		private readonly folder: () => string,
		private readonly onChange: () => void,
	) {}

	/** True when a path belongs to this index's folder (directly inside, a Markdown note). */
	covers(path: string): boolean {
		const folder = this.folder();
		return isInside(path, folder) && extension(path) === "md" && !path.slice(folder.length + 1).includes("/");
	}

	list(): RequestItem[] {
		return [...this.items.values()].sort((a, b) => (a.created ?? "").localeCompare(b.created ?? "") || a.path.localeCompare(b.path));
	}

	get size(): number {
		return this.items.size;
	}

	/** The one full listing, at start; everything after comes from events. */
	async load(): Promise<void> {
		this.items.clear();
		const paths = (await this.deps.vault.listFiles(this.folder())).filter((p) => this.covers(p));
		await Promise.all(paths.map((p) => this.refresh(p, false)));
		this.onChange();
	}

	async refresh(path: string, announce = true): Promise<void> {
		const version = (this.versions.get(path) ?? 0) + 1;
		this.versions.set(path, version);
		let item: RequestItem | null = null;
		try {
			item = await readRequestItem(this.deps, path);
		} catch {
			item = null;
		}
		if (this.versions.get(path) !== version) return;
		this.versions.delete(path);
		if (item) this.items.set(path, item);
		else this.items.delete(path);
		if (announce) this.onChange();
	}

	remove(path: string): void {
		this.versions.set(path, (this.versions.get(path) ?? 0) + 1);
		if (this.items.delete(path)) this.onChange();
	}
}
