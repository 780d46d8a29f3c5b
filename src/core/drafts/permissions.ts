// What the handbook allows drafted posts to say: client names and amounts are left out unless a line allows them.

export interface PostPermissions {
	clients: boolean;
	amounts: boolean;
}

/** Lines like "Posts may name clients: yes" and "Posts may mention amounts: yes" anywhere in Company_Handbook.md. */
export function postPermissions(handbook: string | null): PostPermissions {
	const text = handbook ?? "";
	const allowed = (what: RegExp) => new RegExp(`posts may (?:name|mention|show) ${what.source}\\s*:\\s*(yes|true|allowed)\\b`, "i").test(text);
	return { clients: allowed(/clients?(?: names)?/), amounts: allowed(/amounts?/) };
}
