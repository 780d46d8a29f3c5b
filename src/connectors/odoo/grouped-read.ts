// Server-side grouping in one round trip: read_group on Odoo 16–18, formatted_read_group on 19+, one row shape back.
import * as z from "zod/mini";
import type { Domain, OdooClient } from "./client";

/** A group key: a date ("2025-01-06", the start of the day/week/month), a many2one [id, name], a plain value, or null for "none". */
export type GroupKey = string | number | boolean | [number, string] | null;

export interface GroupRow {
	keys: Record<string, GroupKey>;
	count: number;
	/** The summed fields, as Odoo's floats (callers turn them into minor units). */
	sums: Record<string, number>;
}

/** The call as sent, kept as evidence for each figure built from it. */
export interface GroupQuery {
	model: string;
	method: "read_group" | "formatted_read_group";
	domain: Domain;
	groupby: string[];
	aggregates: string[];
}

const rowSchema = z.record(z.string(), z.unknown());
const pair = z.tuple([z.union([z.int(), z.string()]), z.string()]);
const rangeSchema = z.record(z.string(), z.union([z.object({ from: z.string() }), z.literal(false), z.null()]));

export async function groupedRead(client: OdooClient, model: string, domain: Domain, groupby: string[], sums: string[]): Promise<{ rows: GroupRow[]; query: GroupQuery }> {
	const modern = (await client.version()).major >= 19;
	const aggregates = sums.map((f) => `${f}:sum`);
	if (modern) {
		const named = { domain, groupby, aggregates: [...aggregates, "__count"] };
		const raw = await client.read(model, "formatted_read_group", { named });
		const rows = client.parse(z.array(rowSchema), raw, model, "formatted_read_group");
		return {
			query: { model, method: "formatted_read_group", domain, groupby, aggregates },
			rows: rows.map((r) => ({
				keys: Object.fromEntries(groupby.map((g) => [g, keyOf(r[g], g.includes(":"))])),
				count: typeof r.__count === "number" ? r.__count : 0,
				sums: Object.fromEntries(sums.map((f) => [f, num(r[`${f}:sum`])])),
			})),
		};
	}
	// lazy=false: every groupby level at once, counts under `__count`.
	const named = { domain, fields: aggregates, groupby, lazy: false };
	const raw = await client.read(model, "read_group", { named });
	const rows = client.parse(z.array(rowSchema), raw, model, "read_group");
	return {
		query: { model, method: "read_group", domain, groupby, aggregates },
		rows: rows.map((r) => {
			const range = rangeSchema.safeParse(r.__range ?? {});
			return {
				keys: Object.fromEntries(
					groupby.map((g) => {
						if (!g.includes(":")) return [g, keyOf(r[g], false)];
						// 16–18 label date groups for humans ("06 Jan 2025"); the machine date is in __range.
						const from = range.success ? range.data[g] : undefined;
						return [g, from && typeof from === "object" ? from.from.slice(0, 10) : r[g] === false ? null : dateFromDomain(r.__domain, g.split(":")[0] ?? g)];
					}),
				),
				count: typeof r.__count === "number" ? r.__count : 0,
				sums: Object.fromEntries(sums.map((f) => [f, num(r[f])])),
			};
		}),
	};
}

function num(v: unknown): number {
	return typeof v === "number" ? v : 0;
}

function keyOf(v: unknown, isDate: boolean): GroupKey {
	if (v === false || v === null || v === undefined) return null;
	const p = pair.safeParse(v);
	if (p.success) {
		// 19 dates come as [value, label]; many2one as [id, name].
		if (isDate) return String(p.data[0]).slice(0, 10);
		return typeof p.data[0] === "number" ? [p.data[0], p.data[1]] : p.data[1];
	}
	if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
	return null;
}

/** Fallback when no __range came: the `>=` bound of the group's own domain. */
function dateFromDomain(domain: unknown, field: string): string | null {
	if (!Array.isArray(domain)) return null;
	for (const leaf of domain) {
		if (Array.isArray(leaf) && leaf[0] === field && leaf[1] === ">=" && typeof leaf[2] === "string") return leaf[2].slice(0, 10);
	}
	return null;
}
