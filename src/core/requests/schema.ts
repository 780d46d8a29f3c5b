// The request note's frontmatter: the envelope every action shares. Each action's params have their own schema.
import * as z from "zod/mini";

export const REQUEST_TYPE = "approval_request";

export const REQUEST_STATUSES = ["pending", "approved", "executing", "completed", "failed", "rejected"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

const isoDateTime = z.string().check(
	z.refine((s) => /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)), "must be a date like 2026-11-26 or 2026-11-26T09:30:00Z"),
);

export const requestEnvelope = z.object({
	type: z.literal(REQUEST_TYPE),
	id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, "must be 1–100 letters, digits, dots, dashes or underscores")),
	action: z.string().check(z.regex(/^[a-z]+\.[a-z_]+$/, "must look like odoo.create_invoice")),
	params: z.record(z.string(), z.unknown()),
	status: z.enum(REQUEST_STATUSES),
	created: isoDateTime,
	expires: z.optional(z.nullable(isoDateTime)),
	requested_by: z.string().check(z.minLength(1)),
	source: z.optional(z.nullable(z.string())),
	correlation_id: z.optional(z.nullable(z.string())),
	attempt: z.optional(z.int().check(z.minimum(1))),
	origin: z.optional(z.nullable(z.string())),
	origin_mac: z.optional(z.nullable(z.string())),
	approved_by: z.optional(z.nullable(z.string())),
	approved_at: z.optional(z.nullable(z.string())),
	approval_mac: z.optional(z.nullable(z.string())),
	approval_rule: z.optional(z.nullable(z.string())),
});

export type RequestEnvelope = z.infer<typeof requestEnvelope>;

/** Fields the plugin writes back; never part of what an approval covers. */
export const OUTCOME_FIELDS = [
	"result",
	"result_url",
	"result_fields",
	"error",
	"error_category",
	"suggestion",
	"attempt_started_at",
	"finished_at",
	"dry_run",
	"refused_reason",
	"held_reason",
	"rejected_reason",
	"rejected_by",
	"rejected_at",
	"wire_preview",
] as const;
